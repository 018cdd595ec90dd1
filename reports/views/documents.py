"""The project's reports tab: every document that can be printed, and the reports written."""

from dataclasses import dataclass
from datetime import datetime

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.utils.translation import gettext as _

from projects import selectors
from projects.access import project_for
from projects.models import Document, DocumentKind
from projects.pages import project_context
from reports.outlines import outline_for
from reports.report_type import ReportAccess
from reports.views.common import TAB, language_of
from reports.views.reports import report_url


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
    reports = list(Document.objects.filter(project=project, kind__in=[
        DocumentKind.STATUS_REPORT, DocumentKind.FINAL_REPORT]).order_by("-kind", "number"))
    for document in reports:
        document.project = project
        setattr(document, "url", report_url(document))  # noqa: B010 - shown by the template
    abilities = ReportAccess(access)
    return render(request, "reports/documents.html", project_context(
        project, access, TAB, versions=versions, language=language_of(request),
        draft_label=_("draft"), abilities=abilities,
        status_reports=[d for d in reports if d.kind == DocumentKind.STATUS_REPORT],
        final_report=next((d for d in reports if d.kind == DocumentKind.FINAL_REPORT), None),
        status_outline=outline_for(project, DocumentKind.STATUS_REPORT),
        final_outline=outline_for(project, DocumentKind.FINAL_REPORT),
    ))
