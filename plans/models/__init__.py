from plans.models.choices import (
    CLOSED_ACTIONS,
    FINISHED,
    ActionStatus,
    ActivityStatus,
    MeetingKind,
    MilestoneKind,
    Resolution,
)
from plans.models.meetings import Action, ActionUpdate, Attendee, Decision, Meeting
from plans.models.plan import (
    Activity,
    ActivityProgress,
    Deliverable,
    Milestone,
    Plan,
    ProgrammePlanRules,
    WorkPackage,
)

__all__ = [
    "CLOSED_ACTIONS", "FINISHED", "Action", "ActionStatus", "ActionUpdate", "Activity",
    "ActivityProgress", "ActivityStatus", "Attendee", "Decision", "Deliverable", "Meeting",
    "MeetingKind", "Milestone", "MilestoneKind", "Plan", "ProgrammePlanRules", "Resolution",
    "WorkPackage",
]
