"""Reads: the querysets pages show, shaped so their query count does not grow with the data."""

from django.core.paginator import Paginator
from django.db.models import Case, OuterRef, Prefetch, Q, QuerySet, Subquery, When
from django.utils.functional import cached_property

from portal.models import AuditEntry, Organisation, OrganisationKind
from projects.access import visible_projects
from projects.models import (
    Document,
    DocumentKind,
    DocumentVersion,
    Participation,
    ParticipationRole,
    Project,
    SectionState,
)
from projects.read_models import ProjectCard
from projects.sections import PREFETCH


def project_list(user) -> QuerySet[Project]:
    """The projects a person may see, for filtering; read them as cards (`project_cards`)."""
    return visible_projects(user).order_by("title", "pk")


def project_cards(projects: QuerySet[Project]) -> QuerySet:
    """Rows of the card columns only; `ProjectCard.from_row` makes each a card."""
    owners = Participation.objects.filter(
        project=OuterRef("pk"), role=ParticipationRole.OWNER
    ).values("organisation__name")[:1]
    return projects.annotate(owner_name=Subquery(owners)).values(*ProjectCard.COLUMNS)


def cards(rows) -> list[ProjectCard]:
    return [ProjectCard.from_row(row) for row in rows]


class CardPaginator(Paginator):
    """Pages of project cards, counted on the filtered projects alone: the count reads no
    columns and looks up no owner, and the page reads only the card's columns."""

    def __init__(self, projects: QuerySet[Project], per_page: int, **options):
        self.projects = projects
        super().__init__(project_cards(projects), per_page, **options)

    @cached_property
    def count(self) -> int:
        return self.projects.order_by().count()

    def page(self, number):
        """The page's projects found first by their ids alone, then read as cards: the owner
        is looked up for the fifty shown, not for every project before the offset."""
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        top = min(bottom + self.per_page, self.count)
        ordering = self.projects.query.order_by or ("title", "pk")
        ids = self.projects.values("pk")[bottom:top]
        rows = project_cards(Project.objects.filter(pk__in=ids).order_by(*ordering))
        return self._get_page(cards(rows), number, self)


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


def application_versions(project: Project) -> QuerySet[DocumentVersion]:
    return DocumentVersion.objects.filter(
        document__project=project, document__kind=DocumentKind.APPLICATION
    ).select_related("created_by").order_by("number")


def project_history(project: Project) -> QuerySet[AuditEntry]:
    return AuditEntry.objects.filter(project_id=project.pk).select_related("actor")
