"""The project's reports tab: every document that can be printed, and the reports written."""

from dataclasses import dataclass
from datetime import datetime

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.utils.translation import gettext as _

from projects import selectors
from projects.access import project_for
from projects.views.common import project_context
from reports.views.common import TAB, language_of


@dataclass(frozen=True)
class PrintableVersion:
    label: str
    created_at: datetime
    query: str


@login_required
def documents(request, slug):
    project, access = project_for(request.user, slug)
    versions = [
        PrintableVersion(_("Version %(number)s: %(kind)s") % {
            "number": v.number, "kind": v.get_kind_display()}, v.created_at, f"version={v.number}")
        for v in selectors.application_versions(project).defer("content").order_by("-number")]
    return render(request, "reports/documents.html", project_context(
        project, access, TAB, versions=versions, language=language_of(request),
        draft_label=_("draft"),
    ))
