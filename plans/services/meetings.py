"""Recording steering-group meetings and decision points, approving their minutes, and
following up their actions."""

from dataclasses import dataclass, field
from datetime import date

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from plans.models import (
    CLOSED_ACTIONS,
    Action,
    ActionStatus,
    ActionUpdate,
    Attendee,
    Decision,
    Meeting,
    MeetingKind,
    Milestone,
    MilestoneKind,
)
from plans.services.common import actor_or_none, day_of_record, lock, validated
from plans.services.errors import EditConflict, InvalidInput, RecordClosed
from portal.audit import record_event
from projects.models import Project, ProjectRole

REFUSED = gettext_lazy("Meetings are recorded by the project manager, the steering group and "
                       "the funding body while the project is approved or running.")
REFUSED_ACTION = gettext_lazy("Actions are followed up by the project's writers, the steering "
                              "group and the funding body while the project is approved or "
                              "running.")


@dataclass
class AttendeeInput:
    user_id: int | None = None
    name: str = ""
    role: str = ""


@dataclass
class ActionInput:
    title: str
    due_on: date | None
    owner_id: int | None = None
    owner_name: str = ""
    id: int | None = None


@dataclass
class MeetingInput:
    held_on: date | None
    kind: str = MeetingKind.REGULAR
    title: str = ""
    notes: str = ""
    decision_point_id: int | None = None
    attendees: list[AttendeeInput] = field(default_factory=list)
    decisions: list[str] = field(default_factory=list)
    actions: list[ActionInput] = field(default_factory=list)


@dataclass
class ActionUpdateInput:
    status: str
    note: str = ""
    changed_on: date | None = None


@transaction.atomic
def save_meeting(*, project: Project, actor, data: MeetingInput, meeting_id: int | None = None,
                 expected_revision: int | None = None) -> Meeting:
    """Record a meeting, or replace an unapproved one's record with `data`."""
    locked, _abilities = lock(project, actor, "can_record_meetings", REFUSED)
    if meeting_id is None:
        meeting = Meeting(project=locked, created_by=actor_or_none(actor))
        existing: dict[int, Action] = {}
    else:
        meeting = (Meeting.objects.select_for_update(of=("self",))
                   .filter(pk=meeting_id, project=locked).first())
        if meeting is None:
            raise InvalidInput({"held_on": _("No such meeting in this project.")})
        if meeting.is_approved:
            raise RecordClosed(_("The minutes are approved; the record no longer changes."))
        if expected_revision is not None and meeting.revision != expected_revision:
            raise EditConflict(meeting)
        existing = {a.pk: a for a in meeting.actions.all()}
    errors = _problems(locked, data, existing)
    if errors:
        raise InvalidInput(errors)
    is_new = meeting.pk is None
    meeting.held_on, meeting.kind = data.held_on, data.kind
    meeting.title, meeting.notes = data.title.strip(), data.notes.strip()
    meeting.decision_point_id = data.decision_point_id
    meeting.revision += 1
    validated(meeting, exclude=["project", "created_by", "approved_by"])
    meeting.save()
    meeting.attendees.all().delete()
    Attendee.objects.bulk_create(Attendee(meeting=meeting, user_id=a.user_id,
                                          name=a.name.strip(), role=a.role.strip())
                                 for a in data.attendees)
    meeting.decisions.all().delete()
    Decision.objects.bulk_create(Decision(meeting=meeting, position=n, text=text.strip())
                                 for n, text in enumerate(data.decisions))
    kept = {a.id for a in data.actions if a.id is not None}
    meeting.actions.exclude(pk__in=kept).delete()
    for position, item in enumerate(data.actions):
        action = existing.get(item.id) or Action(meeting=meeting)
        fresh = action.pk is None
        action.position, action.title = position, item.title.strip()
        action.owner_id, action.owner_name = item.owner_id, item.owner_name.strip()
        action.due_on = item.due_on
        action.save()
        if fresh:
            ActionUpdate.objects.create(action=action, status=ActionStatus.OPEN,
                                        changed_on=meeting.held_on,
                                        recorded_by=actor_or_none(actor))
    record_event(actor=actor, obj=meeting, project_id=locked.pk,
                 action="meeting:add" if is_new else "meeting:change",
                 detail=_summary(meeting, data))
    return meeting


