"""Reads: the querysets pages show, shaped so their query count does not grow with the data."""

from collections.abc import Iterable

from django.core.exceptions import EmptyResultSet
from django.core.paginator import Paginator
from django.db.models import (
    Case,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
    When,
    prefetch_related_objects,
)
from django.utils.functional import cached_property
from django.utils.translation import get_language

from portal import stamps
from portal.models import AuditEntry, Organisation, OrganisationKind
from projects.access import staff_scope, visible_projects, visible_to_staff
from projects.list_rows import CardRows
from projects.models import (
    ChangeRequest,
    ChangeRequestStatus,
    Document,
    DocumentKind,
    DocumentVersion,
    Participation,
    ParticipationRole,
    Project,
    ProjectRole,
    RoleKind,
    SectionState,
    StatusChange,
    VersionKind,
)
from projects.read_models import (
    Participant,
    ProjectCard,
    ProjectSummary,
    StatusStep,
    TeamMember,
    VersionSummary,
)
from projects.sections import PREFETCH, Section


def project_list(user) -> QuerySet[Project]:
    """The projects a person may see, for filtering; read them as cards (`project_cards`)."""
    return visible_projects(user).order_by("title", "pk")


# Beyond this many projects of their own outside their body's programmes, a staff member's
# list is read afresh on every visit rather than kept under a stamp for each.
KEPT_OWN_PROJECTS = 20


def listed_projects(user) -> tuple[QuerySet[Project], stamps.Stamped | None]:
    """`project_list`, and for a funding body's staff the stamps that move with every change
    of what their list can show: their body's portfolio stamp (every project of its programmes
    they see was submitted, so its every change moves it), the reference data's (names of
    organisations and programmes) and those of their own projects elsewhere. Others (project
    people, financiers) see projects of many bodies, found through roles and financing lines,
    which no few stamps cover: theirs are read afresh."""
    if not user.is_authenticated or user.is_superuser or not user.is_case_officer \
            or user.funding_body_id is None:
        return project_list(user), None
    scope = staff_scope(user)
    projects = visible_to_staff(scope).order_by("title", "pk")
    own = sorted({*scope.own, *scope.drafts})
    if len(own) > KEPT_OWN_PROJECTS:
        return projects, None
    return projects, stamps.Stamped(stamps.funding_body_key(user.funding_body_id),
                                    stamps.REFERENCE, *map(stamps.project_key, own))


def project_cards(projects: QuerySet[Project]) -> QuerySet:
    """Rows of the card columns only; `ProjectCard.from_row` makes each a card."""
    owners = Participation.objects.filter(
        project=OuterRef("pk"), role=ParticipationRole.OWNER
    ).values("organisation__name")[:1]
    return projects.annotate(owner_name=Subquery(owners)).values(*ProjectCard.COLUMNS)


def cards(rows) -> CardRows:
    return CardRows(ProjectCard.from_row(row) for row in rows)


def _statement(projects: QuerySet) -> tuple | None:
    """What a queryset asks, whole (its scope, filters and ordering); None when it asks for
    nothing (an empty scope), which is answered without the database."""
    try:
        return projects.query.sql_with_params()
    except EmptyResultSet:
        return None


class CardPaginator(Paginator):
    """Pages of project cards, counted on the filtered projects alone: the count reads no
    columns and looks up no owner, and the page reads only the card's columns.

    Given the stamps of what the list shows (`listed_projects`), the count and each page are
    kept under them and the statement that selects the projects (`portal.stamps`), so a
    funding body's officers share them until a project of the body changes; `written` keeps
    a page's rows with their markup, for the list page."""

    def __init__(self, projects: QuerySet[Project], per_page: int, *,
                 stamped: stamps.Stamped | None = None, written: bool = False, **options):
        self.projects = projects
        self.written = written
        self.statement = _statement(projects) if stamped is not None else None
        self.stamped = stamped if self.statement is not None else None
        super().__init__(project_cards(projects), per_page, **options)

    def _kept(self, name: str, parts: tuple, build):
        if self.stamped is None:
            return build()
        return self.stamped.kept(name, (self.statement, *parts), build)

    @cached_property
    def count(self) -> int:
        return self._kept("project-list-count", (), self.projects.order_by().count)

    def page(self, number):
        """The page's projects found first by their ids alone, then read as cards: the owner
        is looked up for the fifty shown, not for every project before the offset."""
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        top = min(bottom + self.per_page, self.count)
        ordering = self.projects.query.order_by or ("title", "pk")

        def read() -> CardRows:
            ids = self.projects.values("pk")[bottom:top]
            rows = cards(project_cards(Project.objects.filter(pk__in=ids).order_by(*ordering)))
            if self.written:
                rows.markup  # noqa: B018 - written now, to be kept with the rows
            return rows
        rows = self._kept("project-list-page", (bottom, top, self.written, get_language()),
                          read)
        return self._get_page(rows, number, self)


MUNICIPALITY_SUGGESTIONS = 20


def municipalities_named(text: str) -> QuerySet[Organisation]:
    """The first municipalities whose name starts with the text, then those containing it."""
    text = text.strip()
    found = Organisation.objects.filter(kind=OrganisationKind.MUNICIPALITY)
    if text:
        found = found.filter(Q(name__icontains=text) | Q(municipality_code=text)).annotate(
            starts=Case(When(name__istartswith=text, then=0), default=1))
        found = found.order_by("starts", "name")
    return found.only("name", "municipality_code")[:MUNICIPALITY_SUGGESTIONS]


def project_with_application(slug: str) -> Project:
    return (
        Project.objects.select_related("programme", "programme__funding_body")
        .prefetch_related(
            *PREFETCH,
            "participations__organisation",
            "group_members__organisation",
            "staff__organisation",
        )
        .get(slug=slug)
    )


