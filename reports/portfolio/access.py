"""Who sees which portfolio, and who may see a project's dashboard.

The portfolio is the funding body's: its case officers and administrators see every project
of its programmes and every grant it imported; a case officer of another funding body sees
their own portfolio and nothing of this one; nobody else has a portfolio (403). A superuser
chooses the funding body.

The dashboard is for those who steer, run, fund or decide a project: its manager and team,
the steering group, its financiers and the funding body's case officers, through the project
access helper (404 for whoever may not see the project).
"""

from dataclasses import dataclass

from django.core.exceptions import PermissionDenied

from portal.models import Organisation, OrganisationKind
from projects.access import Abilities
from projects.models import ProjectStatus, RoleKind

DASHBOARD_ROLES = {RoleKind.MANAGER, RoleKind.MEMBER, RoleKind.STEERING, RoleKind.FINANCIER}


@dataclass(frozen=True)
class DashboardAccess(Abilities):
    @property
    def can_view_dashboard(self) -> bool:
        return self.access.role in DASHBOARD_ROLES or self.access.is_funding_body_staff

    @property
    def is_financier(self) -> bool:
        return self.access.role == RoleKind.FINANCIER

    @property
    def can_classify(self) -> bool:
        """The case officer sets the portfolio facts once the application is in."""
        return self.access.is_funding_body_staff and self.project.status not in (
            ProjectStatus.DRAFT, ProjectStatus.RETURNED)


@dataclass(frozen=True)
class PortfolioAccess:
    funding_body: Organisation
    can_import: bool


def portfolio_for(user, funding_body_id: str | int | None = None) -> PortfolioAccess:
    """The portfolio the person may see; 403 when they have none."""
    if not user.is_authenticated:
        raise PermissionDenied
    if user.is_superuser:
        bodies = Organisation.objects.filter(kind=OrganisationKind.FUNDING_BODY)
        chosen = None
        if funding_body_id and str(funding_body_id).isdigit():
            chosen = bodies.filter(pk=int(funding_body_id)).first()
        chosen = chosen or (bodies.filter(pk=user.funding_body_id).first()
                            if user.funding_body_id else None) or bodies.order_by("name").first()
        if chosen is None:
            raise PermissionDenied
        return PortfolioAccess(chosen, can_import=True)
    if not user.is_case_officer or user.funding_body is None:
        raise PermissionDenied
    return PortfolioAccess(user.funding_body, can_import=True)
