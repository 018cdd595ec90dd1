"""One application section: read it, or edit and save it on its own."""

from django.contrib.auth.decorators import login_required
from django.urls import reverse

from projects import selectors
from projects.access import project_for
from projects.pages import project_context
from projects.views.section_page import SectionPage, section_page


@login_required
def section_edit(request, slug, key):
    project, access = project_for(request.user, slug)
    document = selectors.application_with_rows(slug)

    def context(**extra):
        return project_context(document.project, access, "projects:overview", **extra)

    return section_page(request, document=document, access=access, key=key, page=SectionPage(
        section_url=lambda other: reverse("projects:section", args=[slug, other]),
        done_url=project.get_absolute_url(),
        context=context,
    ))
