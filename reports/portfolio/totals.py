"""The totals of the filtered portfolio: the whole, by focus area (as seed 002's table), by
municipality, county, year and leadership, per currency, with the shares, the jobs and the
number off track. Summed by the database from the portfolio's read model in one query
(PostgreSQL's GROUPING SETS: every grouping in one pass over the filtered lines; SQLite, where
portfolios are small, one plain query per grouping).

Amounts in different currencies are never added together: every total and every share is
per currency, the currencies side by side.
"""

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from django.core.exceptions import EmptyResultSet
from django.db import connection
from django.db.models import Count, IntegerField, Q, QuerySet, Sum, Value
from django.db.models.functions import Coalesce

from portal.models import Organisation
from reports.portfolio import counties
from reports.portfolio.models import Leadership, LineSource
from reports.portfolio.selectors import ZERO, Criteria, portfolio_lines

TOP_MUNICIPALITIES = 20  # the page lists this many municipalities, the rest as one line
CURRENCY_ORDER = ("SEK", "NOK", "EUR")


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


# The sums -------------------------------------------------------------------------------

# Each grouping: its name, the line's columns it groups by (key first, then the label).
GROUPINGS = {
    "focus": ("f_position", "f_name"),
    "municipality": ("municipality_id", "m_name"),
    "county": ("county",),
    "year": ("year",),
    "leadership": ("leadership",),
}
SUMS = ("amount", "n", "jobs_women", "jobs_men", "off_track", "imported")


@dataclass(frozen=True)
class _Sums:
    """One group's sums in one currency, as the database gave them."""

    grouping: str  # a key of GROUPINGS, or "" for the whole
    key: object
    label: str
    currency: str
    amount: Decimal
    n: int
    jobs_women: Decimal
    jobs_men: Decimal
    off_track: int
    imported: int


def _narrow(lines: QuerySet, municipality_names: bool = True) -> QuerySet:
    """The filtered lines with the columns the groupings read, their labels joined (the
    municipalities' names left out when the caller joins them to the groups instead)."""
    names = {"m_name": Coalesce("municipality__name", Value(""))} if municipality_names else {}
    return lines.order_by().values(
        "currency", "amount", "jobs_women", "jobs_men", "off_track", "source", "county", "year",
        "leadership", "municipality_id",
        f_position=Coalesce("focus_area__position", Value(0), output_field=IntegerField()),
        f_name=Coalesce("focus_area__name", Value("")), **names)


def _sums_in_one_query(lines: QuerySet) -> list[_Sums]:
    """Every grouping in one pass over the filtered lines. The municipalities' names are
    joined to the few hundred groups rather than to the thousands of lines (a name is the
    municipality's, so grouping by the id alone gives the same groups), and the counts are
    counted with FILTER: together a third less time for the largest portfolio."""
    try:
        sql, params = _narrow(lines, municipality_names=False).query.sql_with_params()
    except EmptyResultSet:  # a filter no line can meet (an id that cannot exist): no sums
        return []
    quoted = connection.ops.quote_name
    keys = {grouping: [c for c in names if c != "m_name"] for grouping, names in GROUPINGS.items()}
    columns = [column for names in keys.values() for column in names]
    which = " ".join(f"WHEN GROUPING(q.{quoted(names[0])}) = 0 THEN '{grouping}'"
                     for grouping, names in keys.items())
    sets = ", ".join(f"(q.currency, {', '.join(f'q.{quoted(c)}' for c in names)})"
                     for names in keys.values())
    organisations = quoted(Organisation._meta.db_table)
    query = (
        f"SELECT g.*, COALESCE(m.name, '') FROM (SELECT CASE {which} ELSE '' END, q.currency, "
        + ", ".join(f"q.{quoted(c)}" for c in columns)
        + ", SUM(q.amount), COUNT(*), SUM(q.jobs_women), SUM(q.jobs_men), "
        "COUNT(*) FILTER (WHERE q.off_track), "
        f"COUNT(*) FILTER (WHERE q.source = '{LineSource.LEDGER}') "
        f"FROM ({sql}) q GROUP BY GROUPING SETS ({sets}, (q.currency))) g "
        f"LEFT JOIN {organisations} m ON m.id = g.{quoted('municipality_id')}")
    with connection.cursor() as cursor:
        cursor.execute(query, params)
        found = cursor.fetchall()
    result = []
    for grouping, currency, *values in found:
        keyed = dict(zip(columns, values[:len(columns)], strict=True))
        keyed["m_name"] = values[-1]
        sums = values[len(columns):-1]
        names = GROUPINGS.get(grouping, ())
        key = keyed[names[0]] if names else ""
        label = keyed[names[1]] if len(names) > 1 else ""
        result.append(_Sums(grouping, key, label, currency, *sums))
    return result


