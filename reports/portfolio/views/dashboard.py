"""A project's status dashboard, as at a day beside an earlier one (by default the last
steering-group meeting), with what changed marked; and the case officer's portfolio facts."""

from datetime import date

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from indicators.charts import progress_chart
from projects.access import abilities_for
from projects.pages import project_context
from projects.services.errors import ServiceError
from reports.portfolio import dashboard as boards
from reports.portfolio.access import DashboardAccess
from reports.portfolio.forms import FactsForm
from reports.portfolio.models import DecisionFacts
from reports.portfolio.printing import dashboard_print
from reports.portfolio.services.facts import FactsConflict, FactsInput, save_facts

TAB = "portfolio:dashboard"
AS_AT, COMPARE = "per", "jamfor"


def _day(request, name: str) -> date | None:
    try:
        day = date.fromisoformat(request.GET.get(name, "").strip())
    except ValueError:
        return None
    return day if day < timezone.localdate() else None


def context_for(user, project, abilities, as_at, compare) -> dict:
    board = boards.dashboard(project, as_at=as_at)
    boards.store_lights(board)
    compare = compare if compare and compare < board.day else None
    default_compare = board.last_meeting if board.last_meeting and \
        board.last_meeting < board.day else None
    before_day = compare or default_compare
    before = boards.dashboard(project, as_at=before_day) if before_day else None
    own = {"own_only": abilities.is_financier, "organisation_id": user.organisation_id}
    changed = boards.changes(before, board) if before else {}
    light_rows = [(light, before.light[light.key] if before else None,
                   changed.get(light.key, False)) for light in board.lights]
    return {
        "light_rows": light_rows,
        "board": board, "chart": progress_chart(board.progress), "before": before,
        "before_day": before_day,
        "compared_to_meeting": before_day is not None and compare is None,
        "changed": changed,
        "financier_lines": boards.financier_lines(board, **own),
        "own_share_only": abilities.is_financier,
    }


@login_required
def dashboard(request, slug):
    project, abilities = abilities_for(request.user, slug, DashboardAccess,
                                       "can_view_dashboard")
    extra = context_for(request.user, project, abilities, _day(request, AS_AT),
                        _day(request, COMPARE))
    return render(request, "portfolio/dashboard.html", project_context(
        project, abilities.access, TAB, abilities=abilities, as_at_name=AS_AT,
        compare_name=COMPARE, today=timezone.localdate(), **extra))


@login_required
def dashboard_pdf(request, slug):
    """The same dashboard (and the same pictures) as a PDF, for whoever may read it."""
    project, abilities = abilities_for(request.user, slug, DashboardAccess,
                                       "can_view_dashboard")
    extra = context_for(request.user, project, abilities, _day(request, AS_AT),
                        _day(request, COMPARE))
    data, name = dashboard_print(project, extra, translation.get_language() or "sv")
    response = HttpResponse(data, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


@login_required
def facts(request, slug):
    project, abilities = abilities_for(request.user, slug, DashboardAccess, "can_classify")
    current = DecisionFacts.objects.filter(project=project).first()
    initial = {"revision": current.revision if current else 0}
    if current:
        initial.update(focus_area=current.focus_area_id, municipality=current.municipality_id,
                       leadership=current.leadership, decided_on=current.decided_on)
    form = FactsForm(request.POST or None, initial=initial,
                     funding_body_id=project.programme.funding_body_id,
                     current_area_id=current.focus_area_id if current else None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            save_facts(actor=request.user, project=project, revision=data["revision"],
                       data=FactsInput(
                           focus_area_id=data["focus_area"].pk if data["focus_area"] else None,
                           municipality_id=(data["municipality"].pk if data["municipality"]
                                            else None),
                           leadership=data["leadership"], decided_on=data["decided_on"]))
        except FactsConflict as conflict:
            form.add_error(None, str(conflict))
            current = conflict.facts
        except ServiceError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("The portfolio classification has been saved."))
            return redirect("portfolio:dashboard", slug=slug)
    return render(request, "portfolio/facts.html", project_context(
        project, abilities.access, TAB, abilities=abilities, form=form, current=current))
