from projects.models.application import (
    BenefitArea,
    GroupKind,
    GroupMember,
    HorizontalRating,
    MemberKind,
    Participation,
    ParticipationRole,
    StaffMember,
    SubGoal,
)
from projects.models.documents import (
    Document,
    DocumentKind,
    DocumentVersion,
    FrozenVersionError,
    ReportStatus,
    SectionState,
    VersionKind,
)
from projects.models.invitation import Invitation
from projects.models.programme import ApplicationForm, Programme
from projects.models.project import Project, ProjectRole, ProjectStatus, RoleKind
from projects.models.workflow import ChangeRequest, ChangeRequestStatus, StatusChange

__all__ = [
    "ApplicationForm", "BenefitArea", "ChangeRequest", "ChangeRequestStatus", "Document",
    "DocumentKind", "DocumentVersion", "FrozenVersionError", "GroupKind", "GroupMember",
    "HorizontalRating", "Invitation", "MemberKind", "Participation", "ParticipationRole",
    "Programme", "Project",
    "ProjectRole", "ProjectStatus", "ReportStatus", "RoleKind", "SectionState", "StaffMember",
    "StatusChange", "SubGoal", "VersionKind",
]
