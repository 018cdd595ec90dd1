"""The portfolio's totals and list pages, computed once per change of the funding body's
lines and kept. Summing a large body's lines by every grouping reads all of them (about 4 300
for the largest generated body) on every visit of every case officer, though most visits
follow no change at all.

A copy is kept under the release, the funding body's portfolio stamp and the reference stamp
(`portal.stamps`), the filter and, for the totals, the language (their labels). Every write
of a line moves its body's stamp inside the writing transaction (`lines`: a project's line
rewritten after an audited change, its off-track light stored); the names the lines are shown
and sorted with (municipalities, focus areas, programmes) and the imported ledgers move the
reference stamp with their audited changes."""

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import overload

from django.utils.safestring import SafeString
from django.utils.translation import get_language

from portal import stamps
from reports.portfolio.rows_html import portfolio_rows
from reports.portfolio.selectors import Criteria, PortfolioRow, PortfolioRows
from reports.portfolio.totals import PortfolioTotals, portfolio_totals
from reports.portfolio.totals_html import totals_tables


def lines_changed(funding_body_ids: Iterable[int]) -> None:
    """In the transaction that wrote lines of these funding bodies."""
    for funding_body_id in sorted(set(funding_body_ids)):
        stamps.touch(stamps.funding_body_key(funding_body_id))


class PortfolioStamps(stamps.Stamped):
    """The stamps one funding body's kept parts are kept under, read once a request."""

    def __init__(self, funding_body_id: int):
        super().__init__(stamps.funding_body_key(funding_body_id), stamps.REFERENCE)
        self.funding_body_id = funding_body_id

    def kept(self, name: str, parts: tuple, build):
        return super().kept(name, (self.funding_body_id, *parts), build)


def kept_totals(stamped: PortfolioStamps, criteria: Criteria, lines) -> PortfolioTotals:
    """The totals as figures, for the exports: a case officer exports what they filtered,
    so the totals are usually kept by then and the export only writes."""
    return stamped.kept("portfolio-totals", (criteria, get_language()),
                        lambda: portfolio_totals(stamped.funding_body_id, criteria, lines))


@dataclass(frozen=True)
class WrittenTotals:
    """The page's totals as its tables' markup (in the language kept under)."""

    count: int
    markup: SafeString


def kept_totals_tables(stamped: PortfolioStamps, criteria: Criteria, lines) -> WrittenTotals:
    """Kept written: a large body's totals are hundreds of groups, which are slower to read
    back and write out on every visit than their markup is to read back."""
    def written() -> WrittenTotals:
        totals = kept_totals(stamped, criteria, lines)  # kept too: an export follows
        return WrittenTotals(totals.count, totals_tables(totals))
    return stamped.kept("portfolio-totals-tables", (criteria, get_language()), written)


class WrittenRows(list):
    """A page of the list with its rows' markup (in the language kept under)."""

    def __init__(self, rows: list[PortfolioRow]):
        super().__init__(rows)
        self.markup = portfolio_rows(rows)


@dataclass(frozen=True)
class WrittenFilter:
    """The filter as read from a query: its criteria and its fields' markup (values chosen,
    the names of organisations chosen, errors beside the fields)."""

    criteria: Criteria
    fields: SafeString


def kept_filter(stamped: PortfolioStamps, query: tuple, build: Callable[[], WrittenFilter]
                ) -> WrittenFilter:
    """`query`: the filter's part of the request; each field's choices and each check of a
    value read the portfolio's lines and the reference data its stamps stand for."""
    return stamped.kept("portfolio-filter", (query, get_language()), build)


def kept_choices(name: str, funding_body_id: int, build):
    """A filter's choices drawn from the lines (named in the language of the page)."""
    return PortfolioStamps(funding_body_id).kept(f"portfolio-{name}", (get_language(),), build)


class KeptRows:
    """The filtered list for a paginator: each page's rows kept with their markup, the count
    the totals'."""

    def __init__(self, rows: PortfolioRows, stamped: PortfolioStamps, criteria: Criteria):
        self._rows = rows
        self._parts = (criteria, rows.sort)
        self._stamped = stamped

    @property
    def sort(self) -> str:
        return self._rows.sort

    def count(self) -> int:
        return self._rows.count()

    def __len__(self) -> int:
        return self.count()

    def __iter__(self) -> Iterator[PortfolioRow]:
        return iter(self._rows)

    @overload
    def __getitem__(self, index: int) -> PortfolioRow: ...

    @overload
    def __getitem__(self, index: slice) -> WrittenRows: ...

    def __getitem__(self, index):
        if not isinstance(index, slice):
            return self[index:index + 1][0]
        return self._stamped.kept("portfolio-rows",
                                  (*self._parts, index.start, index.stop, get_language()),
                                  lambda: WrittenRows(self._rows[index]))
