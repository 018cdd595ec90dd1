"""The funding body's portfolio: its projects in the portal and the grants it imported, as one
list, filtered, sorted and paged by the database, and the totals of the filtered set, summed
by the database from stored figures: a fixed number of queries whatever the number of
projects.

The two halves are queried alike and joined with UNION ALL for the list; for the totals each
half is grouped in SQL and the few groups (focus areas, municipalities, years) are added
together.

Granted amount: the amount the project decision stores (`Project.granted_amount`); an
imported grant's, its ledger row's. Expected new jobs: the project's jobs indicator target
(`indicators.portfolio`), an imported grant's ledger figures.
"""

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from django.db.models import (
    BooleanField,
    CharField,
    Count,
    DecimalField,
    Exists,
    F,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    Sum,
    Value,
)
from django.db.models.functions import Coalesce, ExtractYear, Substr
from django.utils.translation import gettext as _

from indicators.portfolio import headline
from projects.access import funding_body_projects
from projects.models import Project, ProjectStatus
from projects.search import search_projects
from reports.portfolio import counties
from reports.portfolio.models import Leadership, LedgerEntry, Light, StoredLights

AMOUNT = DecimalField(max_digits=16, decimal_places=2)
ZERO = Decimal(0)
MATCHES = 20_000  # text search: at most this many projects match
IMPORTED = "imported"  # the status filter's word for grants decided outside the portal
SORTS = ("name", "year", "amount", "municipality", "focus_area", "status", "programme")
COLUMNS = ("source", "slug", "name", "programme", "status", "year", "amount", "focus_area",
           "municipality", "leadership", "jobs_women", "jobs_men", "off_track", "id")


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

    @property
    def portal_only(self) -> bool:
        """Filters that only a project in the portal can meet."""
        return bool(self.programme_id or (self.status and self.status != IMPORTED)
                    or self.financier_id or self.off_track)


@dataclass(frozen=True)
class Group:
    key: str
    label: str
    amount: Decimal
    count: int
    share: Decimal | None  # per cent of the filtered set's amount (or count, for leadership)


@dataclass(frozen=True)
class PortfolioTotals:
    count: int
    in_portal: int
    imported: int
    amount: Decimal
    by_focus_area: tuple[Group, ...]
    by_municipality: tuple[Group, ...]
    by_county: tuple[Group, ...]
    by_year: tuple[Group, ...]
    leadership: tuple[Group, ...]
    jobs_women: Decimal
    jobs_men: Decimal
    off_track: int

    @property
    def jobs(self) -> Decimal:
        return self.jobs_women + self.jobs_men

    @property
    def jobs_women_share(self) -> Decimal | None:
        return share(self.jobs_women, self.jobs)

    @property
    def jobs_men_share(self) -> Decimal | None:
        return share(self.jobs_men, self.jobs)

    @property
    def focus_area_share_sum(self) -> Decimal:
        return sum((g.share or ZERO for g in self.by_focus_area), ZERO)


def share(part: Decimal | int, whole: Decimal | int, places: int = 1) -> Decimal | None:
    """Per cent, rounded half up to `places` decimals; None of nothing."""
    if not whole:
        return None
    value = Decimal(part) * 100 / Decimal(whole)
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


# The two halves ---------------------------------------------------------------------------

def _portal_projects(funding_body_id: int, criteria: Criteria) -> QuerySet[Project]:
    projects = funding_body_projects(funding_body_id).annotate(
        year=Coalesce(ExtractYear("portfolio_facts__decided_on"), ExtractYear("start_date")))
    if criteria.programme_id:
        projects = projects.filter(programme_id=criteria.programme_id)
    if criteria.status:
        projects = (projects.none() if criteria.status == IMPORTED
                    else projects.filter(status=criteria.status))
    if criteria.focus_area_id:
        projects = projects.filter(portfolio_facts__focus_area_id=criteria.focus_area_id)
    if criteria.municipality_id:
        projects = projects.filter(portfolio_facts__municipality_id=criteria.municipality_id)
    if criteria.county:
        country, prefix = counties.split(criteria.county)
        projects = projects.filter(
            portfolio_facts__municipality__country=country,
            portfolio_facts__municipality__municipality_code__startswith=prefix)
    if criteria.year:
        projects = projects.filter(year=criteria.year)
    if criteria.financier_id:
        from finance.portfolio import projects_financed_by

        projects = projects.filter(pk__in=projects_financed_by(criteria.financier_id))
    if criteria.leadership:
        projects = projects.filter(portfolio_facts__leadership=criteria.leadership)
    if criteria.off_track:
        projects = projects.filter(_off_track())
    if criteria.text:
        # Searched once, as a literal list: each of the totals' queries would otherwise run
        # the full-text match again.
        found = search_projects(funding_body_projects(funding_body_id), criteria.text)
        projects = projects.filter(pk__in=list(found.values_list("pk", flat=True)[:MATCHES]))
    return projects


