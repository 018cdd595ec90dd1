"""Reading the plan and the steering group's record: a fixed number of queries however many
work packages, activities, meetings or actions there are, and read as they stood on any day
from the dated records (`as_at`)."""

from collections import defaultdict
from datetime import date

from django.db.models import Prefetch, QuerySet
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from plans import periods
from plans.models import (
    CLOSED_ACTIONS,
    FINISHED,
    Action,
    ActionStatus,
    ActionUpdate,
    Activity,
    ActivityProgress,
    ActivityStatus,
    Deliverable,
    Meeting,
    Milestone,
    Plan,
    Resolution,
    WorkPackage,
)
from plans.readmodels import (
    ActionView,
    ActivityView,
    AttendeeView,
    DeliverableView,
    MeetingView,
    MilestoneView,
    PlanView,
    SteeringView,
    WorkPackageView,
)
from plans.rules import Bounds, deliverable_problem, milestone_problem, outside_period
from projects.lifecycle import Lifecycle
from projects.models import Project


def plan_settings(project: Project) -> Plan:
    """The plan's settings; a project without any yet gets the defaults (not saved)."""
    return Plan.objects.filter(project=project).first() or Plan(project=project)


def plan_view(project: Project, as_at: date | None = None) -> PlanView:
    """The whole plan. Statuses, deliverables done and milestones reached as they stood at
    the end of `as_at` (today when None); the structure is the plan's current one."""
    plan = plan_settings(project)
    day = as_at or timezone.localdate()
    # An application not (yet) funded has no follow-up: nothing in it is late.
    followed = Lifecycle(status=project.status).is_funded
    packages = list(WorkPackage.objects.filter(project=project))
    activities_of, deliverables_of = _activities_by_package(project)
    history = _history_as_at(project, as_at) if as_at else None
    bounds = Bounds.of(project.start_date, project.end_date, plan.resolution)
    views = []
    for number, package in enumerate(packages, start=1):
        activities = tuple(
            _activity(activity, f"{number}.{index}", plan.resolution, bounds,
                      day if followed else None,
                      history.get(activity.pk) if history is not None else None, as_at,
                      deliverables_of.get(activity.pk, ()))
            for index, activity in enumerate(activities_of.get(package.pk, ()), start=1))
        views.append(WorkPackageView(
            id=package.pk, number=str(number), title=package.title,
            description=package.description, revision=package.revision,
            progress_revision=package.progress_revision, activities=activities))
    milestones = tuple(
        milestone_view(m, project, day if followed else None, as_at)
        for m in Milestone.objects.filter(project=project).select_related("work_package"))
    return PlanView(
        resolution=plan.resolution, resolution_label=Resolution(plan.resolution).label,
        work_package_word=plan.work_package_word or _("Work package"), note=plan.note,
        meeting_rule=plan.meeting_rule, revision=plan.revision,
        milestone_revision=plan.milestone_revision, project_start=project.start_date,
        project_end=project.end_date, work_packages=tuple(views), milestones=milestones,
        today=day, as_at=as_at)


def _activities_by_package(project: Project
                           ) -> tuple[dict[int, list[Activity]], dict[int, list[Deliverable]]]:
    """The plan's activities by work package and deliverables by activity, in two queries.
    Grouped here rather than by prefetch_related, which builds a queryset per activity:
    most of the time of a plan of 400 activities."""
    activities: dict[int, list[Activity]] = defaultdict(list)
    for activity in Activity.objects.filter(work_package__project=project):
        activities[activity.work_package_id].append(activity)
    deliverables: dict[int, list[Deliverable]] = defaultdict(list)
    for deliverable in Deliverable.objects.filter(activity__work_package__project=project):
        deliverables[deliverable.activity_id].append(deliverable)
    return activities, deliverables


