"""The funding body's portfolio through the API: its projects and grants decided outside the
portal, filtered as on the portfolio page, a page at a time, and its totals summed in SQL,
through the portfolio's own selectors and access helper (a person without a portfolio: 403).
Administrators of the whole portal choose the funding body with `funding_body`."""

from django.utils import translation
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers
from rest_framework.response import Response
from rest_framework.views import APIView
from rest_framework_dataclasses.fields import DefaultDecimalField
from rest_framework_dataclasses.serializers import DataclassSerializer

from projects.api_common import paged, paged_schema, write_responses
from reports.api_jobs import JobRead, JobViews
from reports.portfolio import background
from reports.portfolio.access import portfolio_for
from reports.portfolio.filters import PortfolioFilter
from reports.portfolio.kept import PortfolioStamps
from reports.portfolio.models import PortfolioExport
from reports.portfolio.selectors import SORTS, PortfolioRow, PortfolioRows
from reports.portfolio.totals import Group, PortfolioTotals, portfolio_totals


class RowRead(DataclassSerializer):
    status_label = serializers.CharField(read_only=True)

    class Meta:
        dataclass = PortfolioRow
        ref_name = "PortfolioRow"


class GroupRead(DataclassSerializer):
    class Meta:
        dataclass = Group
        ref_name = "PortfolioGroup"


class TotalsRead(DataclassSerializer):
    by_focus_area = GroupRead(many=True)
    by_municipality = GroupRead(many=True)
    by_county = GroupRead(many=True)
    by_year = GroupRead(many=True)
    leadership = GroupRead(many=True)
    jobs = serializers.DecimalField(max_digits=16, decimal_places=2, read_only=True)

    class Meta:
        dataclass = PortfolioTotals
        ref_name = "PortfolioTotals"


# The totals as TotalsRead gives them, written by hand: a large portfolio's few hundred
# groups through the dataclass serializers' fields cost more than summing them. The test
# compares the two; TotalsRead stays the schema.
_DECIMAL = DefaultDecimalField()  # the dataclass serializer's own field for a Decimal


def _decimal(value):
    return None if value is None else _DECIMAL.to_representation(value)


def _figures(amounts) -> list[dict]:
    return [{"currency": f.currency, "amount": _decimal(f.amount), "share": _decimal(f.share)}
            for f in amounts]


def _groups(groups) -> list[dict]:
    return [{"key": g.key, "label": g.label, "amounts": _figures(g.amounts), "count": g.count,
             "share": _decimal(g.share)} for g in groups]


def _kept_totals_data(funding_body_id: int, criteria) -> dict:
    """The answer kept as data: a large body's hundreds of groups are slower to write out on
    every call than to read back (see `kept`)."""
    return PortfolioStamps(funding_body_id).kept(
        "portfolio-totals-api", (criteria, translation.get_language()),
        lambda: totals_data(portfolio_totals(funding_body_id, criteria)))


def totals_data(totals: PortfolioTotals) -> dict:
    return {
        "by_focus_area": _groups(totals.by_focus_area),
        "by_municipality": _groups(totals.by_municipality),
        "by_county": _groups(totals.by_county), "by_year": _groups(totals.by_year),
        "leadership": _groups(totals.leadership), "jobs": _decimal(totals.jobs),
        "count": totals.count, "in_portal": totals.in_portal, "imported": totals.imported,
        "amounts": _figures(totals.amounts), "jobs_women": _decimal(totals.jobs_women),
        "jobs_men": _decimal(totals.jobs_men), "off_track": totals.off_track,
    }


FundingBodyRead = serializers.CharField(help_text="The funding body whose portfolio this is.")
PortfolioPage = paged_schema("PortfolioPage", RowRead, funding_body=FundingBodyRead)
# The page's filters, typed as they are read (ids of programmes, focus areas, organisations).
FILTER_TYPES = {"programme": int, "focus_area": int, "municipality": int, "financier": int,
                "year": int, "off_track": bool}
FILTERS = [OpenApiParameter(name, FILTER_TYPES.get(name, str), required=False)
           for name in PortfolioFilter.base_filters]
CHOICE = [OpenApiParameter("funding_body", int, required=False,
                           description="Portal administrators: whose portfolio.")]


def _scope(request):
    scope = portfolio_for(request.user, request.query_params.get("funding_body"))
    filters = PortfolioFilter(request.query_params or None,
                              funding_body_id=scope.funding_body.pk)
    if filters.is_bound and not filters.form.is_valid():
        raise serializers.ValidationError(filters.form.errors)
    return scope, filters.criteria()


class PortfolioList(APIView):
    @extend_schema(responses=PortfolioPage, operation_id="portfolio_list",
                   parameters=[*FILTERS, *CHOICE, OpenApiParameter(
                       "sort", str, required=False,
                       enum=[*SORTS, *(f"-{s}" for s in SORTS)])],
                   summary="The portfolio's projects and imported grants, filtered and sorted "
                           "as on the page")
    def get(self, request):
        scope, criteria = _scope(request)
        rows = PortfolioRows(scope.funding_body.pk, criteria,
                             request.query_params.get("sort", "name"))
        return paged(request, rows, lambda row: RowRead(row).data,
                     funding_body=scope.funding_body.name)


class PortfolioTotalsView(APIView):
    @extend_schema(responses=TotalsRead, operation_id="portfolio_totals",
                   parameters=[*FILTERS, *CHOICE],
                   summary="The filtered portfolio's totals: amount, by focus area, "
                           "municipality, county, year and leadership, jobs")
    def get(self, request):
        scope, criteria = _scope(request)
        return Response(_kept_totals_data(scope.funding_body.pk, criteria))


# Exports of the filtered portfolio, made by the task worker: the person's own.

CSV = "text/csv"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

class PortfolioJobs(JobViews):
    namespace, name, id_name = "portfolio_api", "export", "portfolio_export_id"
    model = PortfolioExport
    media_types = (CSV, XLSX)

    def file_of(self, job):
        return background.file_of(job)

    def media_type_of(self, job):
        return f"{CSV}; charset=utf-8" if job.kind == "csv" else XLSX


class PortfolioExportWrite(serializers.Serializer):
    kind = serializers.ChoiceField(choices=["xlsx", "csv"])


class PortfolioExportStart(PortfolioJobs, APIView):
    """The portfolio filtered by the page's own query parameters, as Excel or CSV."""

    @extend_schema(request=PortfolioExportWrite, responses=write_responses(JobRead, created=True),
                   parameters=[*FILTERS, *CHOICE], operation_id="portfolio_export",
                   summary="Export the filtered portfolio (Excel or CSV), made by the task "
                           "worker; follow the job for its file")
    def post(self, request):
        scope, criteria = _scope(request)
        serializer = PortfolioExportWrite(data=request.data)
        serializer.is_valid(raise_exception=True)
        job = background.request_export(
            user=request.user, funding_body_id=scope.funding_body.pk,
            kind=serializer.validated_data["kind"], query=request.query_params.urlencode(),
            total=_kept_totals_data(scope.funding_body.pk, criteria)["count"],
            language=translation.get_language() or "sv")
        return self.answer(request, job, created=True)
