"""Read-only API of budgets, financing plans and outcome. Every view gets its project
through the access helper, exactly like the pages."""

from django.utils import timezone
from django.utils.translation import get_language
from drf_spectacular.utils import extend_schema
from rest_framework.response import Response
from rest_framework.views import APIView

from finance import amounts, api_writes, selectors
from finance.api_types import BudgetPage, BudgetRead, OutcomePage, OutcomeReportRead
from finance.figures import Figures
from finance.models import OutcomeReport
from finance.outcome import outcome_tables
from finance.summary import project_finance
from portal import stamps
from projects.access import project_for
from projects.api_common import paged, write_responses


def plain(value) -> str:
    """An amount as JSON carries it: a decimal string with a point ("1748975.29"), never
    the comma the input fields use."""
    return amounts.plain(value).replace(",", ".")


def _amount(value) -> str:
    return plain(value) or "0"


def budget_data(figures: Figures, conversion=None, findings=()) -> dict:
    budget = figures.version.budget
    periods = figures.periods
    data = {
        "id": budget.pk,
        "name": budget.name,
        "currency": budget.currency,
        "category_set": budget.category_set.slug,
        "version": figures.version.number,
        # What a write of the costs or of the financing plan sends back (or as If-Match).
        "revisions": {"costs": figures.version.cost_revision,
                      "financing": figures.version.financing_revision},
        "periods": [{"label": p.label, "start": p.start, "end": p.end} for p in periods],
        "costs": [{
            "category": row.category.code, "name": row.label, "kind": row.kind,
            "computed": row.computed,
            "percent": plain(row.percent) if row.computed else None,
            "amounts": {p.label: _amount(row.cells.get(p.pk)) for p in periods},
            "total": _amount(row.total)} for row in figures.rows],
        "financing": [{
            "id": row.source.pk, "financier": row.source.financier.name
            if row.source.financier_id else None,
            "financier_id": row.source.financier_id, "description": row.source.description,
            "type": row.source.financing_type, "preliminary": row.source.preliminary,
            "amounts": {p.label: _amount(row.cells.get(p.pk)) for p in periods},
            "total": _amount(row.total)} for row in figures.sources],
        "totals": {
            "cost": _amount(figures.cost_total), "income": _amount(figures.income_total),
            "eligible_cost": _amount(figures.eligible_total),
            "financing": _amount(figures.financing_total),
            "difference": _amount(figures.difference_total),
            "by_period": [{"period": row["period"].label, "eligible_cost": _amount(row["eligible"]),
                           "financing": _amount(row["financing"]),
                           "difference": _amount(row["difference"])}
                          for row in figures.per_period()],
        },
        "findings": [{"severity": f.severity, "code": f.code, "message": f.message}
                     for f in findings],
    }
    if conversion is not None:
        data["conversion"] = conversion.as_data() | {"frozen": conversion.frozen}
    return data


class BudgetList(APIView):
    @extend_schema(responses=BudgetPage, operation_id="budgets_list",
                   summary="Every budget of the project with its figures and the joint total")
    def get(self, request, slug):
        project, _access = project_for(request.user, slug)
        return kept_page(request, project, "api-budgets", lambda: _budgets_answer(project),
                         timezone.localdate())

    @extend_schema(request=api_writes.BudgetCreateSerializer,
                   responses=write_responses(BudgetRead, created=True),
                   summary="Add a budget with one period per year")
    def post(self, request, slug):
        return api_writes.create_budget(request, slug)


class BudgetDetail(APIView):
    @extend_schema(responses=BudgetRead, operation_id="budget_read")
    def get(self, request, slug, budget_id):
        project, _access = project_for(request.user, slug)
        version = selectors.current_version(project, budget_id)
        # Every cell of the budget, shaped once per change of the project, as the list is.
        return Response(stamps.kept(
            "api-budget", project.pk, (version.pk, get_language(), timezone.localdate()),
            lambda: budget_data(selectors.budget_figures(version))))


class OutcomeList(APIView):
    @extend_schema(responses=OutcomePage, operation_id="outcome_list",
                   summary="Outcome reports against the approved budgets")
    def get(self, request, slug):
        project, _access = project_for(request.user, slug)
        return kept_page(request, project, "api-outcome", lambda: _outcome_answer(project))

    @extend_schema(request=api_writes.ReportCreateSerializer,
                   responses=write_responses(OutcomeReportRead, created=True),
                   summary="Start an outcome report for a period of an approved budget")
    def post(self, request, slug):
        return api_writes.create_report(request, slug)


def kept_page(request, project, name: str, build, *parts) -> Response:
    """A list the project's data alone makes, the same for everyone who may read it: every
    item shaped once per change of that data and the language (`portal.stamps.kept`; a
    project of Jems' size took 50 ms to read and shape), then paged from the kept items."""
    answer = stamps.kept(name, project.pk, (get_language(), *parts), build)
    return paged(request, answer["results"], **answer["around"])


def _budgets_answer(project) -> dict:
    finance = project_finance(project)
    return {"results": [budget_data(s.figures, s.conversion, s.findings)
                        for s in finance.budgets],
            "around": {
                "project": project.slug, "reporting_currency": finance.currency,
                "joint": {"eligible_cost": plain(finance.joint_eligible) or None,
                          "financing": plain(finance.joint_financing) or None},
                "project_findings": [
                    {"severity": f.severity, "code": f.code, "message": f.message}
                    for f in finance.project_findings]}}


def _outcome_answer(project) -> dict:
    approved = selectors.approved_versions(project)
    figures = selectors.figures_of_versions(list(approved.values()))
    figures_by_budget = {budget_id: figures[v.pk] for budget_id, v in approved.items()}
    listed = list(OutcomeReport.objects.filter(budget_id__in=figures_by_budget)
                  .order_by("budget_id", "number"))
    tables = outcome_tables(listed, figures_by_budget)
    return {"results": [{
        "id": report.pk, "revision": report.revision, "budget": report.budget_id,
        "number": report.number, "period": report.label, "status": report.status,
        "costs": [_line(line) for line in tables[report.pk].costs],
        "financing": [_line(line) | {"type": line.financing_type}
                      for line in tables[report.pk].financing],
    } for report in listed], "around": {"project": project.slug}}


def _line(line) -> dict:
    return {"name": line.label, "approved": _amount(line.approved),
            "previously_reported": _amount(line.previous),
            "this_period": _amount(line.this_period), "accumulated": _amount(line.accumulated),
            "remaining": _amount(line.remaining)}