def _history_as_at(project: Project, as_at: date) -> dict[int, ActivityProgress]:
    """Each activity's last report on or before `as_at`, in one query."""
    latest: dict[int, ActivityProgress] = {}
    for report in (ActivityProgress.objects
                   .filter(activity__work_package__project=project, reported_on__lte=as_at)
                   .order_by("reported_on", "id")):
        latest[report.activity_id] = report
    return latest


def is_late(status: str, end: date, day: date | None) -> bool:
    """Late: reported delayed, or its last period is over and it is neither done nor
    cancelled. `day` None: lateness is not judged (an application not funded)."""
    if day is None or status in FINISHED:
        return False
    return status == ActivityStatus.DELAYED or end < periods.first_of_month(day)


def _status_label(status: str) -> str:
    """The status in the active language, translated once per language rather than once per
    activity: inside a request every translation lookup costs a context-local read."""
    language = get_language()
    labels = _STATUS_LABELS.get(language)
    if labels is None:
        labels = _STATUS_LABELS[language] = {s.value: str(s.label) for s in ActivityStatus}
    return labels.get(status, status)


_STATUS_LABELS: dict[str | None, dict[str, str]] = {}


def _activity(activity: Activity, number: str, resolution: str, bounds: Bounds,
              day: date | None,
              report: ActivityProgress | None, as_at: date | None,
              deliverables_of: list[Deliverable] | tuple = ()) -> ActivityView:
    if as_at is None:
        status, done_count = activity.status, activity.done_count
    elif report is None:
        status, done_count = ActivityStatus.PLANNED, None
    else:
        status, done_count = report.status, report.done_count
    deliverables = tuple(
        DeliverableView(
            id=d.pk, title=d.title, due=d.due_month,
            due_label=periods.label(d.due_month, resolution),
            done=d.done_on is not None and (as_at is None or d.done_on <= as_at),
            done_on=d.done_on if d.done_on and (as_at is None or d.done_on <= as_at) else None,
            problem=deliverable_problem(d.due_month, activity.start_month, activity.end_month,
                                        resolution))
        for d in deliverables_of)
    return ActivityView(
        id=activity.pk, number=number, title=activity.title,
        description=activity.description, responsible=activity.responsible,
        start=activity.start_month, end=activity.end_month,
        period_label=periods.span_label(activity.start_month, activity.end_month, resolution),
        status=status, status_label=_status_label(status), done_count=done_count,
        late=is_late(status, activity.end_month, day),
        conflict=outside_period(activity.start_month, activity.end_month, bounds),
        deliverables=deliverables)


def milestone_view(milestone: Milestone, project: Project, day: date | None,
                   as_at: date | None) -> MilestoneView:
    reached = milestone.reached_on
    if reached and as_at and reached > as_at:
        reached = None
    return MilestoneView(
        id=milestone.pk, kind=milestone.kind, kind_label=milestone.get_kind_display(),
        title=milestone.title, description=milestone.description, due_on=milestone.due_on,
        reached_on=reached, work_package_id=milestone.work_package_id,
        work_package_title=milestone.work_package.title if milestone.work_package else "",
        late=bool(day and milestone.due_on and milestone.due_on < day and reached is None),
        problem=milestone_problem(milestone.due_on, project.start_date, project.end_date))


def work_package_of(project: Project, work_package_id: int) -> WorkPackage:
    return get_object_or_404(WorkPackage, pk=work_package_id, project=project)


def decision_points(project: Project) -> QuerySet[Milestone]:
    return Milestone.objects.filter(project=project, kind="decision_point")


# The steering group ---------------------------------------------------------------------------

def steering_view(project: Project, as_at: date | None = None) -> SteeringView:
    """Meetings held by `as_at` (all when None), newest first, with their actions' statuses as
    they stood then. Five queries."""
    day = as_at or timezone.localdate()
    meetings = Meeting.objects.filter(project=project)
    if as_at:
        meetings = meetings.filter(held_on__lte=as_at)
    meetings = list(meetings.select_related("decision_point", "approved_by").prefetch_related(
        "attendees__user", "decisions",
        Prefetch("actions", queryset=Action.objects.select_related("owner"))))
    statuses = _action_statuses(project, as_at) if as_at else None
    return SteeringView(
        meetings=tuple(_meeting(m, day, statuses) for m in meetings), today=day, as_at=as_at)


