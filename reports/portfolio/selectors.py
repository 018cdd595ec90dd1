"""The funding body's portfolio: its projects in the portal and the grants it imported, as one
list, filtered, sorted and paged by the database, and the totals of the filtered set, summed
by the database from stored figures: a fixed number of queries whatever the number of
projects.

The two halves are queried alike and joined with UNION ALL for the list; for the totals each
half is grouped in SQL and the few groups (focus areas, municipalities, years) are added
together.

Granted amount: the amount the project decision stores (`Project.granted_amount`), in its
programme's reporting currency; an imported grant's, its ledger row's, in the ledger's
currency. Amounts in different currencies are never added together: every total and every
share is per currency, the currencies side by side. Expected new jobs: the project's jobs
indicator target (`indicators.portfolio`), an imported grant's ledger figures.
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
TOP_MUNICIPALITIES = 20  # the page lists this many municipalities, the rest as one line
IMPORTED = "imported"  # the status filter's word for grants decided outside the portal
SORTS = ("name", "year", "amount", "municipality", "focus_area", "status", "programme")
COLUMNS = ("source", "slug", "name", "programme", "status", "year", "amount", "currency",
           "focus_area",
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
class CurrencyAmount:
    currency: str  # "SEK", "NOK", "EUR"
    amount: Decimal
    share: Decimal | None  # per cent of the filtered set's amount in this currency


@dataclass(frozen=True)
class Group:
    key: str
    label: str
    amounts: tuple[CurrencyAmount, ...]  # one per currency of the totals, in their order
    count: int
    share: Decimal | None = None  # leadership: per cent of the number of grants

    @property
    def amount(self) -> Decimal | None:
        """The amount when the totals have one currency; None when they have several (then
        read `amounts`)."""
        return self.amounts[0].amount if len(self.amounts) == 1 else None

    @property
    def amount_share(self) -> Decimal | None:
        return self.amounts[0].share if len(self.amounts) == 1 else None


@dataclass(frozen=True)
class PortfolioTotals:
    count: int
    in_portal: int
    imported: int
    amounts: tuple[CurrencyAmount, ...]  # the whole per currency, largest first
    by_focus_area: tuple[Group, ...]
    by_municipality: tuple[Group, ...]
    by_county: tuple[Group, ...]
    by_year: tuple[Group, ...]
    leadership: tuple[Group, ...]
    jobs_women: Decimal
    jobs_men: Decimal
    off_track: int

    @property
    def top_municipalities(self) -> tuple[Group, ...]:
        """The page's table: the largest municipalities (the export has them all)."""
        return self.by_municipality[:TOP_MUNICIPALITIES]

    @property
    def other_municipalities(self) -> Group | None:
        """The rest of the municipalities as one line, so the table still adds up."""
        rest = self.by_municipality[TOP_MUNICIPALITIES:]
        if not rest:
            return None
        return Group("", "", tuple(
            CurrencyAmount(whole.currency,
                           sum((g.amounts[index].amount for g in rest), ZERO),
                           sum((g.amounts[index].share or ZERO for g in rest), ZERO))
            for index, whole in enumerate(self.amounts)), sum(g.count for g in rest))

    @property
    def currencies(self) -> tuple[str, ...]:
        return tuple(figure.currency for figure in self.amounts)

    @property
    def amount(self) -> Decimal | None:
        """The whole when there is one currency (or none); None with several."""
        if not self.amounts:
            return ZERO
        return self.amounts[0].amount if len(self.amounts) == 1 else None

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
    def focus_area_footer(self) -> tuple[CurrencyAmount, ...]:
        """Per currency, the whole and the focus areas' rounded shares added up (100 give or
        take the rounding)."""
        return tuple(
            CurrencyAmount(whole.currency, whole.amount,
                           sum((g.amounts[index].share or ZERO for g in self.by_focus_area),
                               ZERO))
            for index, whole in enumerate(self.amounts))


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


