"""The annual portfolio report as PDF, through the reports app's one PDF helper
(`reports.pdf`): its cover, contents, page numbers, metadata and tagging."""

from datetime import date
from pathlib import Path

from django.core.management.base import CommandError
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from portal.formatting import money
from portal.models import Organisation, OrganisationKind
from projects.access import access_for
from reports.application import PrintJob
from reports.pdf import LANGUAGES, PrintDocument, TocEntry, filename, render_pdf
from reports.portfolio.access import DashboardAccess
from reports.portfolio.board_page import board_context, share_of
from reports.portfolio.report import AnnualReport, annual_report

TEMPLATE = "portfolio/report_pdf.html"
DASHBOARD_TEMPLATE = "portfolio/dashboard_pdf.html"


def dashboard_print(project, person, *, as_at: date | None = None,
                    compared_with: date | None = None, language: str = "sv") -> PrintJob:
    """A project's dashboard as a print job (the page's content and its SVG pictures), as
    the person sees it: a financier only their own share."""
    language = language if language in LANGUAGES else "sv"
    abilities = DashboardAccess(access_for(person, project))
    with translation.override(language):
        context = board_context(project, as_at, compared_with, share_of(person, abilities),
                                shown=None)
        board = context["board"]
        lights = ", ".join(f"{light.label}: {light.light_label}" for light in board.lights)
        document = PrintDocument(
            title=_("Status dashboard"), project_title=project.title, language=language,
            author=project.programme.funding_body.name,
            subtitle=_("Time, money and results, as at %(day)s") % {
                "day": board.day.isoformat()},
            cover_facts=((_("As at"), board.day.isoformat()), (_("Traffic lights"), lights)),
            created=timezone.localdate(), keywords=(_("dashboard"), project.slug))
        name = filename(project.slug, _("dashboard"), board.day.isoformat())
    return PrintJob(DASHBOARD_TEMPLATE, {**context, "project": project}, document, name)


def print_document(report: AnnualReport, language: str) -> PrintDocument:
    with translation.override(language):
        return PrintDocument(
            title=_("Portfolio report %(year)s") % {"year": report.year},
            project_title=report.funding_body.name, language=language,
            author=report.funding_body.name,
            subtitle=_("Granted project money by classification, counts, leadership and "
                       "expected new jobs by gender, and the figures reported as totals."),
            cover_facts=(
                (_("Year"), str(report.year)),
                (_("Granted"), " · ".join(money(figure.amount, figure.currency)
                                           for figure in report.totals.amounts) or money(0)),
                (_("Projects and grants"), str(report.totals.count)),
            ),
            toc=(TocEntry("focus-heading",
                          _("Granted project money %(year)s by classification")
                          % {"year": report.year}),
                 TocEntry("statistics-heading",
                          _("Business support and other figures reported as totals"))),
            created=timezone.localdate(), keywords=(_("portfolio"), str(report.year)))


def portfolio_pdf(report: AnnualReport, language: str | None = None) -> tuple[bytes, str]:
    """The PDF and its file name, in the given language (the current one by default)."""
    language = language or translation.get_language() or "sv"
    language = language if language in LANGUAGES else "sv"
    document = print_document(report, language)
    data = render_pdf(TEMPLATE, {"report": report}, document)
    return data, filename(report.funding_body.name, _("portfolio"), str(report.year))


def portfolio_report_file(funding_body_name: str, year: int | None, language: str,
                          target: Path) -> str:
    """For `render_report portfolio --funding-body NAME --year YYYY -o FILE.pdf`."""
    body = Organisation.objects.filter(kind=OrganisationKind.FUNDING_BODY,
                                       name=funding_body_name).first()
    if body is None:
        raise CommandError(f"No funding body is named {funding_body_name!r}.")
    if year is None or not 1990 <= year <= 2100:
        raise CommandError("Give the report's year, e.g. --year 2017.")
    data, _name = portfolio_pdf(annual_report(body, year), language)
    partial = target.with_name(target.name + ".part")
    partial.write_bytes(data)
    partial.replace(target)  # never a half-written file under the asked name
    return f"{target} ({len(data):,} bytes)".replace(",", " ")
