"""The funding body's portfolio: the filtered list with its totals, and its exports."""

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import render
from django.utils import timezone

from portal.models import Organisation, OrganisationKind
from portal.spreadsheets import csv_response, xlsx_response
from reports.portfolio import exports
from reports.portfolio.access import portfolio_for
from reports.portfolio.filters import PortfolioFilter
from reports.portfolio.models import LedgerImport, ReportedStatistic
from reports.portfolio.selectors import SORTS, PortfolioRows, portfolio_totals

PER_PAGE = 50


def _portfolio(request):
    scope = portfolio_for(request.user, request.GET.get("funding_body"))
    body = scope.funding_body
    filters = PortfolioFilter(request.GET or None, funding_body_id=body.pk)
    criteria = filters.criteria()
    sort = request.GET.get("sort", "name")
    rows = PortfolioRows(body.pk, criteria, sort)
    return scope, filters, criteria, rows


@login_required
def portfolio(request):
    scope, filters, criteria, rows = _portfolio(request)
    body = scope.funding_body
    page = Paginator(rows, PER_PAGE).get_page(request.GET.get("sida"))
    totals = portfolio_totals(body.pk, criteria)
    query = request.GET.copy()
    query.pop("sida", None)
    sort_query = query.copy()
    sort_query.pop("sort", None)
    statistics = []
    if criteria.year:
        statistics = list(ReportedStatistic.objects.filter(funding_body=body,
                                                           year=criteria.year))
    notes = [ledger for ledger in LedgerImport.objects.filter(funding_body=body)
             .only("file_name", "year", "note") if ledger.note
             and (not criteria.year or ledger.year == criteria.year)]
    return render(request, "portfolio/portfolio.html", {
        "scope": scope, "body": body, "filter": filters, "page": page, "totals": totals,
        "criteria": criteria, "sort": rows.sort, "sorts": SORTS,
        "query": query.urlencode(), "sort_query": sort_query.urlencode(),
        "statistics": statistics, "notes": notes,
        "bodies": Organisation.objects.filter(kind=OrganisationKind.FUNDING_BODY)
        if request.user.is_superuser else [],
        "this_year": timezone.localdate().year,
    })


@login_required
def export(request, kind):
    if kind not in ("xlsx", "csv"):
        raise Http404
    scope, _filters, criteria, rows = _portfolio(request)
    totals = portfolio_totals(scope.funding_body.pk, criteria)
    name = f"portfolio-{timezone.localdate().isoformat()}"
    if kind == "csv":
        return csv_response(exports.csv_rows(rows, totals), f"{name}.csv")
    return xlsx_response(exports.workbook(rows, totals), f"{name}.xlsx")
