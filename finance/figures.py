"""The numbers of one budget version: cells, flat rates, totals and the financing plan.

Typed amounts are summed in the database; flat-rate amounts are computed here from their
base, per period, rounded to whole currency units, and added to the sums. The same
computation runs on unsaved amounts for the grid's live totals.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from finance.amounts import ZERO, whole
from finance.models import (
    IN_KIND_TYPES,
    BudgetPeriod,
    BudgetVersion,
    CategoryKind,
    CostCategory,
    FinancingSource,
    FinancingType,
)

Key = tuple[int, int]  # (category id, period id)


@dataclass
class CategoryRow:
    category: CostCategory
    label: str
    cells: dict[int, Decimal]  # period id -> amount
    total: Decimal
    percent: Decimal | None = None  # flat rates only

    @property
    def kind(self) -> str:
        return self.category.kind

    @property
    def computed(self) -> bool:
        return self.category.kind == CategoryKind.FLAT_RATE


@dataclass
class SourceRow:
    source: FinancingSource
    cells: dict[int, Decimal]
    total: Decimal
    ordered: list[Decimal | None] = field(default_factory=list)  # in period order


@dataclass
class Figures:
    version: BudgetVersion
    periods: list[BudgetPeriod]
    rows: list[CategoryRow]
    cost_by_period: dict[int, Decimal]  # every cost, flat rates included, income excluded
    income_by_period: dict[int, Decimal]
    sources: list[SourceRow] = field(default_factory=list)
    financing_by_period: dict[int, Decimal] = field(default_factory=dict)
    financing_by_type: dict[str, Decimal] = field(default_factory=dict)
    frozen_set_name: str = ""  # the category set's name when submitted (`finance.names`)

    @property
    def category_set_name(self) -> str:
        return self.frozen_set_name or str(self.version.budget.category_set)

    @property
    def currency(self) -> str:
        return self.version.budget.currency

    @property
    def eligible_by_period(self) -> dict[int, Decimal]:
        return {p.pk: self.cost_by_period.get(p.pk, ZERO) - self.income_by_period.get(p.pk, ZERO)
                for p in self.periods}

    @property
    def cost_total(self) -> Decimal:
        return sum(self.cost_by_period.values(), ZERO)

    @property
    def income_total(self) -> Decimal:
        return sum(self.income_by_period.values(), ZERO)

    @property
    def eligible_total(self) -> Decimal:
        return self.cost_total - self.income_total

    @property
    def financing_total(self) -> Decimal:
        return sum(self.financing_by_period.values(), ZERO)

    @property
    def difference_by_period(self) -> dict[int, Decimal]:
        """Financing minus eligible cost: negative means money is missing."""
        eligible = self.eligible_by_period
        return {p.pk: self.financing_by_period.get(p.pk, ZERO) - eligible[p.pk]
                for p in self.periods}

    @property
    def difference_total(self) -> Decimal:
        return self.financing_total - self.eligible_total

    def per_period(self) -> list[dict]:
        """Eligible cost, financing and their difference, period by period."""
        eligible, difference = self.eligible_by_period, self.difference_by_period
        return [{"period": p, "eligible": eligible[p.pk],
                 "financing": self.financing_by_period.get(p.pk, ZERO),
                 "difference": difference[p.pk]} for p in self.periods]

    def financing_types(self) -> list[tuple[str, Decimal]]:
        """(label, total) per financing type, in the order of the choices."""
        return [(label, self.financing_by_type[code]) for code, label in FinancingType.choices
                if self.financing_by_type.get(code)]

    def total_of_kind(self, kind: str) -> Decimal:
        return sum((row.total for row in self.rows if row.kind == kind), ZERO)

    @property
    def in_kind_financing_total(self) -> Decimal:
        return sum((v for t, v in self.financing_by_type.items() if t in IN_KIND_TYPES), ZERO)

    def financing_by_financier(self) -> dict[object, tuple[str, Decimal]]:
        totals: dict[object, tuple[str, Decimal]] = {}
        for row in self.sources:
            key = row.source.financier_id or f"text:{row.source.description}"
            name = row.source.financier.name if row.source.financier_id else row.source.name
            _, before = totals.get(key, (name, ZERO))
            totals[key] = (name, before + row.total)
        return totals


def flat_rate_percents(version: BudgetVersion, categories: list[CostCategory],
                       overrides: dict[int, Decimal]) -> dict[int, Decimal]:
    return {c.pk: overrides.get(c.pk, c.flat_rate_percent)
            for c in categories if c.kind == CategoryKind.FLAT_RATE}


def flat_rate_cells(category: CostCategory, percent: Decimal, base_cells: dict[int, Decimal],
                    periods: list[BudgetPeriod]) -> dict[int, Decimal]:
    return {p.pk: whole(base_cells.get(p.pk, ZERO) * percent / 100) for p in periods}


def build_rows(
    *, categories: list[CostCategory], periods: list[BudgetPeriod], matrix: dict[Key, Decimal],
    percents: dict[int, Decimal], language: str, category_totals: dict[int, Decimal] | None = None,
    labels: dict[int, str] | None = None,
) -> list[CategoryRow]:
    """One row per category; `category_totals` are the database's sums when saved; `labels`
    the names a submitted version keeps (by category id), else the catalogue's."""
    labels = labels or {}
    by_category: dict[int, dict[int, Decimal]] = defaultdict(dict)
    for (category_id, period_id), value in matrix.items():
        by_category[category_id][period_id] = value
    rows = []
    for category in categories:
        if category.kind == CategoryKind.FLAT_RATE:
            percent = percents[category.pk]
            cells = flat_rate_cells(category, percent, by_category[category.flat_rate_base_id],
                                    periods)
            rows.append(CategoryRow(category, labels.get(category.pk) or category.label(language),
                                    cells, sum(cells.values(), ZERO), percent))
            continue
        cells = by_category[category.pk]
        if category_totals is not None:
            total = category_totals.get(category.pk, ZERO)
        else:
            total = sum(cells.values(), ZERO)
        rows.append(CategoryRow(category, labels.get(category.pk) or category.label(language),
                                cells, total))
    return rows