def application_with_rows(slug: str) -> Document:
    """The application document with its project, rows and section states, in a fixed
    number of queries."""
    project = project_with_application(slug)
    document = (Document.objects.filter(project=project, kind=DocumentKind.APPLICATION)
                .prefetch_related(Prefetch("section_states",
                                           queryset=SectionState.objects.select_related(
                                               "saved_by")))
                .get())
    document.project = project
    return document


# The row lists whose rows name an organisation: read in one join where the names are shown.
ROWS_NAMING_ORGANISATIONS = frozenset({"participations", "group_members", "staff"})


def application_of_project(project: Project, *, rows_of: Iterable[Section] = (),
                           organisations: bool = False,
                           section_states: bool = False) -> Document:
    """The application document of a project already read (`project_for`), with the rows of
    the sections named only (and their organisations, for pages that show their names) and,
    if asked, every section's state: a page reads the project once and only the rows it
    shows, however many lists the application has."""
    documents = Document.objects.filter(project_id=project.pk, kind=DocumentKind.APPLICATION)
    if section_states:
        documents = documents.prefetch_related(Prefetch(
            "section_states", queryset=SectionState.objects.select_related("saved_by")))
    document = documents.get()
    document.project = project
    read_rows(project, rows_of, organisations=organisations)
    return document


def read_rows(project: Project, sections: Iterable[Section], *, organisations: bool) -> None:
    """The rows of the sections named, onto the project (and their organisations)."""
    prefetch_related_objects([project], *(
        Prefetch(rows.name, queryset=rows.model._default_manager.select_related("organisation"))
        if organisations and rows.name in ROWS_NAMING_ORGANISATIONS else rows.name
        for section in sections for rows in section.lists))


def application_versions(project: Project) -> QuerySet[DocumentVersion]:
    return DocumentVersion.objects.filter(
        document__project=project, document__kind=DocumentKind.APPLICATION
    ).select_related("created_by").order_by("number")


def project_history(project: Project) -> QuerySet[AuditEntry]:
    return AuditEntry.objects.filter(project_id=project.pk).select_related("actor")


# Read models for reports, dashboards and the API: plain frozen records, a fixed number of
# queries each, whatever the size of the project.

def _name(first: str, last: str, username: str) -> str:
    return f"{first} {last}".strip() or username


def project_card(project: Project) -> ProjectCard:
    return cards(project_cards(Project.objects.filter(pk=project.pk)))[0]


def project_summary(project: Project) -> ProjectSummary:
    """The project's header facts, in six queries."""
    programme = (Project.objects.filter(pk=project.pk)
                 .values("programme__slug", "programme__funding_body__name",
                         "programme__application_form").get())
    managers = ProjectRole.objects.filter(project=project, role=RoleKind.MANAGER).order_by(
        "user__last_name", "user__first_name").values_list(
        "user__first_name", "user__last_name", "user__username")
    participants = Participation.objects.filter(project=project).order_by(
        "role", "organisation__name").values_list(
        "organisation_id", "organisation__name", "organisation__kind", "role",
        "organisation__municipality_code")
    return ProjectSummary(
        card=project_card(project),
        programme_slug=programme["programme__slug"],
        funding_body=programme["programme__funding_body__name"],
        application_form=programme["programme__application_form"],
        managers=tuple(_name(*row) for row in managers),
        participants=tuple(Participant(*row) for row in participants),
        version_in_force=version_in_force(project),
    )


def version_in_force(project: Project) -> int | None:
    """The number of the application's version the funding body last approved: the approved
    application, or a change request approved since."""
    approved = DocumentVersion.objects.filter(
        document__project=project, document__kind=DocumentKind.APPLICATION,
        kind=VersionKind.APPROVED).order_by("-number").values_list("number", flat=True).first()
    changed = (ChangeRequest.objects.filter(project=project,
                                            status=ChangeRequestStatus.APPROVED,
                                            version__isnull=False)
               .order_by("-version__number").values_list("version__number", flat=True).first())
    numbers = [n for n in (approved, changed) if n is not None]
    return max(numbers) if numbers else None


def project_team(project: Project) -> list[TeamMember]:
    """Managers first, then members and the other roles, in the order roles are listed."""
    rank = {role: position for position, role in enumerate(RoleKind.values)}
    rows = ProjectRole.objects.filter(project=project).order_by(
        "user__last_name", "user__first_name", "user_id").values_list(
        "user_id", "user__first_name", "user__last_name", "user__username", "user__email",
        "user__organisation__name", "role")
    members = [TeamMember(user_id=pk, name=_name(first, last, username), email=email,
                          organisation=organisation, role=role)
               for pk, first, last, username, email, organisation, role in rows]
    return sorted(members, key=lambda member: rank.get(member.role, len(rank)))


def version_summaries(project: Project) -> list[VersionSummary]:
    rows = application_versions(project).values_list(
        "number", "kind", "created_at", "created_by__first_name", "created_by__last_name",
        "created_by__username")
    return [VersionSummary(number, kind, at, _name(first, last, user) if user else None)
            for number, kind, at, first, last, user in rows]


def status_history(project: Project) -> list[StatusStep]:
    rows = StatusChange.objects.filter(
        project=project, document__kind=DocumentKind.APPLICATION).order_by("at", "pk").values_list(
        "from_status", "to_status", "at", "actor__first_name", "actor__last_name",
        "actor__username", "comment")
    return [StatusStep(old, new, at, _name(first, last, user) if user else None, comment)
            for old, new, at, first, last, user, comment in rows]
