"""What the plan pages, the Gantt chart, the API, frozen versions and (later) reports read:
frozen dataclasses built by plans.selectors, from the database or from a frozen version."""

from dataclasses import dataclass
from datetime import date

from plans import periods
from plans.models import ActionStatus, ActivityStatus, MilestoneKind


@dataclass(frozen=True)
class DeliverableView:
    id: int | None
    title: str
    due: date | None
    due_label: str
    done: bool
    done_on: date | None
    problem: str  # due outside its activity


@dataclass(frozen=True)
class ActivityView:
    id: int | None
    number: str  # "2.3": the work package's number and the activity's
    title: str
    description: str
    responsible: str
    start: date
    end: date  # first day of the last month
    period_label: str
    status: str
    status_label: str
    done_count: int | None
    late: bool
    conflict: str  # why it no longer fits the project's period, or ""
    deliverables: tuple[DeliverableView, ...]

    @property
    def is_finished(self) -> bool:
        return self.status in (ActivityStatus.DONE, ActivityStatus.CANCELLED)


@dataclass(frozen=True)
class WorkPackageView:
    id: int | None
    number: str
    title: str
    description: str
    revision: int
    progress_revision: int
    activities: tuple[ActivityView, ...]

    @property
    def start(self) -> date | None:
        return min((a.start for a in self.activities), default=None)

    @property
    def end(self) -> date | None:
        return max((a.end for a in self.activities), default=None)

    @property
    def late_count(self) -> int:
        return sum(1 for a in self.activities if a.late)


@dataclass(frozen=True)
class MilestoneView:
    id: int | None
    kind: str
    kind_label: str
    title: str
    description: str
    due_on: date | None
    reached_on: date | None
    work_package_id: int | None
    work_package_title: str
    late: bool
    problem: str  # outside the project's period

    @property
    def is_decision_point(self) -> bool:
        return self.kind == MilestoneKind.DECISION_POINT


@dataclass(frozen=True)
class PlanView:
    resolution: str
    resolution_label: str
    work_package_word: str  # what the project calls a work package, or the plain word
    note: str
    meeting_rule: str
    revision: int
    milestone_revision: int
    project_start: date | None
    project_end: date | None
    work_packages: tuple[WorkPackageView, ...]
    milestones: tuple[MilestoneView, ...]
    today: date  # the day lateness is judged on: today, or the day the plan is read as at
    as_at: date | None

    @property
    def activities(self) -> list[ActivityView]:
        return [a for package in self.work_packages for a in package.activities]

    @property
    def late_activities(self) -> list[ActivityView]:
        return [a for a in self.activities if a.late]

    @property
    def conflicts(self) -> list[ActivityView]:
        return [a for a in self.activities if a.conflict]

    @property
    def late_milestones(self) -> list[MilestoneView]:
        return [m for m in self.milestones if m.late]

    @property
    def undated_decision_points(self) -> list[MilestoneView]:
        return [m for m in self.milestones if m.due_on is None]

    @property
    def is_empty(self) -> bool:
        return not self.work_packages and not self.milestones

    @property
    def period_label(self) -> str:
        starts = [a.start for a in self.activities]
        ends = [a.end for a in self.activities]
        if not starts:
            return ""
        return periods.span_label(min(starts), max(ends), self.resolution)

    def count_by_status(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for activity in self.activities:
            counts[activity.status] = counts.get(activity.status, 0) + 1
        return counts


@dataclass(frozen=True)
class ActionView:
    id: int
    meeting_id: int
    meeting_label: str
    meeting_held_on: date
    title: str
    owner_id: int | None
    owner_label: str
    due_on: date
    status: str
    status_label: str
    overdue: bool
    revision: int
    project_slug: str = ""
    project_title: str = ""

    @property
    def is_open(self) -> bool:
        return self.status in (ActionStatus.OPEN, ActionStatus.ONGOING)


@dataclass(frozen=True)
class AttendeeView:
    name: str
    role: str


@dataclass(frozen=True)
class MeetingView:
    id: int
    held_on: date
    kind: str
    kind_label: str
    title: str
    label: str
    notes: str
    decision_point_id: int | None
    decision_point_title: str
    attendees: tuple[AttendeeView, ...]
    decisions: tuple[str, ...]
    actions: tuple[ActionView, ...]
    approved_on: date | None
    approved_by: str
    revision: int

    @property
    def is_approved(self) -> bool:
        return self.approved_on is not None


@dataclass(frozen=True)
class SteeringView:
    """The steering group's record as it stood on a day: meetings held by then and the
    actions' statuses then."""

    meetings: tuple[MeetingView, ...]
    today: date
    as_at: date | None

    @property
    def actions(self) -> list[ActionView]:
        return [a for m in self.meetings for a in m.actions]

    @property
    def open_actions(self) -> list[ActionView]:
        return sorted((a for a in self.actions if a.is_open), key=lambda a: (a.due_on, a.id))

    @property
    def overdue_actions(self) -> list[ActionView]:
        return [a for a in self.open_actions if a.overdue]

    @property
    def last_meeting(self) -> MeetingView | None:
        return self.meetings[0] if self.meetings else None
