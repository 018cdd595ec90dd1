"""The project team: who has which role. The manager (and the funding body's administrator)
invites people by e-mail, changes their role or removes them; an invitation is accepted by
its link."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from projects.access import project_for
from projects.forms_team import InvitationForm, RemovalForm, RoleChangeForm, WithdrawalForm
from projects.pages import project_context
from projects.services import invitations
from projects.services.errors import ServiceError
from projects.services.team import remove_role, set_role

NOT_IN_TEAM = _("That person is not in the team any more; reload the page.")


@login_required
def team(request, slug):
    project, access = project_for(request.user, slug)
    form = InvitationForm(request.POST if "email" in request.POST else None)
    if request.method == "POST":
        access.require("can_manage_team")
        try:
            done = _change(request, project, form)
        except ServiceError as error:
            messages.error(request, str(error))
        else:
            if done:
                messages.success(request, done)
                return redirect("projects:team", slug=slug)
    roles = project.roles.select_related("user", "user__organisation").order_by("role")
    pending = (project.invitations.filter(accepted_at__isnull=True, withdrawn_at__isnull=True,
                                          expires_at__gt=timezone.now())
               .order_by("-created_at") if access.can_manage_team else [])
    return render(request, "projects/team.html", project_context(
        project, access, "projects:team", roles=roles, form=form, pending=pending,
        role_choices=RoleChangeForm.base_fields["role"].choices,
    ))


def _change(request, project, form) -> str:
    """What the manager asked for, done; the message to show, or "" when the form has
    errors to show where they were typed."""
    posted = request.POST
    if "remove" in posted:
        removal = RemovalForm(posted)
        if not removal.is_valid():
            raise ServiceError(NOT_IN_TEAM)
        remove_role(project=project, actor=request.user, user_id=removal.cleaned_data["remove"])
        return _("The person was removed from the project.")
    if "withdraw" in posted:
        withdrawal = WithdrawalForm(posted)
        if not withdrawal.is_valid():
            raise ServiceError(_("That invitation has already been accepted or withdrawn."))
        invitations.withdraw(project=project, actor=request.user,
                             invitation_id=withdrawal.cleaned_data["withdraw"])
        return _("The invitation was withdrawn; its link no longer works.")
    if "member" in posted:
        change = RoleChangeForm(posted)
        member = (project.roles.filter(user_id=change.cleaned_data["member"]).first()
                  if change.is_valid() else None)
        if member is None:
            raise ServiceError(NOT_IN_TEAM)
        set_role(project=project, actor=request.user, user=member.user,
                 role=change.cleaned_data["role"])
        return _("The role was changed.")
    if form.is_bound and form.is_valid():
        email = form.cleaned_data["email"]
        invitations.invite(
            project=project, actor=request.user, email=email, role=form.cleaned_data["role"],
            accept_url=lambda token: request.build_absolute_uri(
                reverse("projects:invitation", args=[token])))
        return _("An invitation was sent to %(email)s. The person joins the team when they "
                 "accept it.") % {"email": email}
    if not form.is_bound:
        raise ServiceError(_("Nothing was changed."))
    return ""


@login_required
def invitation(request, token):
    """The invitation a link names: who invites to which project and role; accepting it
    adds the logged-in person to the team."""
    found = invitations.pending_invitation(token)
    if request.method == "POST" and found is not None:
        try:
            role = invitations.accept(token=token, actor=request.user)
        except ServiceError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, _("You are now in the project team as %(role)s.")
                             % {"role": role.get_role_display().lower()})
            return redirect(found.project)
    return render(request, "projects/invitation.html", {"invitation": found},
                  status=200 if found else 404)
