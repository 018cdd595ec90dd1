"""The filtered portfolio and its totals as xlsx and CSV, through the portal's safe writers
(text people typed never becomes a live formula): the workbook written row by row by
XlsxWriter (`portal.table_workbook`), a third of what building it cell by cell in openpyxl
cost for a hundred rows."""

from collections.abc import Iterable, Iterator

from django.utils.translation import gettext as _

from portal.spreadsheets import csv_bytes
from portal.table_workbook import Table, table_workbook
from projects.models import ProjectStatus
from reports.portfolio.selectors import IMPORTED, PortfolioRow
from reports.portfolio.totals import Group, PortfolioTotals


def _status(code: str) -> str:
    if code == IMPORTED:
        return _("Imported grant")
    return str(ProjectStatus(code).label) if code in ProjectStatus.values else code


def header() -> list[str]:
    return [_("Project or company"), _("Source"), _("Programme"), _("Status"), _("Year"),
            _("Granted amount"), _("Currency"), _("Focus area"), _("Municipality"), _("Leadership"),
            _("Expected new jobs, women"), _("Expected new jobs, men"), _("Off track")]


def list_rows(rows: Iterable[PortfolioRow]) -> Iterator[list]:
    imported, portal, yes = _("Imported"), _("Portal"), _("yes")  # once, not once a row
    statuses: dict[str, str] = {}
    for row in rows:
        status = statuses.get(row.status)
        if status is None:
            status = statuses[row.status] = _status(row.status)
        yield [row.name, imported if row.is_imported else portal, row.programme,
               status, row.year or None, row.amount, row.currency, row.focus_area,
               row.municipality, row.leadership_label, row.jobs_women, row.jobs_men,
               yes if row.off_track else ""]


def totals_rows(totals: PortfolioTotals) -> Iterator[list]:
    yield [_("Projects and grants"), totals.count]
    yield [_("of which in the portal"), totals.in_portal]
    yield [_("of which imported"), totals.imported]
    for figure in totals.amounts:
        yield [_("Granted amount"), figure.amount, figure.currency]
    yield [_("Off track"), totals.off_track]
    yield [_("Expected new jobs, women"), totals.jobs_women, totals.jobs_women_share]
    yield [_("Expected new jobs, men"), totals.jobs_men, totals.jobs_men_share]
    for title, groups, unnamed in (
            (_("By focus area"), totals.by_focus_area, _("Not classified")),
            (_("By municipality"), totals.by_municipality, _("No municipality")),
            (_("By county"), totals.by_county, _("No municipality")),
            (_("By year"), totals.by_year, _("No year"))):
        yield []
        yield [title, *_amount_headings(totals), _("Number")]
        for group in groups:
            yield [group.label or unnamed, *_amount_cells(group), group.count]
    yield []
    yield [_("Leadership"), _("Number"), _("Share (%)"), *_amount_headings(totals)]
    for group in totals.leadership:
        yield [group.label or _("Not stated"), group.count, group.share, *_amount_cells(group)]


def _amount_headings(totals: PortfolioTotals) -> list[str]:
    """Amount and share per currency, side by side: currencies are never added together."""
    headings = []
    for currency in totals.currencies:
        headings += [_("Granted amount (%(currency)s)") % {"currency": currency},
                     _("Share of %(currency)s (%%)") % {"currency": currency}]
    return headings


def _amount_cells(group: Group) -> list:
    return [cell for figure in group.amounts for cell in (figure.amount, figure.share)]


def workbook(rows: Iterable[PortfolioRow], totals: PortfolioTotals) -> bytes:
    """The list on one sheet, the totals on the next, each with its first row in bold."""
    summary = totals_rows(totals)
    return table_workbook([Table(_("Portfolio"), header(), list_rows(rows)),
                           Table(_("Totals"), next(summary), summary)])


def csv_rows(rows: Iterable[PortfolioRow], totals: PortfolioTotals) -> Iterator[list]:
    yield header()
    yield from list_rows(rows)
    yield []
    yield from totals_rows(totals)


def file_bytes(kind: str, rows: Iterable[PortfolioRow], totals: PortfolioTotals) -> bytes:
    """The export as a file: "csv" or "xlsx"."""
    return csv_bytes(csv_rows(rows, totals)) if kind == "csv" else workbook(rows, totals)