def _portal_rows(projects: QuerySet[Project], only: tuple[str, ...] = (),
                 sort: str = "r_name") -> QuerySet:
    columns = {
        "r_source": _text("portal"), "r_slug": F("slug"), "r_name": F("title"),
        "r_programme": F("programme__name"), "r_status": F("status"),
        "r_year": Coalesce(F("year"), Value(0), output_field=IntegerField()),
        "r_amount": Coalesce("granted_amount", Value(ZERO), output_field=AMOUNT),
        "r_currency": F("programme__reporting_currency"),
        "r_focus_area": Coalesce("portfolio_facts__focus_area__name", _text("")),
        "r_municipality": Coalesce("portfolio_facts__municipality__name", _text("")),
        "r_leadership": Coalesce("portfolio_facts__leadership", _text("")),
        "r_jobs_women": headline("expected_jobs_women"),
        "r_jobs_men": headline("expected_jobs_men"),
        "r_off_track": _off_track(), "r_id": F("pk"),
    }
    return _narrowed(projects, columns, only, sort)


def _ledger_rows(entries: QuerySet[LedgerEntry], only: tuple[str, ...] = (),
                 sort: str = "r_name") -> QuerySet:
    columns = {
        "r_source": _text("ledger"), "r_slug": _text(""), "r_name": F("name"),
        "r_programme": _text(""), "r_status": _text(IMPORTED),
        "r_year": Coalesce(F("year"), Value(0), output_field=IntegerField()),
        "r_amount": Coalesce("granted_amount", Value(ZERO), output_field=AMOUNT),
        "r_currency": F("currency"),
        "r_focus_area": Coalesce("focus_area__name", _text("")),
        "r_municipality": Coalesce("municipality__name", _text("")),
        "r_leadership": F("leadership"),
        "r_jobs_women": Coalesce("expected_jobs_women", Value(ZERO), output_field=AMOUNT),
        "r_jobs_men": Coalesce("expected_jobs_men", Value(ZERO), output_field=AMOUNT),
        "r_off_track": Value(False, output_field=BooleanField()), "r_id": F("pk"),
    }
    return _narrowed(entries, columns, only, sort)


def _narrowed(queryset: QuerySet, columns: dict, only: tuple[str, ...], sort: str) -> QuerySet:
    """The rows with every column, or with `only` the named ones, and the sort column again
    as r_sort: both halves of a union list the same columns in the same order."""
    chosen = {name: columns[name] for name in (only or tuple(columns))}
    chosen["r_sort"] = columns[sort]
    return queryset.order_by().annotate(**chosen).values(*chosen)


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


def _row(values: dict) -> PortfolioRow:
    return PortfolioRow(*(values[f"r_{name}"] for name in COLUMNS))


SORT_COLUMNS = {"name": "r_name", "year": "r_year", "amount": "r_amount",
                "municipality": "r_municipality", "focus_area": "r_focus_area",
                "status": "r_status", "programme": "r_programme"}


class PortfolioRows:
    """The filtered list, sorted by the database; the paginator slices it.

    A page is read in two steps: the keys of the page's rows (source, id and the sort
    column only, so the database sorts narrow rows), then the full rows of those keys (their
    jobs figures and lights looked up for fifty rows, not for every row sorted). The count
    is the totals' when the caller has them, else two plain counts."""

    def __init__(self, funding_body_id: int, criteria: Criteria, sort: str = "name",
                 count: int | None = None):
        descending = sort.startswith("-")
        column = sort.lstrip("-") if sort.lstrip("-") in SORTS else "name"
        self.sort = ("-" if descending else "") + column
        self._projects = _portal_projects(funding_body_id, criteria)
        self._entries = _ledger_entries(funding_body_id, criteria)
        self._count = count
        sign = "-" if descending else ""
        self._order = (f"{sign}r_sort", "r_source", "r_id")
        self._column = SORT_COLUMNS[column]

    def count(self) -> int:
        if self._count is None:
            self._count = (self._projects.order_by().count()
                           + self._entries.order_by().count())
        return self._count

    def __len__(self) -> int:
        return self.count()

    def _keys(self) -> QuerySet:
        only = ("r_source", "r_id")
        portal = _portal_rows(self._projects, only, self._column)
        ledger = _ledger_rows(self._entries, only, self._column)
        return portal.union(ledger, all=True).order_by(*self._order)

    def __getitem__(self, index):
        if not isinstance(index, slice):
            return self[index:index + 1][0]
        keys = [(row["r_source"], row["r_id"]) for row in self._keys()[index]]
        portal_ids = [pk for source, pk in keys if source == "portal"]
        ledger_ids = [pk for source, pk in keys if source == "ledger"]
        if not keys:
            return []
        # One query for the page's full rows whichever halves they come from.
        details = _portal_rows(self._projects.filter(pk__in=portal_ids)).union(
            _ledger_rows(self._entries.filter(pk__in=ledger_ids)), all=True)
        found = {(v["r_source"], v["r_id"]): v for v in details}
        return [_row(found[key]) for key in keys]

    def __iter__(self):
        portal = _portal_rows(self._projects, sort=self._column)
        ledger = _ledger_rows(self._entries, sort=self._column)
        ordered = portal.union(ledger, all=True).order_by(*self._order)
        return (_row(values) for values in ordered.iterator(chunk_size=2000))


