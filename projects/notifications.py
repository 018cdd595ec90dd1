"""E-mails to the people a workflow step concerns: the funding body's case officers when
something waits for their decision, the project's team when the decision is made. Sent once
the step's transaction commits, never to the person who acted, never to someone who turned
them off (`NotificationSetting`)."""

from django.conf import settings
from django.core.mail import send_mass_mail
from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from portal.models import StaffRole, User
from projects.models import Project, ProjectRole, RoleKind

# step: (who is told, subject)
FOR_CASE_OFFICERS, FOR_TEAM = "case_officers", "team"
EVENTS = {
    "submit": (FOR_CASE_OFFICERS, gettext_lazy("Application submitted: %(title)s")),
    "return": (FOR_TEAM, gettext_lazy("Application returned for completion: %(title)s")),
    "approve": (FOR_TEAM, gettext_lazy("Application approved: %(title)s")),
    "reject": (FOR_TEAM, gettext_lazy("Application rejected: %(title)s")),
    "submit_final_report": (FOR_CASE_OFFICERS, gettext_lazy("Final report submitted: %(title)s")),
    "return_final_report": (FOR_TEAM, gettext_lazy("Final report returned: %(title)s")),
    "change_request:submit": (FOR_CASE_OFFICERS,
                              gettext_lazy("Change request submitted: %(title)s")),
    "change_request:approve": (FOR_TEAM, gettext_lazy("Change request approved: %(title)s")),
    "change_request:return": (FOR_TEAM, gettext_lazy("Change request returned: %(title)s")),
}
TEAM_TOLD = (RoleKind.MANAGER, RoleKind.MEMBER)


def recipients(project: Project, audience: str, actor) -> list[User]:
    if audience == FOR_CASE_OFFICERS:
        people = User.objects.filter(funding_body_id=project.programme.funding_body_id,
                                     staff_role=StaffRole.CASE_OFFICER)
        # No one decides, nor is asked to decide, an application they have a role in.
        people = people.exclude(pk__in=ProjectRole.objects.filter(project=project)
                                .values("user_id"))
    else:
        people = User.objects.filter(pk__in=ProjectRole.objects.filter(
            project=project, role__in=TEAM_TOLD).values("user_id"))
    people = people.filter(is_active=True).exclude(email="").exclude(
        Q(notification_setting__email=False))
    if getattr(actor, "pk", None) is not None:
        people = people.exclude(pk=actor.pk)
    return list(people.order_by("pk"))


def project_language(project: Project) -> str:
    return "nb" if project.programme.country == "NO" else settings.LANGUAGE_CODE


def notify(project: Project, event: str, actor, comment: str = "") -> None:
    """Tell the people `event` concerns, after the current transaction commits."""
    if event not in EVENTS:
        return
    audience, subject = EVENTS[event]
    people = recipients(project, audience, actor)
    if not people:
        return
    site = settings.PORTAL_URL  # the portal's address links in a mail start with
    with translation.override(project_language(project)):
        title = str(subject) % {"title": project.title}
        lines = [title, ""]
        if comment:
            lines += [_("Comment:"), comment, ""]
        lines += [
            _("Open the project: %(url)s") % {
                "url": site + reverse("projects:overview", args=[project.slug])},
            "",
            _("You can turn these e-mails off on your account page: %(url)s") % {
                "url": site + reverse("projects:notifications")},
        ]
    body = "\n".join(lines)
    messages = [(title, body, settings.DEFAULT_FROM_EMAIL, [person.email]) for person in people]
    transaction.on_commit(lambda: send_mass_mail(messages, fail_silently=True))