def add_flat_rates(rows: list[CategoryRow], typed_cost: dict[int, Decimal],
                   periods: list[BudgetPeriod]) -> dict[int, Decimal]:
    """Typed cost per period (from the database or the form) plus the computed flat rates."""
    totals = {p.pk: typed_cost.get(p.pk, ZERO) for p in periods}
    for row in rows:
        if row.computed:
            for period_id, value in row.cells.items():
                totals[period_id] += value
    return totals


def figures_from_matrix(
    *, version: BudgetVersion, categories: list[CostCategory], periods: list[BudgetPeriod],
    matrix: dict[Key, Decimal], percents: dict[int, Decimal],
) -> Figures:
    """Figures of amounts not yet saved (the grid's live totals): summed here, not in the
    database, with exactly the rules the saved figures follow."""
    kind_of = {c.pk: c.kind for c in categories}
    typed_cost: dict[int, Decimal] = defaultdict(lambda: ZERO)
    income: dict[int, Decimal] = defaultdict(lambda: ZERO)
    for (category_id, period_id), value in matrix.items():
        if kind_of.get(category_id) == CategoryKind.INCOME:
            income[period_id] += value
        elif kind_of.get(category_id) is not None:
            typed_cost[period_id] += value
    rows = build_rows(categories=categories, periods=periods, matrix=matrix, percents=percents,
                      language=version.budget.language)
    return Figures(version=version, periods=periods, rows=rows,
                   cost_by_period=add_flat_rates(rows, typed_cost, periods),
                   income_by_period={p.pk: income[p.pk] for p in periods})
