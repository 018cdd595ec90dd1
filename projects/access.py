"""Who may see and do what with a project. Every view, partial and API view asks here.

Deny by default: a person with no role in a project, who is not staff of the funding
body that runs its programme, gets 404, so the project's existence does not leak.

`ProjectAccess` answers for the project and its application. Each app that plugs into a
project defines its own abilities on top of it (`finance.access.FinanceAccess`, ...), from
the person's role and the project's lifecycle facts, so this class does not grow with the
apps.
"""

from dataclasses import dataclass
from typing import Self, TypeVar

from django.core.exceptions import PermissionDenied
from django.db.models import Exists, OuterRef, Q, QuerySet, Value
from django.http import Http404

from projects import extensions
from projects.lifecycle import EDITABLE_STATUSES, FOLLOW_UP_STATUSES, Lifecycle, lifecycle_of
from projects.models import Programme, Project, ProjectRole, ProjectStatus, RoleKind
from projects.services.errors import NotAllowed

__all__ = ["EDITABLE_STATUSES", "FOLLOW_UP_STATUSES", "Abilities", "ProjectAccess",
           "abilities_for", "access_for", "can_apply", "financed_by", "funding_body_projects",
           "project_for", "StaffScope", "staff_scope", "submitted_once", "visible_projects",
           "visible_to_staff", "with_role_facts"]

WRITERS = {RoleKind.MANAGER, RoleKind.MEMBER}
# Beyond this many ids a person's list asks through subqueries: literal lists that long would
# be slower to send than to look up (and older SQLite takes at most 999 parameters).
LITERAL_IDS = 500
# An applicant's draft is theirs until first submitted: until then only the project's writers
# see it. A project returned for completion was submitted once and stays in view, since the
# only way back from the funding body is RETURNED, never DRAFT.
NEVER_SUBMITTED = Q(status=ProjectStatus.DRAFT)


def submitted_once(projects: QuerySet[Project]) -> QuerySet[Project]:
    """The projects sent to the funding body at least once: what its staff may see."""
    return projects.exclude(NEVER_SUBMITTED)


def funding_body_projects(funding_body_id: int | None) -> QuerySet[Project]:
    """A funding body's portfolio: the projects of its programmes submitted at least once.
    Portfolio, inbox and exports read the funding body's projects from here."""
    return submitted_once(Project.objects.filter(programme__funding_body_id=funding_body_id))
REPORT_READERS = {RoleKind.MANAGER, RoleKind.MEMBER, RoleKind.STEERING, RoleKind.FINANCIER}


@dataclass(frozen=True)
class ProjectAccess:
    """What one person may do with one project, worked out once per request."""

    project: Project
    role: str | None
    is_funding_body_staff: bool
    is_administrator: bool
    lifecycle: Lifecycle

    @property
    def role_label(self) -> str:
        return str(RoleKind(self.role).label) if self.role else ""

    @property
    def is_case_officer(self) -> bool:
        """A case officer of the funding body running the project's programme (an
        administrator of that body administers; deciding is not theirs)."""
        return self.is_funding_body_staff and not self.is_administrator

    @property
    def can_view(self) -> bool:
        """A role, or staff of the funding body; `access_for` gives neither to anyone but the
        writers of a draft never submitted."""
        return self.role is not None or self.is_funding_body_staff

    @property
    def is_writer(self) -> bool:
        return self.role in WRITERS

    @property
    def application_is_open(self) -> bool:
        return self.lifecycle.application_is_open

    @property
    def change_request_open(self) -> bool:
        return self.lifecycle.open_change_request is not None

    @property
    def can_edit_application(self) -> bool:
        return self.is_writer and self.application_is_open

    @property
    def can_manage_team(self) -> bool:
        return self.role == RoleKind.MANAGER or self.is_administrator

    @property
    def can_submit(self) -> bool:
        return self.role == RoleKind.MANAGER

    @property
    def can_request_change(self) -> bool:
        """An approved or running project changes through a change request."""
        return self.can_submit and self.lifecycle.is_follow_up

    @property
    def can_review(self) -> bool:
        """Return, approve, reject, start and close: the case officers of the programme's
        funding body, and never one who has a role in the project (no one decides their
        own application)."""
        return self.is_case_officer and self.role is None

    @property
    def can_record_decisions(self) -> bool:
        return self.role in (RoleKind.MANAGER, RoleKind.STEERING) or self.is_funding_body_staff

    @property
    def can_download_reports(self) -> bool:
        return self.role in REPORT_READERS or self.is_funding_body_staff

    @property
    def can_see_history(self) -> bool:
        return self.role in WRITERS | {RoleKind.STEERING} or self.is_funding_body_staff

    def require(self, ability: str) -> Self:
        """Raise 403 unless the person has the named ability (a property above)."""
        if not getattr(self, ability):
            raise PermissionDenied(ability)
        return self

    def check(self, ability: str, message: str) -> Self:
        """For services: refuse with the domain's own error, said in words."""
        if not getattr(self, ability):
            raise NotAllowed(message)
        return self


