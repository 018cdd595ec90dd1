"""Creating a project: a draft application whose creator becomes its project manager."""

from django.db import transaction

from portal.audit import record_event
from projects.models import (
    Document,
    DocumentKind,
    Participation,
    ParticipationRole,
    Programme,
    Project,
    ProjectRole,
    RoleKind,
    SectionState,
)
from projects.sections import SECTIONS


@transaction.atomic
def create_project(
    *, actor, title: str, slug: str, programme: Programme, owner=None
) -> Project:
    """A new draft whose creator becomes its project manager."""
    project = Project(title=title, slug=slug, programme=programme, created_by=actor)
    project.full_clean()
    project.save()
    ProjectRole.objects.create(project=project, user=actor, role=RoleKind.MANAGER)
    application = Document.objects.create(project=project, kind=DocumentKind.APPLICATION,
                                          created_by=actor)
    SectionState.objects.bulk_create(
        SectionState(document=application, section=section.key) for section in SECTIONS
    )
    if owner is not None:
        Participation.objects.create(
            project=project, organisation=owner, role=ParticipationRole.OWNER
        )
    record_event(actor=actor, obj=project, action="create", project_id=project.pk)
    return project
