"""Team invitations: the manager invites an e-mail address to a role; whoever opens the link
and is logged in joins the project in that role, once, within the time the link is valid.

Nothing here tells the inviter whether the address belongs to an account."""

import hashlib
import secrets
import smtplib
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext as _

from portal.audit import record_event
from projects.access import access_for
from projects.models import Invitation, Project, ProjectRole, RoleKind
from projects.services.errors import ServiceError

VALID_FOR = timedelta(days=14)


class MailNotSent(ServiceError):
    pass


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@dataclass(frozen=True)
class Sent:
    invitation: Invitation
    token: str  # only in the mail; the database keeps its hash


@transaction.atomic
def invite(*, project: Project, actor, email: str, role: str, accept_url) -> Sent:
    """Invite `email` to `role` and send the link; `accept_url(token)` makes its address."""
    locked = Project.objects.select_for_update().get(pk=project.pk)
    if not access_for(actor, locked).can_manage_team:
        raise ServiceError(_("Only the project manager manages the team."))
    if role not in RoleKind.values:
        raise ServiceError(_("Choose a role."))
    email = email.strip()
    token = secrets.token_urlsafe(32)
    invitation = Invitation.objects.create(
        project=locked, email=email, role=role, token_hash=token_hash(token), invited_by=actor,
        expires_at=timezone.now() + VALID_FOR)
    record_event(actor=actor, obj=invitation, action="team:invite", project_id=locked.pk,
                 detail=role)
    link = accept_url(token)
    context = {"project": locked, "inviter": actor, "role": invitation.get_role_display(),
               "link": link, "expires_at": invitation.expires_at}
    try:
        # Sent inside the transaction: a mail server that refuses leaves no invitation
        # behind that nobody received.
        send_mail(subject=_("Invitation to the project “%(title)s”") % {"title": locked.title},
                  message=render_to_string("projects/email/invitation.txt", context),
                  from_email=settings.DEFAULT_FROM_EMAIL, recipient_list=[email])
    except (OSError, smtplib.SMTPException) as error:
        raise MailNotSent(_("The invitation could not be sent (the mail server did not "
                            "accept it). Try again later.")) from error
    return Sent(invitation, token)


def pending_invitation(token: str) -> Invitation | None:
    """The invitation a link names while it can still be accepted, else None."""
    found = (Invitation.objects.select_related("project", "invited_by")
             .filter(token_hash=token_hash(token)).first())
    if found is None or found.accepted_at or found.withdrawn_at:
        return None
    return found if found.expires_at > timezone.now() else None


@transaction.atomic
def accept(*, token: str, actor) -> ProjectRole:
    """The logged-in person joins the project; a link works once."""
    invitation = Invitation.objects.select_for_update().filter(
        token_hash=token_hash(token)).first()
    if (invitation is None or invitation.accepted_at or invitation.withdrawn_at
            or invitation.expires_at <= timezone.now()):
        raise ServiceError(_("This invitation is no longer valid. Ask the project manager "
                             "for a new one."))
    Project.objects.select_for_update().get(pk=invitation.project_id)
    role = ProjectRole.objects.filter(project_id=invitation.project_id, user=actor).first()
    if role is None:
        role = ProjectRole.objects.create(project_id=invitation.project_id, user=actor,
                                          role=invitation.role)
        record_event(actor=actor, obj=role, action="team", project_id=invitation.project_id,
                     detail=invitation.role)
    invitation.accepted_at, invitation.accepted_by = timezone.now(), actor
    invitation.save(update_fields=["accepted_at", "accepted_by"])
    record_event(actor=actor, obj=invitation, action="team:accept",
                 project_id=invitation.project_id, detail=role.role)
    return role


@transaction.atomic
def withdraw(*, project: Project, actor, invitation_id: int) -> None:
    Project.objects.select_for_update().get(pk=project.pk)
    if not access_for(actor, project).can_manage_team:
        raise ServiceError(_("Only the project manager manages the team."))
    invitation = Invitation.objects.select_for_update().filter(
        project=project, pk=invitation_id, accepted_at__isnull=True,
        withdrawn_at__isnull=True).first()
    if invitation is None:
        raise ServiceError(_("That invitation has already been accepted or withdrawn."))
    invitation.withdrawn_at = timezone.now()
    invitation.save(update_fields=["withdrawn_at"])
    record_event(actor=actor, obj=invitation, action="team:withdraw", project_id=project.pk,
                 old=invitation.role)
