from django.db import transaction
from django.utils.translation import gettext as _

from portal.audit import record_event
from projects.access import access_for
from projects.models import Project, ProjectRole, RoleKind
from projects.services.errors import NotAllowed, ServiceError


def _locked_for_manager(project: Project, actor) -> Project:
    """The project locked for this transaction, once the person's right is checked on it:
    two managers changing the team at once wait for each other, so neither can remove the
    last other manager unseen."""
    locked = (Project.objects.select_for_update().select_related("programme")
              .get(pk=project.pk))
    if not access_for(actor, locked).can_manage_team:
        raise NotAllowed(_("Only the project manager manages the team."))
    return locked


@transaction.atomic
def set_role(*, project: Project, actor, user, role: str) -> ProjectRole:
    project = _locked_for_manager(project, actor)
    if role not in RoleKind.values:
        raise ServiceError(_("Not a role in a project: %(role)s") % {"role": role})
    existing = ProjectRole.objects.select_for_update().filter(project=project, user=user).first()
    if existing and existing.role == RoleKind.MANAGER and role != RoleKind.MANAGER:
        _keep_a_manager(project, existing)
    old = existing.role if existing else ""
    membership, _created = ProjectRole.objects.update_or_create(
        project=project, user=user, defaults={"role": role}
    )
    record_event(actor=actor, obj=membership, action="team", project_id=project.pk,
                 old=old, detail=role)
    return membership


@transaction.atomic
def remove_role(*, project: Project, actor, user_id: int) -> None:
    project = _locked_for_manager(project, actor)
    membership = ProjectRole.objects.select_for_update().filter(
        project=project, user_id=user_id
    ).first()
    if membership is None:
        raise ServiceError(_("That person has no role in the project."))
    if membership.role == RoleKind.MANAGER:
        _keep_a_manager(project, membership)
    record_event(actor=actor, obj=membership, action="team", project_id=project.pk,
                 old=membership.role, detail="")
    membership.delete()


def _keep_a_manager(project: Project, leaving: ProjectRole) -> None:
    others = project.roles.filter(role=RoleKind.MANAGER).exclude(pk=leaving.pk)
    if not others.exists():
        raise ServiceError(_("A project must keep at least one project manager."))
