from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import render

from projects import selectors
from projects.access import project_for
from projects.audit_display import readable
from projects.pages import project_context


@login_required
def project_history(request, slug):
    project, access = project_for(request.user, slug, "can_see_history")
    page = Paginator(selectors.project_history(project), 100).get_page(request.GET.get("sida"))
    return render(request, "projects/history.html", project_context(
        project, access, "projects:history", page=page,
        entries=[readable(entry) for entry in page.object_list],
    ))
