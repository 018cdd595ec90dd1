"""Reads: budgets, their figures and outcome, in a number of queries that does not grow
with the number of lines."""

from collections import defaultdict
from decimal import Decimal
from typing import Any

from django.db.models import Count, OuterRef, Q, QuerySet, Subquery, Sum
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
from finance.names import frozen_names
from portal.models import Organisation, OrganisationKind
from projects.lifecycle import lifecycle_of
from projects.models import Project


def current_versions(project: Project) -> list[BudgetVersion]:
    """The current version of each of the project's budgets, in the budgets' order, each
    with its budget (and the budget's set and partner) read in the same query."""
    return list(
        BudgetVersion.objects.filter(budget__project=project, superseded_at__isnull=True)
        .select_related("budget__category_set", "budget__partner")
        .order_by("budget__position", "budget_id"))


def current_version(project: Project, budget_id: int) -> BudgetVersion:
    """The current version of one budget of the project, with its budget; 404 when the
    budget belongs to another project."""
    return get_object_or_404(
        BudgetVersion.objects.select_related("budget__category_set", "budget__partner"),
        budget_id=budget_id, budget__project=project, superseded_at__isnull=True)


def version_of_budget(budget: Budget, number: int) -> BudgetVersion:
    version = get_object_or_404(
        BudgetVersion.objects.select_related("created_by"), budget=budget, number=number)
    version.budget = budget
    return version


def approved_versions(project: Project) -> dict[int, BudgetVersion]:
    """By budget id, the newest version that is in force: one made under a change request
    counts only once that request is approved. Outcome is reported against it. One query
    for every budget of the project."""
    lifecycle = lifecycle_of(project)
    found: dict[int, BudgetVersion] = {}
    for version in (BudgetVersion.objects.filter(budget__project=project)
                    .select_related("budget__category_set", "budget__partner")
                    .order_by("budget__position", "budget_id", "-number")):
        if version.budget_id not in found and lifecycle.in_force(version.change_request_id):
            found[version.budget_id] = version
    return found


def categories_of(budget: Budget) -> list[CostCategory]:
    return list(CostCategory.objects.filter(category_set_id=budget.category_set_id)
                .order_by("position", "id"))


def periods_of(version: BudgetVersion) -> list[BudgetPeriod]:
    return list(version.periods.order_by("position"))


def flat_rate_overrides(version: BudgetVersion) -> dict[int, Decimal]:
    return dict(FlatRate.objects.filter(version=version).values_list("category_id", "percent"))


# Passed for rules not read yet, where a caller may hand on the rules it has read (or None).
UNREAD = object()


def programme_rules(project: Project) -> ProgrammeRules | None:
    return (ProgrammeRules.objects.filter(programme_id=project.programme_id)
            .select_related("programme", "category_set")
            .prefetch_related("caps", "currency_rules", "alternative_sets")
            .first())


def budget_figures(version: BudgetVersion, *, with_financing: bool = True,
                   categories: list[CostCategory] | None = None) -> Figures:
    """The saved figures of one version. Typed amounts are summed by the database; flat
    rates are added."""
    sets = None if categories is None else {version.budget.category_set_id: categories}
    return figures_of_versions([version], with_financing=with_financing,
                               categories_by_set=sets)[version.pk]


def figures_of_versions(versions: list[BudgetVersion], *, with_financing: bool = True,
                        categories_by_set: dict[int, list[CostCategory]] | None = None,
                        catalogue_names: bool = False) -> dict[int, Figures]:
    """The figures of many versions (each with `.budget` set) in the same dozen queries
    whether there is one budget or fifty, with ten lines or a thousand. A submitted version
    shows the names it was submitted with, unless `catalogue_names` (when it is submitted
    again, it takes the catalogue's names of the day)."""
    if not versions:
        return {}
    ids = [v.pk for v in versions]
    categories_by_set = dict(categories_by_set or {})
    wanted = {v.budget.category_set_id for v in versions} - set(categories_by_set)
    for category in (CostCategory.objects.filter(category_set_id__in=wanted)
                     .order_by("position", "id")):
        categories_by_set.setdefault(category.category_set_id, []).append(category)
    periods: dict[int, list[BudgetPeriod]] = defaultdict(list)
    for period in BudgetPeriod.objects.filter(version_id__in=ids).order_by("position"):
        periods[period.version_id].append(period)
    overrides: dict[int, dict[int, Decimal]] = defaultdict(dict)
    for version_id, category_id, percent in FlatRate.objects.filter(
            version_id__in=ids).values_list("version_id", "category_id", "percent"):
        overrides[version_id][category_id] = percent
    lines = BudgetLine.objects.filter(version_id__in=ids)
    matrix: dict[int, dict] = defaultdict(dict)
    for version_id, c, p, a in lines.values_list("version_id", "category_id", "period_id",
                                                 "amount"):
        matrix[version_id][(c, p)] = a
    category_totals: dict[int, dict[int, Decimal]] = defaultdict(dict)
    for version_id, category_id, total in (lines.values("version_id", "category_id")
                                           .annotate(total=Sum("amount"))
                                           .values_list("version_id", "category_id", "total")):
        category_totals[version_id][category_id] = total
    typed_cost: dict[int, dict[int, Decimal]] = defaultdict(lambda: defaultdict(lambda: ZERO))
    income: dict[int, dict[int, Decimal]] = defaultdict(lambda: defaultdict(lambda: ZERO))
    for version_id, period_id, kind, total in (
            lines.values("version_id", "period_id", "category__kind")
            .annotate(total=Sum("amount"))
            .values_list("version_id", "period_id", "category__kind", "total")):
        target = income if kind == CategoryKind.INCOME else typed_cost
        target[version_id][period_id] += total

    names = {} if catalogue_names else frozen_names(versions)
    result = {}
    for version in versions:
        categories = categories_by_set.get(version.budget.category_set_id, [])
        frozen = names.get(version.pk)
        if frozen is not None:  # the categories it was submitted with, under their names
            categories = [c for c in categories if c.pk in frozen.categories]
        own_periods = periods[version.pk]
        percents = flat_rate_percents(version, categories, overrides[version.pk])
        rows = build_rows(categories=categories, periods=own_periods,
                          matrix=matrix[version.pk], percents=percents,
                          language=version.budget.language,
                          category_totals=category_totals[version.pk],
                          labels=frozen.categories if frozen else None)
        result[version.pk] = Figures(
            version=version, periods=own_periods, rows=rows,
            cost_by_period=add_flat_rates(rows, typed_cost[version.pk], own_periods),
            income_by_period={p.pk: income[version.pk][p.pk] for p in own_periods},
            frozen_set_name=frozen.category_set if frozen else "")
    if with_financing:
        _add_financing(list(result.values()))
    return result