# The totals -------------------------------------------------------------------------------

CURRENCY_ORDER = ("SEK", "NOK", "EUR")
PORTAL_CURRENCY = F("programme__reporting_currency")
LEDGER_CURRENCY = F("currency")


def _grouped(queryset, key, label, amount, currency) -> list[tuple]:
    """(key, label, currency, amount, count) per group and currency, summed by the database."""
    return [(row["k"], row["l"], row["c"], row["a"], row["n"]) for row in
            queryset.order_by().values(k=key, l=label, c=currency)
            .annotate(a=Sum(amount), n=Count("pk"))]


def _merge(*halves) -> dict:
    """The two halves' groups added together, key by key and currency by currency."""
    merged: dict = {}
    for rows in halves:
        for key, label, currency, amount, count in rows:
            old_label, amounts, old_count = merged.get(key, ("", {}, 0))
            amounts = {**amounts, currency: amounts.get(currency, ZERO) + (amount or ZERO)}
            merged[key] = (label or old_label, amounts, old_count + count)
    return merged


def _figures(amounts: dict, wholes: dict[str, Decimal]) -> tuple[CurrencyAmount, ...]:
    return tuple(CurrencyAmount(currency, amounts.get(currency, ZERO),
                                share(amounts.get(currency, ZERO), whole))
                 for currency, whole in wholes.items())


def _group(key, label: str, amounts: dict, count: int, wholes: dict) -> Group:
    return Group(str(key), label, _figures(amounts, wholes), count)


def _by_amount(groups: list[Group]) -> tuple[Group, ...]:
    """Largest first, by the first currency, then the next, then by name."""
    return tuple(sorted(groups, key=lambda g: (*(-f.amount for f in g.amounts), g.label)))


def _overall(queryset, amount, currency, **sums) -> tuple[dict, dict]:
    """The whole per currency and the other sums, in one query."""
    amounts: dict[str, Decimal] = {}
    other: dict = {"n": 0, **dict.fromkeys(sums, ZERO)}
    for row in (queryset.order_by().values(c=currency)
                .annotate(a=Sum(amount), n=Count("pk"), **sums)):
        amounts[row["c"]] = amounts.get(row["c"], ZERO) + (row["a"] or ZERO)
        for name in other:
            other[name] += row[name] or 0
    return amounts, other