@dataclass(frozen=True)
class Abilities:
    """Base of an app's abilities on one project: the person's access and the lifecycle."""

    access: ProjectAccess

    @property
    def project(self) -> Project:
        return self.access.project

    @property
    def lifecycle(self) -> Lifecycle:
        return self.access.lifecycle

    @property
    def can_view(self) -> bool:
        return self.access.can_view

    def require(self, ability: str) -> Self:
        if not getattr(self, ability):
            raise PermissionDenied(ability)
        return self

    def check(self, ability: str, message: str) -> Self:
        if not getattr(self, ability):
            raise NotAllowed(message)
        return self


def financed_by(organisation_id: int | None) -> Q:
    """The projects whose financing plan in force names the organisation: its people read them
    as financiers, with no role set by hand. Whoever is a financier by organisation is so only
    from the first submission on (drafts are their writers'), and never as the funding body's
    staff, who see their own portfolio."""
    if organisation_id is None or not extensions.financier_scopes:
        return Q(pk__in=[])
    condition = Q()
    for scope in extensions.financier_scopes:
        condition |= Q(pk__in=scope(organisation_id))
    return condition


def with_role_facts(users: QuerySet) -> QuerySet:
    """The people with whether they have any project role and a writer's one, which
    `can_apply` then reads without a query (the person of every request is read so)."""
    roles = ProjectRole.objects.filter(user=OuterRef("pk"))
    return users.annotate(has_project_role=Exists(roles),
                          writes_a_project=Exists(roles.filter(role__in=WRITERS)))


def can_apply(user) -> bool:
    """Who starts an application: an applicant, not the funding body's staff (who decide),
    nor someone who only reads, steers or co-finances others' projects. Answered once per
    person read (as Django keeps their permissions), since the menu asks on every page."""
    if not user.is_authenticated or user.is_case_officer or user.is_superuser:
        return False
    if not hasattr(user, "_can_apply"):
        user._can_apply = _can_apply(user)
    return user._can_apply


def _can_apply(user) -> bool:
    if hasattr(user, "has_project_role"):  # read with the person (`with_role_facts`)
        has_role, writes = user.has_project_role, user.writes_a_project
    else:
        roles = set(ProjectRole.objects.filter(user=user).values_list("role", flat=True))
        has_role, writes = bool(roles), bool(roles & WRITERS)
    if has_role:
        return writes
    return not Project.objects.filter(financed_by(user.organisation_id)).exists()


def visible_projects(user) -> QuerySet[Project]:
    """Every project the person may see: their own roles plus their funding body's portfolio,
    drafts only where they write (`ProjectAccess.can_view` answers the same for one project)."""
    if not user.is_authenticated:
        return Project.objects.none()
    if user.is_superuser:
        return Project.objects.filter(~NEVER_SUBMITTED | Q(pk__in=_written_by(user)))
    if not user.is_case_officer:
        return _visible_to_people(user)
    return visible_to_staff(staff_scope(user))


def _visible_to_people(user) -> QuerySet[Project]:
    """The projects of the person's roles and of their organisation's financing, read first
    as one list of ids: under an OR of subqueries PostgreSQL read every project of the
    portfolio to find a manager's twenty."""
    roles = ProjectRole.objects.filter(user=user).order_by().values_list("project_id", "role")
    if user.organisation_id is not None:
        for scope in extensions.financier_scopes:
            roles = roles.union(scope(user.organisation_id).order_by().annotate(
                role=Value(RoleKind.FINANCIER)), all=True)
    rows = list(roles)
    seen = sorted({pk for pk, _role in rows})
    if len(seen) > LITERAL_IDS:  # an organisation financing hundreds: asked as subqueries
        return Project.objects.filter(
            Q(pk__in=_written_by(user))
            | (~NEVER_SUBMITTED & (Q(pk__in=ProjectRole.objects.filter(user=user)
                                     .values("project_id"))
                                   | financed_by(user.organisation_id))))
    written = sorted({pk for pk, role in rows if role in WRITERS})
    condition = ~NEVER_SUBMITTED & Q(pk__in=seen)
    if written:
        condition |= Q(pk__in=written)
    return Project.objects.filter(condition)