def _action_statuses(project: Project, as_at: date) -> dict[int, str]:
    latest: dict[int, str] = {}
    for action_id, status in (ActionUpdate.objects
                              .filter(action__meeting__project=project, changed_on__lte=as_at)
                              .order_by("changed_on", "id").values_list("action_id", "status")):
        latest[action_id] = status
    return latest


def meeting_label(meeting: Meeting) -> str:
    return meeting.title or f"{meeting.get_kind_display()} {meeting.held_on.isoformat()}"


def _meeting(meeting: Meeting, day: date, statuses: dict[int, str] | None) -> MeetingView:
    label = meeting_label(meeting)
    actions = tuple(action_view(a, meeting, label, day, statuses) for a in meeting.actions.all())
    attendees = tuple(AttendeeView(name=a.name or _person(a.user), role=a.role)
                      for a in meeting.attendees.all())
    return MeetingView(
        id=meeting.pk, held_on=meeting.held_on, kind=meeting.kind,
        kind_label=meeting.get_kind_display(), title=meeting.title, label=label,
        notes=meeting.notes, decision_point_id=meeting.decision_point_id,
        decision_point_title=meeting.decision_point.title if meeting.decision_point else "",
        attendees=attendees, decisions=tuple(d.text for d in meeting.decisions.all()),
        actions=tuple(sorted(actions, key=lambda a: (a.due_on, a.id))),
        approved_on=meeting.approved_on,
        approved_by=_person(meeting.approved_by) if meeting.approved_by else "",
        revision=meeting.revision)


def action_view(action: Action, meeting: Meeting, label: str, day: date,
                statuses: dict[int, str] | None, project: Project | None = None) -> ActionView:
    status = action.status if statuses is None else statuses.get(action.pk, ActionStatus.OPEN)
    return ActionView(
        id=action.pk, meeting_id=meeting.pk, meeting_label=label,
        meeting_held_on=meeting.held_on, title=action.title, owner_id=action.owner_id,
        owner_label=action.owner_name or _person(action.owner), due_on=action.due_on,
        status=status, status_label=str(ActionStatus(status).label),
        overdue=status not in CLOSED_ACTIONS and action.due_on < day,
        revision=action.revision, project_slug=project.slug if project else "",
        project_title=project.title if project else "")


def _person(user) -> str:
    if user is None:
        return ""
    return user.get_full_name() or user.get_username()


def action_history(action_id: int) -> list[ActionUpdate]:
    return list(ActionUpdate.objects.filter(action_id=action_id).select_related("recorded_by"))


def my_actions(user, projects: QuerySet[Project]) -> list[ActionView]:
    """The person's open actions in the projects they can see, overdue first. One query."""
    day = timezone.localdate()
    actions = (Action.objects.filter(owner=user, meeting__project__in=projects)
               .exclude(status__in=CLOSED_ACTIONS)
               .select_related("meeting", "meeting__project", "owner"))
    views = [action_view(a, a.meeting, meeting_label(a.meeting), day, None, a.meeting.project)
             for a in actions]
    return sorted(views, key=lambda a: (not a.overdue, a.due_on, a.id))


def people_of(project: Project) -> list[tuple[int, str]]:
    """The people with a role in the project, for choosing attendees and action owners."""
    from projects.models import ProjectRole

    roles = ProjectRole.objects.filter(project=project).select_related("user").order_by(
        "user__last_name", "user__first_name", "user__username")
    return [(role.user_id, f"{_person(role.user)} ({role.get_role_display()})")
            for role in roles]
