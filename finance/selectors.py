"""Reads: budgets, their figures and outcome, in a number of queries that does not grow
with the number of lines."""

from collections import defaultdict
from decimal import Decimal

from django.db.models import Prefetch, Q, QuerySet, Sum
from django.shortcuts import get_object_or_404

from finance.amounts import ZERO
from finance.figures import Figures, SourceRow, add_flat_rates, build_rows, flat_rate_percents
from finance.models import (
    Budget,
    BudgetLine,
    BudgetPeriod,
    BudgetVersion,
    CategoryKind,
    CostCategory,
    FinancingAmount,
    FinancingSource,
    FlatRate,
    ProgrammeRules,
)
from projects.models import Project


def project_budgets(project: Project) -> list[Budget]:
    """The project's budgets, each with `.current` set to its current version."""
    budgets = list(
        Budget.objects.filter(project=project)
        .select_related("category_set", "partner")
        .prefetch_related(Prefetch(
            "versions", queryset=BudgetVersion.objects.filter(superseded_at__isnull=True),
            to_attr="current_versions"))
    )
    for budget in budgets:
        budget.current = budget.current_versions[0] if budget.current_versions else None
        if budget.current is not None:
            budget.current.budget = budget
    return budgets


def budget_of_project(project: Project, budget_id: int) -> Budget:
    """One budget of the project with `.current`; 404 when it belongs to another project."""
    budget = get_object_or_404(
        Budget.objects.select_related("category_set", "partner", "project"),
        pk=budget_id, project=project,
    )
    budget.current = budget.versions.filter(superseded_at__isnull=True).first()
    if budget.current is not None:
        budget.current.budget = budget
    return budget


def version_of_budget(budget: Budget, number: int) -> BudgetVersion:
    version = get_object_or_404(
        BudgetVersion.objects.select_related("created_by"), budget=budget, number=number)
    version.budget = budget
    return version


def categories_of(budget: Budget) -> list[CostCategory]:
    return list(CostCategory.objects.filter(category_set_id=budget.category_set_id)
                .order_by("position", "id"))


def periods_of(version: BudgetVersion) -> list[BudgetPeriod]:
    return list(version.periods.order_by("position"))


def flat_rate_overrides(version: BudgetVersion) -> dict[int, Decimal]:
    return dict(FlatRate.objects.filter(version=version).values_list("category_id", "percent"))


def programme_rules(project: Project) -> ProgrammeRules | None:
    return (ProgrammeRules.objects.filter(programme_id=project.programme_id)
            .select_related("programme", "category_set")
            .prefetch_related("caps", "currency_rules", "alternative_sets")
            .first())


def budget_figures(version: BudgetVersion, *, with_financing: bool = True,
                   categories: list[CostCategory] | None = None) -> Figures:
    """The saved figures. Typed amounts are summed by the database; flat rates are added."""
    budget = version.budget
    categories = categories if categories is not None else categories_of(budget)
    periods = periods_of(version)
    percents = flat_rate_percents(version, categories, flat_rate_overrides(version))
    lines = BudgetLine.objects.filter(version=version)
    matrix = {(c, p): a for c, p, a in lines.values_list("category_id", "period_id", "amount")}
    category_totals = dict(lines.values("category_id").annotate(total=Sum("amount"))
                           .values_list("category_id", "total"))
    typed_cost: dict[int, Decimal] = defaultdict(lambda: ZERO)
    income: dict[int, Decimal] = defaultdict(lambda: ZERO)
    for row in lines.values("period_id", "category__kind").annotate(total=Sum("amount")):
        target = income if row["category__kind"] == CategoryKind.INCOME else typed_cost
        target[row["period_id"]] += row["total"]
    rows = build_rows(categories=categories, periods=periods, matrix=matrix, percents=percents,
                      language=budget.language, category_totals=category_totals)
    figures = Figures(version=version, periods=periods, rows=rows,
                      cost_by_period=add_flat_rates(rows, typed_cost, periods),
                      income_by_period={p.pk: income[p.pk] for p in periods})
    if with_financing:
        _add_financing(figures)
    return figures


def _add_financing(figures: Figures) -> None:
    version = figures.version
    sources = list(FinancingSource.objects.filter(version=version)
                   .select_related("financier").order_by("position", "id"))
    amounts = FinancingAmount.objects.filter(source__version=version)
    cells: dict[int, dict[int, Decimal]] = defaultdict(dict)
    for source_id, period_id, amount in amounts.values_list("source_id", "period_id", "amount"):
        cells[source_id][period_id] = amount
    source_totals = dict(amounts.values("source_id").annotate(total=Sum("amount"))
                         .values_list("source_id", "total"))
    figures.sources = [
        SourceRow(s, cells[s.pk], source_totals.get(s.pk, ZERO),
                  [cells[s.pk].get(p.pk) for p in figures.periods])
        for s in sources]
    by_period = dict(amounts.values("period_id").annotate(total=Sum("amount"))
                     .values_list("period_id", "total"))
    figures.financing_by_period = {p.pk: by_period.get(p.pk, ZERO) for p in figures.periods}
    figures.financing_by_type = dict(
        amounts.values("source__financing_type").annotate(total=Sum("amount"))
        .values_list("source__financing_type", "total"))


def budget_versions(budget: Budget) -> QuerySet[BudgetVersion]:
    return budget.versions.select_related("created_by").order_by("-number")


def approved_version(budget: Budget) -> BudgetVersion | None:
    """The newest version that is in force: one made under a change request counts only
    once that request is approved. Outcome is reported against this one."""
    from projects.models import ChangeRequestStatus

    for version in budget.versions.select_related("change_request").order_by("-number"):
        request = version.change_request
        if request is None or request.status == ChangeRequestStatus.APPROVED:
            version.budget = budget
            return version
    return None


def submitted_outcome_reports(budget: Budget, *, ending_by=None) -> list:
    """The budget's submitted outcome reports in order, those ending by a day when given:
    what a status or final report states as the outcome so far."""
    from finance.models import OutcomeReport, OutcomeStatus

    reports = OutcomeReport.objects.filter(budget=budget, status=OutcomeStatus.SUBMITTED)
    if ending_by is not None:
        reports = reports.filter(Q(period_end__lte=ending_by) | Q(period_end__isnull=True))
    return list(reports.order_by("number"))