@dataclass(frozen=True)
class StaffScope:
    """What a funding body's staff member sees: the programmes of their body, the projects
    outside them in which they have a role (usually none), and those they write anywhere
    (whose drafts they see)."""

    programmes: tuple[int, ...]
    own: tuple[int, ...]
    drafts: tuple[int, ...]


def visible_to_staff(scope: StaffScope) -> QuerySet[Project]:
    # Literal lists, not subqueries under an OR: PostgreSQL then counts a funding body's
    # portfolio from the programme index alone and reads page 1 along the title index.
    condition = Q(programme_id__in=scope.programmes) & ~NEVER_SUBMITTED
    if scope.own:
        condition |= Q(pk__in=scope.own) & ~NEVER_SUBMITTED
    if scope.drafts:
        condition |= Q(pk__in=scope.drafts)
    return Project.objects.filter(condition)


def _written_by(user):
    return ProjectRole.objects.filter(user=user, role__in=WRITERS).values("project_id")


def staff_scope(user) -> StaffScope:
    """A case officer's or administrator's scope, in one query, each list in order (lists
    kept under the statement they make are then shared by everyone with the same scope)."""
    of_body = Programme.objects.filter(funding_body_id=user.funding_body_id).order_by()
    # Most of the staff have no project role (read with the person): their body's
    # programmes are then all there is to ask.
    if getattr(user, "has_project_role", None) is False:
        return StaffScope(tuple(sorted(of_body.values_list("pk", flat=True))), (), ())
    programmes = of_body.annotate(kind=Value(0)).values_list("pk", "kind")
    own = (ProjectRole.objects.filter(user=user)
           .exclude(project__programme__funding_body_id=user.funding_body_id)
           .order_by().annotate(kind=Value(1)).values_list("project_id", "kind"))
    writes = (ProjectRole.objects.filter(user=user, role__in=WRITERS)
              .order_by().annotate(kind=Value(2)).values_list("project_id", "kind"))
    rows = list(programmes.union(own, writes, all=True))

    def of(wanted: int) -> tuple[int, ...]:
        return tuple(sorted(pk for pk, kind in rows if kind == wanted))

    return StaffScope(of(0), of(1), of(2))


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
    lifecycle = lifecycle_of(project)
    if (role is None and not staff and lifecycle.was_submitted
            and user.is_authenticated and user.organisation_id is not None
            and Project.objects.filter(financed_by(user.organisation_id), pk=project.pk)
            .exists()):
        role = RoleKind.FINANCIER  # their organisation co-finances the project
    if not lifecycle.was_submitted and role not in WRITERS:
        # Not theirs to see yet: no role and no staff rights, so no ability of any app (nor
        # a service asked directly) lets them act on the draft.
        role, staff = None, False
    return ProjectAccess(
        project=project,
        role=role,
        is_funding_body_staff=staff,
        is_administrator=staff and (user.is_superuser or user.is_administrator),
        lifecycle=lifecycle,
    )


def project_for(user, slug: str, ability: str = "can_view") -> tuple[Project, ProjectAccess]:
    """The project and the person's access to it: 404 if invisible, 403 if not allowed."""
    try:  # `get` rather than `first`: a slug is unique, so no ordering to add (every page)
        project = Project.objects.select_related("programme", "programme__funding_body").get(
            slug=slug)
    except Project.DoesNotExist:
        raise Http404 from None
    access = access_for(user, project)
    if not access.can_view:
        raise Http404
    return project, access.require(ability)


A = TypeVar("A", bound=Abilities)


def abilities_for(user, slug: str, abilities: type[A], ability: str = "can_view"
                  ) -> tuple[Project, A]:
    """Like project_for, with an app's own abilities: `abilities_for(user, slug,
    FinanceAccess, "can_edit_budgets")`."""
    project, access = project_for(user, slug)
    return project, abilities(access).require(ability)