def _off_track():
    red = StoredLights.objects.filter(project=OuterRef("pk")).filter(
        Q(time=Light.RED) | Q(money=Light.RED) | Q(results=Light.RED))
    return Exists(red)


def _ledger_entries(funding_body_id: int, criteria: Criteria) -> QuerySet[LedgerEntry]:
    entries = LedgerEntry.objects.filter(funding_body_id=funding_body_id)
    if criteria.portal_only:
        return entries.none()
    if criteria.focus_area_id:
        entries = entries.filter(focus_area_id=criteria.focus_area_id)
    if criteria.municipality_id:
        entries = entries.filter(municipality_id=criteria.municipality_id)
    if criteria.county:
        country, prefix = counties.split(criteria.county)
        entries = entries.filter(municipality__country=country,
                                 municipality__municipality_code__startswith=prefix)
    if criteria.year:
        entries = entries.filter(year=criteria.year)
    if criteria.leadership:
        entries = entries.filter(leadership=criteria.leadership)
    for word in criteria.text.split():
        entries = entries.filter(name__icontains=word)
    return entries


# The list ---------------------------------------------------------------------------------

def _text(value) -> Value:
    return Value(value, output_field=CharField())


def _portal_rows(projects: QuerySet[Project]) -> QuerySet:
    columns = {
        "r_source": _text("portal"), "r_slug": F("slug"), "r_name": F("title"),
        "r_programme": F("programme__name"), "r_status": F("status"),
        "r_year": Coalesce(F("year"), Value(0), output_field=IntegerField()),
        "r_amount": Coalesce("granted_amount", Value(ZERO), output_field=AMOUNT),
        "r_focus_area": Coalesce("portfolio_facts__focus_area__name", _text("")),
        "r_municipality": Coalesce("portfolio_facts__municipality__name", _text("")),
        "r_leadership": Coalesce("portfolio_facts__leadership", _text("")),
        "r_jobs_women": headline("expected_jobs_women"),
        "r_jobs_men": headline("expected_jobs_men"),
        "r_off_track": _off_track(), "r_id": F("pk"),
    }
    return projects.order_by().annotate(**columns).values(*columns)


def _ledger_rows(entries: QuerySet[LedgerEntry]) -> QuerySet:
    columns = {
        "r_source": _text("ledger"), "r_slug": _text(""), "r_name": F("name"),
        "r_programme": _text(""), "r_status": _text(IMPORTED),
        "r_year": Coalesce(F("year"), Value(0), output_field=IntegerField()),
        "r_amount": Coalesce("granted_amount", Value(ZERO), output_field=AMOUNT),
        "r_focus_area": Coalesce("focus_area__name", _text("")),
        "r_municipality": Coalesce("municipality__name", _text("")),
        "r_leadership": F("leadership"),
        "r_jobs_women": Coalesce("expected_jobs_women", Value(ZERO), output_field=AMOUNT),
        "r_jobs_men": Coalesce("expected_jobs_men", Value(ZERO), output_field=AMOUNT),
        "r_off_track": Value(False, output_field=BooleanField()), "r_id": F("pk"),
    }
    return entries.order_by().annotate(**columns).values(*columns)


@dataclass(frozen=True)
class PortfolioRow:
    source: str  # "portal" or "ledger"
    slug: str
    name: str
    programme: str
    status: str
    year: int | None
    amount: Decimal
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


def _row(values: dict) -> PortfolioRow:
    return PortfolioRow(*(values[f"r_{name}"] for name in COLUMNS))


class PortfolioRows:
    """The filtered list, sorted by the database; the paginator slices it, one query per
    page (and one to count)."""

    def __init__(self, funding_body_id: int, criteria: Criteria, sort: str = "name"):
        descending = sort.startswith("-")
        column = sort.lstrip("-") if sort.lstrip("-") in SORTS else "name"
        self.sort = ("-" if descending else "") + column
        portal = _portal_rows(_portal_projects(funding_body_id, criteria))
        ledger = _ledger_rows(_ledger_entries(funding_body_id, criteria))
        self._union = portal.union(ledger, all=True)
        sign = "-" if descending else ""
        self._ordered = self._union.order_by(f"{sign}r_{column}", "r_source", "r_id")

    def count(self) -> int:
        return self._union.count()

    def __len__(self) -> int:
        return self.count()

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [_row(values) for values in self._ordered[index]]
        return _row(self._ordered[index])

    def __iter__(self):
        return (_row(values) for values in self._ordered.iterator(chunk_size=2000))


# The totals -------------------------------------------------------------------------------

def _merge(*halves) -> dict:
    merged: dict = {}
    for rows in halves:
        for key, label, amount, count in rows:
            old = merged.get(key, (label, ZERO, 0))
            merged[key] = (label or old[0], old[1] + (amount or ZERO), old[2] + count)
    return merged


