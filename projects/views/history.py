"""A project's history of changes, a hundred entries a page. Every entry is an audited
change, and every audited change moves the project's change stamp: a page of the history is
written once per change and kept (`portal.stamps`), in each language."""

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils.translation import get_language

from portal import stamps
from projects import selectors
from projects.access import project_for
from projects.audit_display import readable
from projects.pages import project_context

ENTRIES_PER_PAGE = 100


@login_required
def project_history(request, slug):
    project, access = project_for(request.user, slug, "can_see_history")
    asked = request.GET.get("sida")
    html = stamps.kept_html("history", project.pk, (get_language(), asked),
                            lambda: history_page(project, asked))
    return render(request, "projects/history.html", project_context(
        project, access, "projects:history", history_html=html))


def history_page(project, asked) -> str:
    page = Paginator(selectors.project_history(project), ENTRIES_PER_PAGE).get_page(asked)
    return render_to_string("projects/partials/history_body.html", {
        "page": page, "entries": [readable(entry) for entry in page.object_list]})