def _add_financing(all_figures: list[Figures]) -> None:
    ids = [f.version.pk for f in all_figures]
    sources: dict[int, list[FinancingSource]] = defaultdict(list)
    for source in (FinancingSource.objects.filter(version_id__in=ids)
                   .select_related("financier").order_by("position", "id")):
        sources[source.version_id].append(source)
    amounts = FinancingAmount.objects.filter(source__version_id__in=ids)
    cells: dict[int, dict[int, Decimal]] = defaultdict(dict)
    for source_id, period_id, amount in amounts.values_list("source_id", "period_id", "amount"):
        cells[source_id][period_id] = amount
    source_totals = dict(amounts.values("source_id").annotate(total=Sum("amount"))
                         .values_list("source_id", "total"))
    by_period: dict[int, dict[int, Decimal]] = defaultdict(dict)
    for version_id, period_id, total in (amounts.values("source__version_id", "period_id")
                                         .annotate(total=Sum("amount"))
                                         .values_list("source__version_id", "period_id",
                                                      "total")):
        by_period[version_id][period_id] = total
    by_type: dict[int, dict[str, Decimal]] = defaultdict(dict)
    for version_id, kind, total in (amounts.values("source__version_id",
                                                   "source__financing_type")
                                    .annotate(total=Sum("amount"))
                                    .values_list("source__version_id",
                                                 "source__financing_type", "total")):
        by_type[version_id][kind] = total
    for figures in all_figures:
        pk = figures.version.pk
        figures.sources = [
            SourceRow(s, cells[s.pk], source_totals.get(s.pk, ZERO),
                      [cells[s.pk].get(p.pk) for p in figures.periods])
            for s in sources[pk]]
        figures.financing_by_period = {p.pk: by_period[pk].get(p.pk, ZERO)
                                       for p in figures.periods}
        figures.financing_by_type = by_type[pk]


def participating_municipalities(project: Project) -> list[Organisation]:
    return list(Organisation.objects.filter(participations__project=project,
                                            kind=OrganisationKind.MUNICIPALITY)
                .order_by("name"))


def budget_versions(budget: Budget) -> QuerySet[BudgetVersion]:
    return budget.versions.select_related("created_by").order_by("-number")


# Totals for portfolios: summed in SQL from the totals stored with each version.

MONEY_FIELDS = ("cost_total", "income_total", "eligible_total", "flat_rate_total",
                "in_kind_total", "financing_total", "public_financing_total",
                "eu_financing_total", "reporting_cost_total", "reporting_eligible_total",
                "reporting_financing_total")


def project_money_totals(projects: QuerySet[Project]) -> QuerySet[Project]:
    """Each project annotated with `money_<field>` for every field of MONEY_FIELDS: the sum
    over its budgets' current versions, one subquery per field, so it composes with any
    filter, order or page of `projects`. Amounts in the budgets' own currencies mix
    currencies; the `reporting_*` sums are in the programme's reporting currency (None when
    no budget has a rate). A project without budgets gets None."""
    current = (BudgetVersion.objects.filter(budget__project=OuterRef("pk"),
                                            superseded_at__isnull=True)
               .order_by().values("budget__project"))
    return projects.annotate(**{
        f"money_{name}": Subquery(current.annotate(total=Sum(name)).values("total")[:1])
        for name in MONEY_FIELDS})


def portfolio_money_totals(projects: QuerySet[Project]) -> dict[str, dict[str, Any]]:
    """The reporting-currency sums over the current versions of all budgets of `projects`,
    by reporting currency: {"SEK": {"reporting_eligible_total": ..., "budgets": 12, ...}}.
    One query, whatever the number of projects."""
    reporting = [name for name in MONEY_FIELDS if name.startswith("reporting_")]
    rows = (BudgetVersion.objects.filter(budget__project__in=projects.values("pk"),
                                         superseded_at__isnull=True)
            .order_by().values("reporting_currency")
            .annotate(budgets=Count("pk"), **{name: Sum(name) for name in reporting}))
    return {row["reporting_currency"]: {k: v for k, v in row.items()
                                        if k != "reporting_currency"} for row in rows}


def submitted_outcome_reports(budget: Budget, *, ending_by=None) -> list:
    """The budget's submitted outcome reports in order, those ending by a day when given:
    what a status or final report states as the outcome so far."""
    from finance.models import OutcomeReport, OutcomeStatus

    reports = OutcomeReport.objects.filter(budget=budget, status=OutcomeStatus.SUBMITTED)
    if ending_by is not None:
        reports = reports.filter(Q(period_end__lte=ending_by) | Q(period_end__isnull=True))
    return list(reports.order_by("number"))
