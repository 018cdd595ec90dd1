"""Reads: the querysets pages show, shaped so their query count does not grow with the data."""

from django.db.models import OuterRef, Prefetch, QuerySet, Subquery

from portal.models import AuditEntry
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
