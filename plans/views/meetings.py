"""The steering group's pages: meetings and decision points with their decisions, the open
and overdue actions (also as they stood on a past day), recording and approving minutes,
following up an action, and a person's own actions across their projects."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import render
from django.utils.translation import gettext as _

from plans import selectors
from plans.forms import read_date
from plans.forms_meetings import MeetingForm
from plans.models import ActionStatus, Attendee, MeetingKind
from plans.services.errors import EditConflict, InvalidInput, RecordClosed
from plans.services.meetings import (
    ActionUpdateInput,
    approve_minutes,
    save_meeting,
    update_action,
)
from plans.views.common import AS_AT, as_at_of, done, is_htmx, page, plan_for, posted_int
from projects.access import visible_projects
from projects.services.errors import ServiceError

TAB = "plans:meetings"


@login_required
def meetings(request, slug):
    project, abilities = plan_for(request.user, slug)
    as_at = as_at_of(request)
    return render(request, "plans/meetings.html", page(
        project, abilities, TAB, steering=selectors.steering_view(project, as_at=as_at),
        as_at=as_at, as_at_name=AS_AT, plan=selectors.plan_settings(project)))


def _meeting_of(project, meeting_id: int):
    found = next((m for m in selectors.steering_view(project).meetings if m.id == meeting_id),
                 None)
    if found is None:
        raise Http404
    return found


@login_required
def meeting(request, slug, meeting_id):
    project, abilities = plan_for(request.user, slug)
    return render(request, "plans/meeting.html", page(
        project, abilities, TAB, meeting=_meeting_of(project, meeting_id)))


@login_required
def add(request, slug):
    return _editor(request, slug, None)


@login_required
def edit(request, slug, meeting_id):
    return _editor(request, slug, meeting_id)


def _editor(request, slug, meeting_id):
    project, abilities = plan_for(request.user, slug, "can_record_meetings")
    people = selectors.people_of(project)
    saved = _meeting_of(project, meeting_id) if meeting_id else None
    if saved and saved.is_approved:
        messages.info(request, _("The minutes are approved; the record no longer changes."))
        return done(request, "plans:meeting", slug=slug, meeting_id=meeting_id)
    attendees = list(Attendee.objects.filter(meeting_id=meeting_id).values_list(
        "user_id", "name", "role")) if saved else []
    owners = {a.id: a.owner_id for a in saved.actions} if saved else {}
    form = MeetingForm.of(saved, attendees, owners)
    revision = saved.revision if saved else 0
    conflict, focus, status, summary = None, "", 200, ""
    if request.method == "POST":
        form = MeetingForm.posted(request.POST, people)
        revision = posted_int(request)
        op = request.POST.get("op", "save")
        if op != "save":
            focus = form.apply(op)
        else:
            data = form.to_input()
            try:
                if data is None:
                    raise InvalidInput({})
                made = save_meeting(project=project, actor=request.user, data=data,
                                    meeting_id=meeting_id, expected_revision=revision)
            except EditConflict as error:
                revision, status = error.obj.revision, 409
                conflict = _meeting_of(project, meeting_id)
            except InvalidInput as error:
                form.show_errors(error.errors)
                status = 400
                summary = _("Nothing was saved. Correct the fields marked below; everything "
                            "you typed is still here.")
            except ServiceError as error:
                summary, status = str(error), 409
            else:
                messages.success(request, _("The meeting has been saved."))
                return done(request, "plans:meeting", slug=slug, meeting_id=made.pk)
    context = page(project, abilities, TAB, meeting=saved, form=form, revision=revision,
                   conflict=conflict, focus=focus, summary=summary, people=people,
                   owners=[("", _("Someone else (name below)"))] + people,
                   kinds=MeetingKind.choices,
                   decision_points=selectors.decision_points(project))
    if is_htmx(request) and request.method == "POST":
        return render(request, "plans/partials/meeting_form.html", context)
    return render(request, "plans/meeting_form.html", context, status=status)


@login_required
def approve(request, slug, meeting_id):
    project, _abilities = plan_for(request.user, slug, "can_record_meetings")
    if request.method != "POST":
        return done(request, "plans:meeting", slug=slug, meeting_id=meeting_id)
    try:
        approve_minutes(project=project, actor=request.user, meeting_id=meeting_id,
                        expected_revision=posted_int(request))
    except EditConflict:
        messages.warning(request, _("The record changed since you opened it; read it again "
                                    "before approving."))
    except (InvalidInput, RecordClosed, ServiceError) as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("The minutes are approved."))
    return done(request, "plans:meeting", slug=slug, meeting_id=meeting_id)


@login_required
def action(request, slug, action_id):
    project, abilities = plan_for(request.user, slug)
    found = next((a for a in selectors.steering_view(project).actions if a.id == action_id),
                 None)
    if found is None:
        raise Http404
    errors, typed, conflict, revision, status = {}, {}, False, found.revision, 200
    if request.method == "POST":
        abilities.require("can_update_actions")
        revision = posted_int(request)
        typed = {key: request.POST.get(key, "").strip() for key in ("status", "note", "on")}
        day = read_date(typed["on"]) if typed["on"] else None
        if typed["on"] and day is None:
            errors["changed_on"] = _("Write the date like 2024-09-30.")
        if not errors:
            try:
                update_action(project=project, actor=request.user, action_id=action_id,
                              data=ActionUpdateInput(status=typed["status"], note=typed["note"],
                                                     changed_on=day),
                              expected_revision=revision)
            except EditConflict as error:
                conflict, revision, status = True, error.obj.revision, 409
                found = next(a for a in selectors.steering_view(project).actions
                             if a.id == action_id)
            except InvalidInput as error:
                errors = dict(error.errors)
            except ServiceError as error:
                messages.error(request, str(error))
                status = 409
            else:
                messages.success(request, _("The action has been updated."))
                return done(request, "plans:action", slug=slug, action_id=action_id)
        if errors:
            status = 400
    return render(request, "plans/action.html", page(
        project, abilities, TAB, action=found, history=selectors.action_history(action_id),
        statuses=ActionStatus.choices, errors=errors, typed=typed, conflict=conflict,
        revision=revision), status=status)


@login_required
def my_actions(request):
    return render(request, "plans/my_actions.html", {
        "actions": selectors.my_actions(request.user, visible_projects(request.user))})
