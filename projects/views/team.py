"""The project team: who has which role. The manager (and the funding body's administrator)
adds people by user name or e-mail, changes their role or removes them."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from projects.access import project_for
from projects.forms_team import TeamMemberForm
from projects.pages import project_context
from projects.services.errors import ServiceError
from projects.services.team import remove_role, set_role


@login_required
def team(request, slug):
    project, access = project_for(request.user, slug)
    form = TeamMemberForm(request.POST or None)
    if request.method == "POST":
        access.require("can_manage_team")
        try:
            if "remove" in request.POST:
                remove_role(project=project, actor=request.user,
                            user_id=int(request.POST["remove"]))
                messages.success(request, _("The person was removed from the project."))
                return redirect("projects:team", slug=slug)
            if form.is_valid():
                set_role(project=project, actor=request.user,
                         user=form.cleaned_data["person"], role=form.cleaned_data["role"])
                messages.success(request, _("The team has been updated."))
                return redirect("projects:team", slug=slug)
        except (ServiceError, ValueError) as error:
            messages.error(request, str(error))
    roles = project.roles.select_related("user", "user__organisation").order_by("role")
    return render(request, "projects/team.html", project_context(
        project, access, "projects:team", roles=roles, form=form,
    ))
