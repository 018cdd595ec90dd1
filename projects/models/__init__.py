from projects.models.application import (
    BenefitArea,
    GroupKind,
    GroupMember,
    HorizontalRating,
    MemberKind,
    Participation,
    ParticipationRole,
    SectionState,
    StaffMember,
    SubGoal,
)
from projects.models.programme import ApplicationForm, Programme
from projects.models.project import Project, ProjectRole, ProjectStatus, RoleKind
from projects.models.workflow import (
    ApplicationVersion,
    ChangeRequest,
    ChangeRequestStatus,
    StatusChange,
    VersionKind,
)

__all__ = [
    "ApplicationForm", "ApplicationVersion", "BenefitArea", "ChangeRequest",
    "ChangeRequestStatus", "GroupKind", "GroupMember", "HorizontalRating", "MemberKind",
    "Participation", "ParticipationRole", "Programme", "Project", "ProjectRole", "ProjectStatus",
    "RoleKind", "SectionState", "StaffMember", "StatusChange", "SubGoal", "VersionKind",
]
