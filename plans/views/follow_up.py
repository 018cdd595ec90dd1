"""Follow-up pages of the plan: a work package's activity statuses and deliverables, and the
milestones and decision points (their list with the application, reached during
follow-up)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import render
from django.utils.translation import gettext as _

from plans import selectors
from plans.forms import MilestoneForm, read_date, read_int
from plans.kept import milestone_rows_of, plan_of, table_of
from plans.models import ActivityStatus, MilestoneKind
from plans.services.errors import EditConflict, InvalidInput
from plans.services.milestones import mark_reached, save_milestones
from plans.services.progress import ActivityProgressInput, ProgressInput, record_progress
from plans.views.common import done, is_htmx, page, plan_for, posted_int
from portal import stamps
from projects.services.errors import ServiceError

TAB = "plans:plan"


@login_required
def progress(request, slug, work_package_id):
    project, abilities = plan_for(request.user, slug, "can_follow_up")
    plan = plan_of(project).plan
    package = next((p for p in plan.work_packages if p.id == work_package_id), None)
    if package is None:
        raise Http404
    revision, errors, typed, conflict, status = package.progress_revision, {}, {}, None, 200
    if request.method == "POST":
        revision = posted_int(request)
        data, typed, errors = _read_progress(request.POST, package)
        if not errors:
            try:
                record_progress(project=project, actor=request.user,
                                work_package_id=package.id, data=data,
                                expected_revision=revision)
            except EditConflict as error:
                revision, status = error.obj.progress_revision, 409
                conflict = next(p for p in selectors.plan_view(project).work_packages
                                if p.id == package.id)
            except InvalidInput as error:
                errors = dict(error.errors)
            except ServiceError as error:
                messages.error(request, str(error))
                status = 409
            else:
                messages.success(request, _("The statuses have been saved."))
                return done(request, "plans:plan", slug=slug)
        if errors:
            status = 400
    return render(request, "plans/progress.html", page(
        project, abilities, TAB, plan=plan, package=package, revision=revision,
        errors=errors, typed=typed, conflict=conflict, statuses=ActivityStatus.choices,
        reported_on=request.POST.get("reported_on", "")), status=status)


def _read_progress(post, package):
    """The plain data, what was typed (to show again) and what could not be read."""
    typed, errors, activities, deliverables = {}, {}, [], {}
    for activity in package.activities:
        key = f"a{activity.id}"
        status = post.get(f"{key}-status", activity.status)
        count_text = post.get(f"{key}-count", "").strip()
        note = post.get(f"{key}-note", "").strip()
        typed[key] = {"status": status, "count": count_text, "note": note}
        count = read_int(count_text) if count_text else None
        if count_text and count is None:
            errors[key] = _("Write the number of times as a whole number.")
        activities.append(ActivityProgressInput(id=activity.id, status=status,
                                                done_count=count, note=note))
        for item in activity.deliverables:
            deliverables[item.id] = post.get(f"d{item.id}-done") == "1"
    day_text = post.get("reported_on", "").strip()
    day = read_date(day_text) if day_text else None
    if day_text and day is None:
        errors["reported_on"] = _("Write the date like 2024-09-30.")
    return ProgressInput(activities=activities, deliverables_done=deliverables,
                         reported_on=day), typed, errors


@login_required
def milestones(request, slug):
    project, abilities = plan_for(request.user, slug)
    stamped = stamps.of_project(project.pk)
    plan = plan_of(project, stamped=stamped).plan
    editable = abilities.can_edit_plan
    if request.method == "POST":
        abilities.require("can_edit_plan" if request.POST.get("action") != "reached"
                          else "can_follow_up")
    form = MilestoneForm.of(plan)
    revision, conflict, focus, status, summary = plan.milestone_revision, None, "", 200, ""
    if request.method == "POST" and request.POST.get("action") == "reached":
        return _reached(request, project, plan)
    if request.method == "POST":
        form = MilestoneForm.posted(request.POST)
        revision = posted_int(request)
        op = request.POST.get("op", "save")
        if op != "save":
            focus = form.apply(op)
        else:
            data = form.to_input()
            try:
                if data is None:
                    raise InvalidInput({})
                save_milestones(project=project, actor=request.user, milestones=data,
                                expected_revision=revision)
            except EditConflict as error:
                revision, status = error.obj.milestone_revision, 409
                conflict = selectors.plan_view(project).milestones
            except InvalidInput as error:
                form.show_errors(error.errors)
                status = 400
                summary = _("Nothing was saved. Correct the fields marked below; everything "
                            "you typed is still here.")
            except ServiceError as error:
                summary, status = str(error), 409
            else:
                messages.success(request, _("The milestones and decision points have been "
                                            "saved."))
                return done(request, "plans:milestones", slug=slug)
    context = page(project, abilities, TAB, plan=plan, form=form, revision=revision,
                   conflict=conflict, focus=focus, summary=summary, editable=editable,
                   kinds=MilestoneKind.choices,
                   packages=[("", "–")] + [(p.id, f"{p.number} {p.title}")
                                           for p in plan.work_packages])
    if not editable and not abilities.can_follow_up and plan.milestones:
        # Those who only read see the milestones in the whole plan's table.
        context["plan_table_html"] = table_of(project, {"table_plan": plan}, None, stamped)
    if editable and request.method != "POST":
        context["rows_html"] = milestone_rows_of(project, context, stamped)
    if is_htmx(request) and request.method == "POST":
        return render(request, "plans/partials/milestone_form.html", context)
    return render(request, "plans/milestones.html", context, status=status)


def _reached(request, project, plan):
    reached, errors = {}, []
    for item in plan.milestones:
        text = request.POST.get(f"m{item.id}-reached", "").strip()
        day = read_date(text) if text else None
        if text and day is None:
            errors.append(item.title)
        reached[item.id] = day
    if errors:
        messages.error(request, _("Write the dates like 2024-09-30: %(titles)s") % {
            "titles": ", ".join(errors)})
        return done(request, "plans:milestones", slug=project.slug)
    try:
        mark_reached(project=project, actor=request.user, reached=reached,
                     expected_revision=posted_int(request))
    except EditConflict:
        messages.warning(request, _("Someone saved the milestones meanwhile; here they are "
                                    "as saved now. Nothing of yours was saved."))
    except InvalidInput as error:
        messages.error(request, " ".join(error.errors.values()))
    except ServiceError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("The milestones have been saved."))
    return done(request, "plans:milestones", slug=project.slug)