def portfolio_totals(funding_body_id: int, criteria: Criteria) -> PortfolioTotals:
    projects = _portal_projects(funding_body_id, criteria)
    entries = _ledger_entries(funding_body_id, criteria)
    p_amount = Coalesce("granted_amount", Value(ZERO), output_field=AMOUNT)
    amounts_p, overall_p = _overall(
        projects, p_amount, PORTAL_CURRENCY,
        jw=Sum(headline("expected_jobs_women")), jm=Sum(headline("expected_jobs_men")),
        off=Count("status_lights", filter=(
            Q(status_lights__time=Light.RED) | Q(status_lights__money=Light.RED)
            | Q(status_lights__results=Light.RED))))
    amounts_l, overall_l = _overall(entries, "granted_amount", LEDGER_CURRENCY,
                                    jw=Sum("expected_jobs_women"), jm=Sum("expected_jobs_men"))
    whole = _merge([("", "", c, a, 0) for c, a in (*amounts_p.items(), *amounts_l.items())])
    whole_amounts = whole.get("", ("", {}, 0))[1]
    wholes = {c: whole_amounts[c] for c in sorted(
        whole_amounts, key=lambda c: (CURRENCY_ORDER.index(c) if c in CURRENCY_ORDER else 9, c))}
    count = overall_p["n"] + overall_l["n"]

    def portal(key, label):
        return _grouped(projects, key, label, p_amount, PORTAL_CURRENCY)

    def ledger(key, label):
        return _grouped(entries, key, label, "granted_amount", LEDGER_CURRENCY)

    focus = _merge(
        portal(Coalesce("portfolio_facts__focus_area__position", Value(0)),
               Coalesce("portfolio_facts__focus_area__name", Value(""))),
        ledger(Coalesce("focus_area__position", Value(0)), Coalesce("focus_area__name", Value(""))))
    municipality = _merge(
        portal(Coalesce("portfolio_facts__municipality_id", Value(0)),
               Coalesce("portfolio_facts__municipality__name", Value(""))),
        ledger(Coalesce("municipality_id", Value(0)), Coalesce("municipality__name", Value(""))))
    county = _merge(
        _by_county(projects, "portfolio_facts__municipality__", p_amount, PORTAL_CURRENCY),
        _by_county(entries, "municipality__", "granted_amount", LEDGER_CURRENCY))
    year = _merge(portal(Coalesce(F("year"), Value(0)), Value("")), ledger(F("year"), Value("")))
    leadership = _merge(portal(Coalesce("portfolio_facts__leadership", Value("")), Value("")),
                        ledger(F("leadership"), Value("")))
    return PortfolioTotals(
        count=count, in_portal=overall_p["n"], imported=overall_l["n"],
        amounts=tuple(CurrencyAmount(c, a, share(a, a)) for c, a in wholes.items()),
        by_focus_area=_focus_groups(focus, wholes),
        by_municipality=_by_amount([_group(k, label, a, n, wholes)
                                    for k, (label, a, n) in municipality.items()]),
        by_county=_by_amount([_group(k, counties.name(k) if k else "", a, n, wholes)
                              for k, (_label, a, n) in county.items()]),
        by_year=tuple(_group(k, str(k) if k else "", a, n, wholes)
                      for k, (_label, a, n) in sorted(year.items())),
        leadership=_leadership_groups(leadership, count, wholes),
        jobs_women=overall_p["jw"] + overall_l["jw"],
        jobs_men=overall_p["jm"] + overall_l["jm"],
        off_track=overall_p["off"],
    )


def _focus_groups(merged: dict, wholes: dict) -> tuple[Group, ...]:
    """In the classification's own order, the unclassified last."""
    groups = [_group(key, label, amounts, count, wholes)
              for key, (label, amounts, count) in merged.items()]
    return tuple(sorted(groups, key=lambda g: (g.key == "0", int(g.key))))


def _by_county(queryset, via: str, amount, currency) -> list[tuple]:
    rows = (queryset.order_by()
            .values(co=Coalesce(f"{via}country", _text("")),
                    p=Substr(Coalesce(f"{via}municipality_code", _text("")), 1, 2), c=currency)
            .annotate(a=Sum(amount), n=Count("pk")))
    return [(counties.key(row["co"], row["p"]) if row["p"] else "", "", row["c"], row["a"],
             row["n"]) for row in rows]


def _leadership_groups(merged: dict, count: int, wholes: dict) -> tuple[Group, ...]:
    labels = dict(Leadership.choices)
    order = [*Leadership.values, ""]
    return tuple(Group(key, str(labels.get(key, "")), _figures(amounts, wholes), n,
                       share(n, count))
                 for key in order if key in merged
                 for _label, amounts, n in [merged[key]])
