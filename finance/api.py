"""Read-only API of budgets, financing plans and outcome. Every view gets its project
through the access helper, exactly like the pages."""

from rest_framework.response import Response
from rest_framework.views import APIView

from finance import selectors
from finance.amounts import plain
from finance.figures import Figures
from finance.models import OutcomeReport
from finance.outcome import outcome_tables
from finance.summary import project_finance
from projects.access import project_for


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
    def get(self, request, slug):
        project, _access = project_for(request.user, slug)
        finance = project_finance(project)
        return Response({
            "project": project.slug,
            "reporting_currency": finance.currency,
            "joint": {"eligible_cost": plain(finance.joint_eligible) or None,
                      "financing": plain(finance.joint_financing) or None},
            "budgets": [budget_data(s.figures, s.conversion, s.findings)
                        for s in finance.budgets],
            "project_findings": [{"severity": f.severity, "code": f.code, "message": f.message}
                                 for f in finance.project_findings],
        })


class BudgetDetail(APIView):
    def get(self, request, slug, budget_id):
        project, _access = project_for(request.user, slug)
        version = selectors.current_version(project, budget_id)
        return Response(budget_data(selectors.budget_figures(version)))


class OutcomeList(APIView):
    def get(self, request, slug):
        project, _access = project_for(request.user, slug)
        approved = selectors.approved_versions(project)
        figures = selectors.figures_of_versions(list(approved.values()))
        figures_by_budget = {budget_id: figures[v.pk] for budget_id, v in approved.items()}
        listed = list(OutcomeReport.objects.filter(budget_id__in=figures_by_budget)
                      .order_by("budget_id", "number"))
        tables = outcome_tables(listed, figures_by_budget)
        reports = []
        for report in listed:
            table = tables[report.pk]
            reports.append({
                "budget": report.budget_id, "number": report.number, "period": report.label,
                "status": report.status,
                "costs": [_line(line) for line in table.costs],
                "financing": [_line(line) | {"type": line.financing_type}
                              for line in table.financing],
            })
        return Response({"project": project.slug, "reports": reports})


def _line(line) -> dict:
    return {"name": line.label, "approved": _amount(line.approved),
            "previously_reported": _amount(line.previous),
            "this_period": _amount(line.this_period), "accumulated": _amount(line.accumulated),
            "remaining": _amount(line.remaining)}
