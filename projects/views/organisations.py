"""The organisation chooser's suggestions, and adding an organisation that is not in the list.
Both are project pages: the person reaches them through the project's access check."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from portal import organisation_chooser
from projects.access import project_for
from projects.forms_organisation import OrganisationForm
from projects.services.errors import NotAllowed
from projects.services.organisations import InvalidOrganisation, NewOrganisation, add_organisation
from projects.views.common import project_context


@login_required
@require_GET
def organisation_search(request, slug):
    """HTMX: the options of one chooser's listbox for the text typed so far."""
    project_for(request.user, slug)
    field = request.GET.get("field", "")
    text = request.GET.get(field, "") if field.endswith(organisation_chooser.SEARCH_SUFFIX) \
        else request.GET.get("q", "")
    target = "".join(c for c in request.GET.get("for", "chooser") if c.isalnum() or c in "-_")
    return render(request, "includes/organisation_options.html", {
        "organisations": organisation_chooser.search(text), "for": target or "chooser",
        "text": text.strip(),
    })


@login_required
def organisation_add(request, slug):
    project, access = project_for(request.user, slug)
    access.require("can_edit_application")
    back = request.POST.get("next") or request.GET.get("next") or ""
    if not url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()},
                                           require_https=request.is_secure()):
        back = ""
    back = back or reverse("projects:section", args=[slug, "organisation"])
    form = OrganisationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            organisation = add_organisation(actor=request.user, project=project,
                                            data=NewOrganisation(**form.cleaned_data))
        except InvalidOrganisation as error:
            for name, message in error.errors.items():
                form.add_error(name if name in form.fields else None, message)
        except NotAllowed as error:
            messages.error(request, str(error))
        else:
            messages.success(request, _("“%(name)s” is in the list now: choose it by typing "
                                        "part of its name.") % {"name": organisation.name})
            return redirect(back)
    return render(request, "projects/organisation_add.html", project_context(
        project, access, "projects:overview", form=form, back=back))
