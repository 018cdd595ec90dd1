"""Creating a project: a draft application whose creator becomes its project manager."""

from django.db import transaction
from django.utils.translation import gettext as _

from portal.audit import record_event
from portal.models import Organisation, User
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
from projects.services.errors import NotAllowed


@transaction.atomic
def create_project(*, actor: User, title: str, slug: str, programme: Programme,
                   owner: Organisation | None = None) -> Project:
    """A new draft whose creator becomes its project manager, in a programme open for
    applications."""
    if not actor.is_authenticated:
        raise NotAllowed(_("Log in to write an application."))
    locked = Programme.objects.select_for_update().get(pk=programme.pk)
    if not locked.is_open:
        raise NotAllowed(_("The programme “%(programme)s” takes no applications now.")
                         % {"programme": locked.name})
    return _new_draft(actor, title, slug, locked, owner)


@transaction.atomic
def import_project(*, actor: User, title: str, slug: str, programme: Programme,
                   owner: Organisation | None = None) -> Project:
    """An application written before the portal, brought in from its source document: the
    same draft as `create_project`, in a programme that may since have closed. Its content is
    then written through the same section saves as a page's."""
    return _new_draft(actor, title, slug, programme, owner)


def _new_draft(actor: User, title: str, slug: str, programme: Programme,
               owner: Organisation | None) -> Project:
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