def _sums_query_by_query(lines: QuerySet) -> list[_Sums]:
    narrow = _narrow(lines)
    aggregates = {
        "s_amount": Sum("amount"), "s_n": Count("*"), "s_jw": Sum("jobs_women"),
        "s_jm": Sum("jobs_men"), "s_off": Count("pk", filter=Q(off_track=True)),
        "s_imported": Count("pk", filter=Q(source=LineSource.LEDGER)),
    }
    result = []
    for grouping, names in (*GROUPINGS.items(), ("", ())):
        for row in narrow.values("currency", *names).annotate(**aggregates):
            result.append(_Sums(grouping, row[names[0]] if names else "",
                                row[names[1]] if len(names) > 1 else "", row["currency"],
                                row["s_amount"], row["s_n"], row["s_jw"], row["s_jm"],
                                row["s_off"], row["s_imported"]))
    return result


def portfolio_totals(funding_body_id: int, criteria: Criteria,
                     lines: QuerySet | None = None) -> PortfolioTotals:
    """`lines`: the filtered lines when the caller has them (the text searched once)."""
    if lines is None:
        lines = portfolio_lines(funding_body_id, criteria)
    found = (_sums_in_one_query(lines) if connection.vendor == "postgresql"
             else _sums_query_by_query(lines))
    whole = [row for row in found if row.grouping == ""]
    wholes = {row.currency: row.amount or ZERO for row in sorted(
        whole, key=lambda r: (CURRENCY_ORDER.index(r.currency)
                              if r.currency in CURRENCY_ORDER else 9, r.currency))}
    count = sum(row.n for row in whole)
    imported = sum(row.imported for row in whole)
    groups = {grouping: _merged([row for row in found if row.grouping == grouping])
              for grouping in GROUPINGS}
    return PortfolioTotals(
        count=count, in_portal=count - imported, imported=imported,
        amounts=tuple(CurrencyAmount(c, a, share(a, a)) for c, a in wholes.items()),
        by_focus_area=tuple(sorted(
            (_group(key or 0, label, amounts, n, wholes)
             for key, (label, amounts, n) in groups["focus"].items()),
            key=lambda g: (g.key == "0", int(g.key)))),
        by_municipality=_by_amount([_group(key or 0, label, amounts, n, wholes)
                                    for key, (label, amounts, n) in
                                    groups["municipality"].items()]),
        by_county=_by_amount([_group(key or "", counties.name(key) if key else "", amounts, n,
                                     wholes)
                              for key, (_label, amounts, n) in groups["county"].items()]),
        by_year=tuple(_group(key or 0, str(key) if key else "", amounts, n, wholes)
                      for key, (_label, amounts, n) in sorted(
                          groups["year"].items(), key=lambda item: item[0] or 0)),
        leadership=_leadership_groups(groups["leadership"], count, wholes),
        jobs_women=sum((row.jobs_women or ZERO for row in whole), ZERO),
        jobs_men=sum((row.jobs_men or ZERO for row in whole), ZERO),
        off_track=sum(row.off_track for row in whole),
    )


def _merged(rows: list[_Sums]) -> dict:
    """key: (label, {currency: amount}, count) — a group's currencies side by side."""
    merged: dict = {}
    for row in rows:
        label, amounts, count = merged.get(row.key, ("", {}, 0))
        merged[row.key] = (row.label or label,
                           {**amounts, row.currency: row.amount or ZERO}, count + row.n)
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


def _leadership_groups(merged: dict, count: int, wholes: dict) -> tuple[Group, ...]:
    labels = dict(Leadership.choices)
    order = [*Leadership.values, ""]
    return tuple(Group(key, str(labels.get(key, "")), _figures(amounts, wholes), n,
                       share(n, count))
                 for key in order if key in merged
                 for _label, amounts, n in [merged[key]])
