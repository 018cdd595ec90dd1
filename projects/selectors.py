"""Reads: the querysets pages show, shaped so their query count does not grow with the data."""

from django.db.models import OuterRef, Prefetch, QuerySet, Subquery

from portal.models import AuditEntry
from projects.access import visible_projects
from projects.models import Participation, ParticipationRole, Project, SectionState
from projects.sections import PREFETCH


def project_list(user) -> QuerySet[Project]:
    owners = Participation.objects.filter(
        project=OuterRef("pk"), role=ParticipationRole.OWNER
    ).values("organisation__name")[:1]
    return (
        visible_projects(user)
        .select_related("programme")
        .annotate(owner_name=Subquery(owners))
        .order_by("title")
    )


def project_with_application(slug: str) -> Project:
    return (
        Project.objects.select_related("programme", "programme__funding_body")
        .prefetch_related(
            *PREFETCH,
            "participations__organisation",
            "group_members__organisation",
            "staff__organisation",
            Prefetch("section_states", queryset=SectionState.objects.select_related("saved_by")),
        )
        .get(slug=slug)
    )


def project_history(project: Project) -> QuerySet[AuditEntry]:
    return AuditEntry.objects.filter(project_id=project.pk).select_related("actor")
