"""One application section: read it, or edit and save it on its own."""

from django.contrib.auth.decorators import login_required
from django.urls import reverse

from projects import selectors
from projects.access import project_for
from projects.pages import project_context
from projects.sections import get_section
from projects.views.section_page import SectionPage, section_page


@login_required
def section_edit(request, slug, key):
    project, access = project_for(request.user, slug)
    section = get_section(project, key)
    document = selectors.application_of_project(project)

    def context(**extra):
        return project_context(document.project, access, "projects:overview", **extra)

    return section_page(request, document=document, access=access, key=key, page=SectionPage(
        section_url=lambda other: reverse("projects:section", args=[slug, other]),
        done_url=project.get_absolute_url(),
        context=context,
        # Shown to read, the section's rows are read with their organisations' names when
        # it is written; in the form, the row forms read their own.
        read_rows=lambda: selectors.read_rows(
            document.project, [section] if section else [], organisations=True),
    ))
