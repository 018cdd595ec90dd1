"""The plan tab: the Gantt chart with the same data as a table, the plan's conflicts and what
the application still needs; the order of the work packages and the plan's settings."""

from dataclasses import replace

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from plans import selectors
from plans.forms import SettingsForm, read_int
from plans.gantt import gantt_chart
from plans.gantt_svg import whole_svg
from plans.kept import chart_markup, download_of, plan_of, table_markup, table_of
from plans.readmodels import PlanView
from plans.services.errors import EditConflict, InvalidInput
from plans.services.structure import reorder_work_packages, save_plan_settings
from plans.views.common import AS_AT, as_at_of, done, is_htmx, page, plan_for, posted_int
from plans.xlsx import export_workbook
from portal import stamps
from portal.spreadsheets import XLSX_TYPE
from projects.services.errors import ServiceError

TAB = "plans:plan"
# The table under the chart shows this many work packages a page: a plan of 20 × 20
# activities was a table of 400 rows on every visit. The chart and the downloads show all.
WORK_PACKAGES_PER_PAGE = 5
PAGE = "sida"


@login_required
def plan(request, slug):
    project, abilities = plan_for(request.user, slug)
    as_at = as_at_of(request)
    stamped = stamps.of_project(project.pk)
    kept = plan_of(project, as_at, stamped)
    found = kept.plan
    table = table_page(found, request.GET.get(PAGE))
    return render(request, "plans/plan.html", page(
        project, abilities, TAB, plan=found, chart_html=kept.chart_html, as_at=as_at,
        as_at_name=AS_AT, problems=kept.problems,
        order=",".join(str(p.id) for p in found.work_packages),
        table_html=table_of(project, table, abilities, stamped), **table))


def table_page(found: PlanView, number) -> dict:
    """The work packages the table shows (a page of them) and where the page is; the chart
    above it shows the whole plan. The ids of the first and last work package let the move
    buttons know the ends of the whole plan, not of the page."""
    pages = Paginator(found.work_packages, WORK_PACKAGES_PER_PAGE)
    shown = pages.get_page(number)
    packages = found.work_packages
    return {"table_plan": replace(found, work_packages=tuple(shown.object_list)),
            "table_page": shown, "page_parameter": PAGE,
            "first_package_id": packages[0].id if packages else None,
            "last_package_id": packages[-1].id if packages else None}


@login_required
def gantt(request, slug):
    """The chart alone, as an SVG file: every page of it, one under the other."""
    project, _abilities = plan_for(request.user, slug)
    svg = download_of(project, "gantt-svg", as_at_of(request),
                      lambda plan: whole_svg(gantt_chart(plan)))
    response = HttpResponse(svg, content_type="image/svg+xml; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{project.slug}-gantt.svg"'
    return response


@login_required
def export(request, slug):
    project, _abilities = plan_for(request.user, slug)
    workbook = download_of(project, "xlsx", as_at_of(request), export_workbook)
    response = HttpResponse(workbook, content_type=XLSX_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{project.slug}-plan.xlsx"'
    return response


@login_required
@require_POST
def reorder(request, slug):
    """Move one work package up or down, from the order the page showed."""
    project, abilities = plan_for(request.user, slug, "can_edit_plan")
    shown = [int(pk) for pk in request.POST.get("order", "").split(",") if pk.isdigit()]
    verb, _sep, moved = request.POST.get("op", "").partition(":")
    moved_id = read_int(moved)
    order = list(shown)
    if moved_id in order:
        index = order.index(moved_id)
        other = index - 1 if verb == "up" else index + 1
        if 0 <= other < len(order):
            order[index], order[other] = order[other], order[index]
    try:
        reorder_work_packages(project=project, actor=request.user, order=order,
                              expected_order=shown)
    except EditConflict:
        messages.warning(request, _("Someone changed the work packages meanwhile; here is "
                                    "the plan as it is now. Move again if you still want to."))
    except ServiceError as error:
        messages.error(request, str(error))
    if is_htmx(request):
        found = selectors.plan_view(project)
        ids = [p.id for p in found.work_packages]
        # Keep the focus on the button pressed, or on its twin once the row reaches an end.
        if moved_id in ids and verb == "up" and ids.index(moved_id) == 0:
            verb = "down"
        elif moved_id in ids and verb == "down" and ids.index(moved_id) == len(ids) - 1:
            verb = "up"
        on_page = ids.index(moved_id) // WORK_PACKAGES_PER_PAGE + 1 if moved_id in ids else 1
        table = table_page(found, on_page)
        return render(request, "plans/partials/plan_body.html", page(
            project, abilities, TAB, plan=found, chart_html=chart_markup(found),
            order=",".join(str(pk) for pk in ids), **table, table_html=table_markup(
                project, table, abilities, focus_package=moved_id, focus_verb=verb)))
    return done(request, "plans:plan", slug=slug)


@login_required
def settings(request, slug):
    project, abilities = plan_for(request.user, slug, "can_edit_plan")
    current = selectors.plan_settings(project)
    form = SettingsForm(request.POST or None, initial={
        "resolution": current.resolution, "work_package_word": current.work_package_word,
        "note": current.note, "meeting_rule": current.meeting_rule})
    conflict = False
    revision = current.revision
    if request.method == "POST":
        revision = posted_int(request)
        if form.is_valid():
            try:
                save_plan_settings(project=project, actor=request.user,
                                   data=form.data_for_service(), expected_revision=revision)
            except EditConflict as error:
                conflict, revision = True, error.obj.revision
            except InvalidInput as error:
                for key, message in error.errors.items():
                    form.add_error(key if key in form.fields else None, message)
            except ServiceError as error:
                messages.error(request, str(error))
            else:
                messages.success(request, _("The plan's settings have been saved."))
                return done(request, "plans:plan", slug=slug)
    return render(request, "plans/settings.html", page(
        project, abilities, TAB, form=form, revision=revision, conflict=conflict,
        saved=current), status=409 if conflict else (400 if form.errors else 200))
