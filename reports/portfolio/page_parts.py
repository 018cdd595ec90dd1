"""The portfolio page's kept parts (its filter fields, totals tables and pages of rows), made
the same way by the page and by the worker that prepares the first page after a change.

Every audited change of a project moves its funding body's stamp, so in a large portfolio
the next visit after any change recomputed the page: about 50 ms for 4 300 lines against
10 ms kept. Where the web workers share kept pages (Redis), the worker that refreshes the
project's lights then prepares its funding body's first page in the portal's first
language, so that visit is not the one that waits."""

from django.conf import settings
from django.core.paginator import Page, Paginator
from django.http import QueryDict
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.safestring import mark_safe

from reports.portfolio.filters import PortfolioFilter
from reports.portfolio.kept import (
    KeptRows,
    PortfolioStamps,
    WrittenFilter,
    WrittenTotals,
    kept_filter,
    kept_totals,
    kept_totals_tables,
)
from reports.portfolio.selectors import Criteria, PortfolioRows, portfolio_lines
from reports.portfolio.totals import PortfolioTotals

PER_PAGE = 50
FILTER_FIELDS = "portfolio/partials/filter_fields.html"
NOT_FILTERS = ("sida", "sort")  # the page and the order: read by the list, not the filter


def written_filter(query: QueryDict, stamped: PortfolioStamps) -> WrittenFilter:
    def written() -> WrittenFilter:
        filters = PortfolioFilter(query or None, funding_body_id=stamped.funding_body_id)
        return WrittenFilter(filters.criteria(), mark_safe(  # noqa: S308 - our template
            render_to_string(FILTER_FIELDS, {"filter": filters})))
    asked = tuple(sorted((name, tuple(values)) for name, values in query.lists()
                         if name not in NOT_FILTERS))
    return kept_filter(stamped, (bool(query), asked), written)


def listed(query: QueryDict, stamped: PortfolioStamps, criteria
           ) -> tuple[PortfolioRows, WrittenTotals]:
    """The rows and the totals tables of the filtered lines (the text searched once)."""
    lines = portfolio_lines(stamped.funding_body_id, criteria)
    totals = kept_totals_tables(stamped, criteria, lines)
    rows = PortfolioRows(stamped.funding_body_id, criteria, query.get("sort", "name"),
                         count=totals.count, lines=lines)
    return rows, totals


def exported(query: QueryDict, stamped: PortfolioStamps
             ) -> tuple[Criteria, PortfolioRows, PortfolioTotals]:
    """What an export of the page's filter holds: its criteria, its rows and its totals, the
    filter and totals as the page kept them (a case officer exports what they just saw)."""
    criteria = written_filter(query, stamped).criteria
    lines = portfolio_lines(stamped.funding_body_id, criteria)
    totals = kept_totals(stamped, criteria, lines)
    return criteria, PortfolioRows(stamped.funding_body_id, criteria, query.get("sort", "name"),
                                   count=totals.count, lines=lines), totals


def page_of(rows: PortfolioRows, stamped: PortfolioStamps, criteria, number) -> Page:
    return Paginator(KeptRows(rows, stamped, criteria), PER_PAGE).get_page(number)


def prepare_first_page(funding_body_id: int) -> None:
    """In the worker, after a change: the first page as a visitor would ask for it."""
    if settings.CACHE_BACKEND != "redis":
        return  # each web process keeps its own copies: the worker's would serve nobody
    with translation.override(settings.LANGUAGE_CODE):
        stamped, query = PortfolioStamps(funding_body_id), QueryDict()
        criteria = written_filter(query, stamped).criteria
        rows, _totals = listed(query, stamped, criteria)
        page_of(rows, stamped, criteria, None).object_list  # noqa: B018 - kept when read
