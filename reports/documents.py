"""Which print job a named document of a project is: the one entry for the command line,
the bulk exports, the project's status dashboard and anything else that prints by name."""

from datetime import date

from django.utils.translation import gettext as _

from projects.models import Document, DocumentKind, Project
from reports.application import NoSuchVersion, PrintJob, application_print
from reports.portfolio.printing import dashboard_print
from reports.report_print import report_print

KINDS = {"status": DocumentKind.STATUS_REPORT, "final": DocumentKind.FINAL_REPORT}


class NotPrintable(LookupError):
    """The project has no such document or version; said in words."""


def print_job(project: Project, document: str, *, version: int | None = None,
              period: int | None = None, language: str = "sv", person=None,
              as_at: date | None = None, compared_with: date | None = None) -> PrintJob:
    """`document` is application, status or final (the newest, or number `period`), or
    dashboard (as at `as_at` beside `compared_with`, as `person` may see it)."""
    try:
        if document == "dashboard":
            return dashboard_print(project, person, as_at=as_at, compared_with=compared_with,
                                   language=language)
        if document == "application":
            return application_print(project, version=version, language=language)
        if document not in KINDS:
            raise NotPrintable(_("No such document: %(name)s") % {"name": document})
        reports = Document.objects.filter(project=project, kind=KINDS[document])
        if period is not None:
            reports = reports.filter(number=period)
        report = reports.order_by("-number").first()
        if report is None:
            raise NotPrintable(_("The project has no such report yet."))
        report.project = project
        return report_print(report, version=version, language=language)
    except NoSuchVersion as missing:
        raise NotPrintable(_("The document has no version %(number)s.")
                           % {"number": version}) from missing