def _problems(project: Project, data: MeetingInput, existing: dict[int, Action]) -> dict:
    errors: dict[str, str] = {}
    if data.held_on is None:
        errors["held_on"] = _("Give the date of the meeting.")
    elif data.held_on > timezone.localdate():
        errors["held_on"] = _("A meeting is recorded once it has been held.")
    if data.kind not in MeetingKind.values:
        errors["kind"] = _("Choose the kind of meeting.")
    if data.decision_point_id is not None and not Milestone.objects.filter(
            pk=data.decision_point_id, project=project,
            kind=MilestoneKind.DECISION_POINT).exists():
        errors["decision_point"] = _("Not a decision point of this project's plan.")
    people = set(ProjectRole.objects.filter(project=project).values_list("user_id", flat=True))
    for index, attendee in enumerate(data.attendees):
        if attendee.user_id is not None and attendee.user_id not in people:
            errors[f"attendees.{index}.name"] = _("Not a person in this project.")
        if attendee.user_id is None and not attendee.name.strip():
            errors[f"attendees.{index}.name"] = _("Give the attendee's name.")
    for index, text in enumerate(data.decisions):
        if not text.strip():
            errors[f"decisions.{index}.text"] = _("Write the decision, or remove the row.")
    for index, action in enumerate(data.actions):
        key = f"actions.{index}."
        if action.id is not None and action.id not in existing:
            errors[key + "title"] = _("This action is not in this meeting.")
        if not action.title.strip():
            errors[key + "title"] = _("Say what is to be done.")
        if action.owner_id is None and not action.owner_name.strip():
            errors[key + "owner"] = _("Name who owns the action.")
        elif action.owner_id is not None and action.owner_id not in people:
            errors[key + "owner"] = _("Not a person in this project.")
        if action.due_on is None:
            errors[key + "due_on"] = _("Give a due date.")
        elif data.held_on and action.due_on < data.held_on:
            errors[key + "due_on"] = _("Due before the meeting was held.")
    return errors


def _summary(meeting: Meeting, data: MeetingInput) -> str:
    lines = [f"{meeting.held_on.isoformat()} {meeting.get_kind_display()} {meeting.title}"]
    lines += [f"– {text.strip()}" for text in data.decisions]
    lines += [f"→ {a.title.strip()} ({a.due_on.isoformat()})" for a in data.actions]
    return "\n".join(lines).strip()


@transaction.atomic
def approve_minutes(*, project: Project, actor, meeting_id: int,
                    expected_revision: int | None = None) -> Meeting:
    locked, _abilities = lock(project, actor, "can_record_meetings", REFUSED)
    meeting = (Meeting.objects.select_for_update(of=("self",))
               .filter(pk=meeting_id, project=locked).first())
    if meeting is None:
        raise InvalidInput({"meeting": _("No such meeting in this project.")})
    if meeting.is_approved:
        raise RecordClosed(_("The minutes are already approved."))
    if expected_revision is not None and meeting.revision != expected_revision:
        raise EditConflict(meeting)
    meeting.approved_on, meeting.approved_by = timezone.localdate(), actor_or_none(actor)
    meeting.revision += 1
    meeting.save(update_fields=["approved_on", "approved_by", "revision"])
    record_event(actor=actor, obj=meeting, action="meeting:approve", project_id=locked.pk,
                 detail=meeting.approved_on.isoformat())
    return meeting


@transaction.atomic
def update_action(*, project: Project, actor, action_id: int, data: ActionUpdateInput,
                  expected_revision: int | None = None) -> Action:
    locked, _abilities = lock(project, actor, "can_update_actions", REFUSED_ACTION)
    action = (Action.objects.select_for_update(of=("self",)).select_related("meeting")
              .filter(pk=action_id, meeting__project=locked).first())
    if action is None:
        raise InvalidInput({"status": _("No such action in this project.")})
    if expected_revision is not None and action.revision != expected_revision:
        raise EditConflict(action)
    errors: dict[str, str] = {}
    day = day_of_record(data.changed_on, "changed_on", errors)
    if data.status not in ActionStatus.values:
        errors["status"] = _("Choose a status.")
    last = action.updates.order_by("-changed_on", "-id").first()
    if last is not None and day < last.changed_on:
        errors["changed_on"] = _("A newer update was recorded on %(day)s.") % {
            "day": last.changed_on.isoformat()}
    if day < action.meeting.held_on:
        errors["changed_on"] = _("Before the meeting that decided the action.")
    if errors:
        raise InvalidInput(errors)
    old = action.get_status_display()
    ActionUpdate.objects.create(action=action, status=data.status, changed_on=day,
                                note=data.note.strip(), recorded_by=actor_or_none(actor))
    action.status = data.status
    action.revision += 1
    action.save(update_fields=["status", "revision"])
    record_event(actor=actor, obj=action, action="meeting:action", project_id=locked.pk,
                 old=old, detail=f"{action.get_status_display()} ({day.isoformat()})"
                 + (f": {data.note.strip()}" if data.note.strip() else ""))
    return action


def is_closed(status: str) -> bool:
    return status in CLOSED_ACTIONS
