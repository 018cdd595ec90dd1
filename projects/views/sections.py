"""One application section: read it, or edit and save it on its own."""

import copy

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from projects import selectors
from projects.access import project_for
from projects.forms import section_form_class, section_formsets
from projects.models import SectionState
from projects.sections import get_section, sections_for
from projects.services.applications import save_section
from projects.services.errors import SectionConflict
from projects.snapshot import section_content
from projects.views.common import project_context


@login_required
def section_edit(request, slug, key):
    _project, access = project_for(request.user, slug)
    project = selectors.project_with_application(slug)
    section = get_section(project, key)
    if section is None:
        raise Http404
    if request.method == "POST":
        access.require("can_edit_application")
    form_class = section_form_class(section)
    state, _created = SectionState.objects.get_or_create(project=project, section=key)
    conflict = None

    if request.method == "POST":
        # Validation writes the typed values onto the instance; the page header must keep
        # showing what is saved, so the form gets its own copy.
        form = form_class(request.POST, instance=copy.copy(project))
        formsets = section_formsets(section, project, request.POST)
        revision = _posted_revision(request)
        if form.is_valid() and all(f.is_valid() for f in formsets):
            try:
                save_section(project=project, section=section, actor=request.user, form=form,
                             formsets=formsets, expected_revision=revision)
            except SectionConflict as error:
                conflict = _conflict_context(slug, section, error.state)
                state = error.state
            else:
                messages.success(request, _("“%(section)s” has been saved.")
                                 % {"section": section.title})
                return redirect(_next_url(request, project, section))
        else:
            messages.error(request, _("The section was not saved. Correct the fields marked "
                                      "below; everything you typed is still here."))
            state.revision = revision  # keep the revision the person started from
    else:
        form = form_class(instance=project)
        formsets = section_formsets(section, project)

    ordered = sections_for(project)
    position = ordered.index(section)
    return render(request, "projects/section.html", project_context(
        project, access, "projects:overview",
        section=section, form=form, formsets=formsets, state=state, conflict=conflict,
        editable=access.can_edit_application,
        content=section_content(project, section),
        previous_section=ordered[position - 1] if position > 0 else None,
        next_section=ordered[position + 1] if position + 1 < len(ordered) else None,
    ))


def _posted_revision(request) -> int:
    try:
        return int(request.POST.get("revision", ""))
    except ValueError:
        return -1


def _conflict_context(slug, section, state) -> dict:
    """What the other person saved, shown beside what this person typed."""
    theirs = selectors.project_with_application(slug)
    return {"state": state, "content": section_content(theirs, section)}


def _next_url(request, project, section):
    if request.POST.get("then") == "next":
        ordered = sections_for(project)
        position = ordered.index(section)
        if position + 1 < len(ordered):
            return f"{project.get_absolute_url()}avsnitt/{ordered[position + 1].key}/"
    return project.get_absolute_url()
