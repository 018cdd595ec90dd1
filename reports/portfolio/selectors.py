"""The funding body's portfolio: its projects in the portal and the grants it imported, as one
list, filtered, sorted and paged by the database from the portfolio's read model
(`PortfolioLine`, one narrow row per project or grant, see `lines`): a fixed number of
queries whatever the number of projects. The totals of the filtered set are in `totals`.

Granted amount: the amount the project decision stores (`Project.granted_amount`), in its
programme's reporting currency; an imported grant's, its ledger row's, in the ledger's
currency. Amounts in different currencies are never added together. Expected new jobs: the
project's jobs indicator target (`indicators.portfolio`), an imported grant's ledger figures.
"""

from dataclasses import dataclass
from decimal import Decimal

from django.db import connection
from django.db.models import DecimalField, F, Q, QuerySet, Value
from django.db.models.functions import Coalesce
from django.utils.translation import gettext as _

from projects.access import funding_body_projects
from projects.models import ProjectStatus
from projects.search import search_projects, text_query
from reports.portfolio.models import Leadership, LineSource, PortfolioFinancier, PortfolioLine

AMOUNT = DecimalField(max_digits=16, decimal_places=2)
ZERO = Decimal(0)
IMPORTED = "imported"  # the status filter's word for grants decided outside the portal
SORTS = ("name", "year", "amount", "municipality", "focus_area", "status", "programme")


@dataclass(frozen=True)
class Criteria:
    """The filter as plain data (from the portfolio's filter form)."""

    programme_id: int | None = None
    status: str = ""
    focus_area_id: int | None = None
    municipality_id: int | None = None
    county: str = ""  # "SE25"
    year: int | None = None
    financier_id: int | None = None
    leadership: str = ""
    off_track: bool = False
    text: str = ""


def portfolio_lines(funding_body_id: int, criteria: Criteria) -> QuerySet[PortfolioLine]:
    """The lines the filter keeps: every criterion is a column of the line (the financier a
    subquery of the current financing plans, the text the projects' full-text index)."""
    lines = PortfolioLine.objects.filter(funding_body_id=funding_body_id)
    if criteria.programme_id:
        lines = lines.filter(programme_id=criteria.programme_id)
    if criteria.status:
        lines = lines.filter(status=criteria.status)
    if criteria.focus_area_id:
        lines = lines.filter(focus_area_id=criteria.focus_area_id)
    if criteria.municipality_id:
        lines = lines.filter(municipality_id=criteria.municipality_id)
    if criteria.county:
        lines = lines.filter(county=criteria.county)
    if criteria.year:
        lines = lines.filter(year=criteria.year)
    if criteria.financier_id:
        lines = lines.filter(project_id__in=PortfolioFinancier.objects.filter(
            funding_body_id=funding_body_id, financier_id=criteria.financier_id)
            .values("project_id"))
    if criteria.leadership:
        lines = lines.filter(leadership=criteria.leadership)
    if criteria.off_track:
        lines = lines.filter(off_track=True)
    if criteria.text:
        lines = lines.filter(_text_match(funding_body_id, criteria.text))
    return lines


def _text_match(funding_body_id: int, text: str) -> Q:
    """Projects by the text search kept on their line (PostgreSQL: the line alone is read,
    not the projects, so the totals and the page each search a few thousand stored vectors
    instead of computing the projects' text again); on SQLite through the projects' own
    search. Imported grants by their name, every word."""
    if connection.vendor == "postgresql":
        portal = Q(source=LineSource.PORTAL, search=text_query(text))
    else:
        found = search_projects(funding_body_projects(funding_body_id), text)
        portal = Q(project_id__in=found.values("pk"))
    ledger = Q(source=LineSource.LEDGER)
    for word in text.split():
        ledger &= Q(name__icontains=word)
    return portal | ledger


@dataclass(frozen=True)
class PortfolioRow:
    source: str  # "portal" or "ledger"
    slug: str
    name: str
    programme: str
    status: str
    year: int | None
    amount: Decimal
    currency: str
    focus_area: str
    municipality: str
    leadership: str
    jobs_women: Decimal
    jobs_men: Decimal
    off_track: bool
    id: int

    @property
    def is_imported(self) -> bool:
        return self.source == "ledger"

    @property
    def status_label(self) -> str:
        if self.status == IMPORTED:
            return str(_("Imported grant"))
        return str(ProjectStatus(self.status).label)

    @property
    def leadership_label(self) -> str:
        return str(dict(Leadership.choices).get(self.leadership, ""))


SORT_COLUMNS: dict[str, F | Coalesce] = {
    "name": F("name"), "year": Coalesce("year", Value(0)), "amount": F("amount"),
    "municipality": Coalesce("municipality__name", Value("")),
    "focus_area": Coalesce("focus_area__name", Value("")), "status": F("status"),
    "programme": Coalesce("programme__name", Value("")),
}
ROW_VALUES = {
    "r_source": F("source"), "r_slug": F("slug"), "r_name": F("name"),
    "r_programme": Coalesce("programme__name", Value("")), "r_status": F("status"),
    "r_year": F("year"), "r_amount": F("amount"), "r_currency": F("currency"),
    "r_focus_area": Coalesce("focus_area__name", Value("")),
    "r_municipality": Coalesce("municipality__name", Value("")),
    "r_leadership": F("leadership"), "r_jobs_women": F("jobs_women"),
    "r_jobs_men": F("jobs_men"), "r_off_track": F("off_track"),
    "r_id": Coalesce("project_id", "ledger_entry_id"),
}


def _row(values: dict) -> PortfolioRow:
    return PortfolioRow(*(values[f"r_{name}"] for name in COLUMNS))


COLUMNS = ("source", "slug", "name", "programme", "status", "year", "amount", "currency",
           "focus_area", "municipality", "leadership", "jobs_women", "jobs_men", "off_track",
           "id")


class PortfolioRows:
    """The filtered list, sorted by the database; the paginator slices it, each page one
    query over the narrow lines. The count is the totals' when the caller has them."""

    def __init__(self, funding_body_id: int, criteria: Criteria, sort: str = "name",
                 count: int | None = None, lines: QuerySet | None = None):
        descending = sort.startswith("-")
        column = sort.lstrip("-") if sort.lstrip("-") in SORTS else "name"
        self.sort = ("-" if descending else "") + column
        self._lines = portfolio_lines(funding_body_id, criteria) if lines is None else lines
        self._count = count
        key = SORT_COLUMNS[column]
        self._order = (key.desc() if descending else key.asc(), "source", "id")

    def count(self) -> int:
        if self._count is None:
            self._count = self._lines.count()
        return self._count

    def __len__(self) -> int:
        return self.count()

    def _values(self) -> QuerySet:
        return self._lines.order_by(*self._order).values(**ROW_VALUES)

    def __getitem__(self, index):
        if not isinstance(index, slice):
            return self[index:index + 1][0]
        return [_row(values) for values in self._values()[index]]

    def __iter__(self):
        return (_row(values) for values in self._values().iterator(chunk_size=2000))
