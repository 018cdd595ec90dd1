"""Who may see and do what with a project. Every view, partial and API view asks here.

Deny by default: a person with no role in a project, who is not staff of the funding
body that runs its programme, gets 404, so the project's existence does not leak.
"""

from dataclasses import dataclass

from django.core.exceptions import PermissionDenied
from django.db.models import Q, QuerySet
from django.http import Http404

from projects.models import ChangeRequestStatus, Project, ProjectRole, ProjectStatus, RoleKind

EDITABLE_STATUSES = {ProjectStatus.DRAFT, ProjectStatus.RETURNED}
# Once approved, the manager reports outcome; the application itself stays frozen.
FOLLOW_UP_STATUSES = {ProjectStatus.APPROVED, ProjectStatus.RUNNING}
WRITERS = {RoleKind.MANAGER, RoleKind.MEMBER}
REPORT_READERS = {RoleKind.MANAGER, RoleKind.MEMBER, RoleKind.STEERING, RoleKind.FINANCIER}


@dataclass(frozen=True)
class ProjectAccess:
    """What one person may do with one project, worked out once per request."""

    project: Project
    role: str | None
    is_funding_body_staff: bool
    is_administrator: bool
    change_request_open: bool

    @property
    def role_label(self) -> str:
        return str(RoleKind(self.role).label) if self.role else ""

    @property
    def can_view(self) -> bool:
        return self.role is not None or self.is_funding_body_staff

    @property
    def is_writer(self) -> bool:
        return self.role in WRITERS

    @property
    def application_is_open(self) -> bool:
        """The application can change: a draft, a returned one, or an open change request."""
        return self.project.status in EDITABLE_STATUSES or self.change_request_open

    @property
    def can_edit_application(self) -> bool:
        return self.is_writer and self.application_is_open

    @property
    def can_report_outcome(self) -> bool:
        return self.is_writer and self.project.status in FOLLOW_UP_STATUSES

    @property
    def can_manage_team(self) -> bool:
        return self.role == RoleKind.MANAGER or self.is_administrator

    @property
    def can_submit(self) -> bool:
        return self.role == RoleKind.MANAGER

    @property
    def can_request_change(self) -> bool:
        """An approved or running project changes through a change request."""
        return self.can_submit and self.project.status in FOLLOW_UP_STATUSES

    @property
    def can_review(self) -> bool:
        """Return, approve, reject, start and close: the funding body's case officers."""
        return self.is_funding_body_staff

    @property
    def can_record_decisions(self) -> bool:
        return self.role in (RoleKind.MANAGER, RoleKind.STEERING) or self.is_funding_body_staff

    @property
    def can_download_reports(self) -> bool:
        return self.role in REPORT_READERS or self.is_funding_body_staff

    @property
    def can_see_history(self) -> bool:
        return self.role in WRITERS | {RoleKind.STEERING} or self.is_funding_body_staff

    def require(self, ability: str) -> "ProjectAccess":
        """Raise 403 unless the person has the named ability (a property above)."""
        if not getattr(self, ability):
            raise PermissionDenied(ability)
        return self


def visible_projects(user) -> QuerySet[Project]:
    """Every project the person may see: their own roles plus their funding body's portfolio."""
    if not user.is_authenticated:
        return Project.objects.none()
    if user.is_superuser:
        return Project.objects.all()
    condition = Q(roles__user=user)
    if user.is_case_officer:
        condition |= Q(programme__funding_body_id=user.funding_body_id)
    return Project.objects.filter(pk__in=Project.objects.filter(condition).values("pk"))


def access_for(user, project: Project) -> ProjectAccess:
    role = None
    staff = False
    if user.is_authenticated:
        role = (
            ProjectRole.objects.filter(project=project, user=user)
            .values_list("role", flat=True)
            .first()
        )
        staff = user.is_superuser or (
            user.is_case_officer and user.funding_body_id == project.programme.funding_body_id
        )
    change_open = project.change_requests.filter(status=ChangeRequestStatus.OPEN).exists()
    return ProjectAccess(
        project=project,
        role=role,
        is_funding_body_staff=staff,
        is_administrator=staff and (user.is_superuser or user.is_administrator),
        change_request_open=change_open,
    )


def project_for(user, slug: str, ability: str = "can_view") -> tuple[Project, ProjectAccess]:
    """The project and the person's access to it: 404 if invisible, 403 if not allowed."""
    project = (
        Project.objects.select_related("programme", "programme__funding_body")
        .filter(slug=slug)
        .first()
    )
    if project is None:
        raise Http404
    access = access_for(user, project)
    if not access.can_view:
        raise Http404
    return project, access.require(ability)