def _groups(merged: dict, whole: Decimal, order: str = "amount") -> tuple[Group, ...]:
    groups = [Group(str(key), label, amount, count, share(amount, whole))
              for key, (label, amount, count) in merged.items()]
    if order == "key":
        groups.sort(key=lambda g: g.key)
    else:
        groups.sort(key=lambda g: (-g.amount, g.label))
    return tuple(groups)


def _grouped(queryset, key, label, amount) -> list[tuple]:
    return [(row["k"], row["l"], row["a"], row["n"]) for row in
            queryset.order_by().values(k=key, l=label).annotate(a=Sum(amount), n=Count("pk"))]


def portfolio_totals(funding_body_id: int, criteria: Criteria) -> PortfolioTotals:
    projects = _portal_projects(funding_body_id, criteria)
    entries = _ledger_entries(funding_body_id, criteria)
    p_amount = Coalesce("granted_amount", Value(ZERO), output_field=AMOUNT)
    overall_p = projects.order_by().aggregate(
        n=Count("pk"), a=Sum(p_amount),
        jw=Sum(headline("expected_jobs_women")), jm=Sum(headline("expected_jobs_men")),
        off=Count("status_lights", filter=(
            Q(status_lights__time=Light.RED) | Q(status_lights__money=Light.RED)
            | Q(status_lights__results=Light.RED))))
    overall_l = entries.order_by().aggregate(
        n=Count("pk"), a=Sum("granted_amount"), jw=Sum("expected_jobs_women"),
        jm=Sum("expected_jobs_men"))
    amount = (overall_p["a"] or ZERO) + (overall_l["a"] or ZERO)
    count = overall_p["n"] + overall_l["n"]

    focus = _merge(
        _grouped(projects, Coalesce("portfolio_facts__focus_area__position", Value(0)),
                 Coalesce("portfolio_facts__focus_area__name", Value("")), p_amount),
        _grouped(entries, Coalesce("focus_area__position", Value(0)),
                 Coalesce("focus_area__name", Value("")), "granted_amount"))
    municipality = _merge(
        _grouped(projects, Coalesce("portfolio_facts__municipality_id", Value(0)),
                 Coalesce("portfolio_facts__municipality__name", Value("")), p_amount),
        _grouped(entries, Coalesce("municipality_id", Value(0)),
                 Coalesce("municipality__name", Value("")), "granted_amount"))
    county = _merge(
        _by_county(projects, "portfolio_facts__municipality__", p_amount),
        _by_county(entries, "municipality__", "granted_amount"))
    year = _merge(_grouped(projects, Coalesce(F("year"), Value(0)), Value(""), p_amount),
                  _grouped(entries, F("year"), Value(""), "granted_amount"))
    leadership = _merge(
        _grouped(projects, Coalesce("portfolio_facts__leadership", Value("")), Value(""),
                 p_amount),
        _grouped(entries, F("leadership"), Value(""), "granted_amount"))
    return PortfolioTotals(
        count=count, in_portal=overall_p["n"], imported=overall_l["n"], amount=amount,
        by_focus_area=_focus_groups(focus, amount),
        by_municipality=_groups(municipality, amount),
        by_county=_county_groups(county, amount),
        by_year=tuple(Group(str(k), str(k) if k else "", a, n, share(a, amount))
                      for k, (_l, a, n) in sorted(year.items())),
        leadership=_leadership_groups(leadership, count),
        jobs_women=(overall_p["jw"] or ZERO) + (overall_l["jw"] or ZERO),
        jobs_men=(overall_p["jm"] or ZERO) + (overall_l["jm"] or ZERO),
        off_track=overall_p["off"],
    )


def _focus_groups(merged: dict, whole: Decimal) -> tuple[Group, ...]:
    """In the classification's own order, the unclassified last."""
    groups = [Group(str(key), label, amount, count, share(amount, whole))
              for key, (label, amount, count) in merged.items()]
    return tuple(sorted(groups, key=lambda g: (g.key == "0", int(g.key))))


def _by_county(queryset, via: str, amount) -> list[tuple]:
    rows = (queryset.order_by()
            .values(c=Coalesce(f"{via}country", _text("")),
                    p=Substr(Coalesce(f"{via}municipality_code", _text("")), 1, 2))
            .annotate(a=Sum(amount), n=Count("pk")))
    return [(counties.key(row["c"], row["p"]) if row["p"] else "", "", row["a"], row["n"])
            for row in rows]


def _county_groups(merged: dict, whole: Decimal) -> tuple[Group, ...]:
    named = {key: (counties.name(key) if key else "", amount, count)
             for key, (_label, amount, count) in merged.items()}
    return _groups(named, whole)


def _leadership_groups(merged: dict, count: int) -> tuple[Group, ...]:
    labels = dict(Leadership.choices)
    order = [*Leadership.values, ""]
    return tuple(Group(key, str(labels.get(key, "")), amount, n, share(n, count))
                 for key in order if key in merged
                 for _label, amount, n in [merged[key]])

