"""What the finance pages share: getting the budget through the access helper (one decorator
for every budget page), and shaping figures into rows a template can show."""

from dataclasses import dataclass, field
from decimal import Decimal
from functools import wraps

from django.contrib.auth.decorators import login_required

from finance import selectors
from finance.access import FinanceAccess
from finance.amounts import ZERO
from finance.figures import Figures
from finance.forms import cell_name
from finance.models import Budget, BudgetVersion, CategoryKind
from finance.services.budgets import editable
from portal.formatting import group_thousands
from projects.access import ProjectAccess, abilities_for
from projects.models import Project
from projects.views.common import project_context

ACTIVE_TAB = "finance:budgets"


@dataclass(frozen=True)
class BudgetPage:
    """What every page of one budget starts from: the project, the person's abilities and
    the budget's current version (with its budget), decided by the access helper."""

    project: Project
    finance: FinanceAccess
    version: BudgetVersion

    @property
    def access(self) -> ProjectAccess:
        return self.finance.access

    @property
    def budget(self) -> Budget:
        return self.version.budget

    @property
    def editable(self) -> bool:
        return self.finance.can_edit_budgets and editable(self.version, self.project)

    def context(self, **extra) -> dict:
        return page(self.project, self.access, budget=self.budget, version=self.version,
                    editable=self.editable, **extra)


def budget_page(user, slug: str, budget_id: int, *, method: str = "GET",
                ability: str = "can_view") -> BudgetPage:
    """404 / 403 decided by the access helper: `ability` always, changing the budget on
    POST."""
    project, finance = abilities_for(user, slug, FinanceAccess, ability)
    if method == "POST":
        finance.require("can_edit_budgets")
    return BudgetPage(project, finance, selectors.current_version(project, budget_id))


def budget_view(view=None, *, ability: str = "can_view"):
    """A view of one budget: signed in, the budget read through `budget_page`, and the view
    called as `view(request, page, **rest)`."""
    def decorate(view):
        @login_required
        @wraps(view)
        def wrapped(request, slug, budget_id, **kwargs):
            return view(request, budget_page(request.user, slug, budget_id,
                                             method=request.method, ability=ability), **kwargs)
        return wrapped
    return decorate(view) if view is not None else decorate


def page(project, access, tab=ACTIVE_TAB, **extra) -> dict:
    return project_context(project, access, tab, **extra)


def shown(value: Decimal | None) -> str:
    """An amount as an input shows it: grouped the Swedish way, decimals only when present."""
    if value is None or value == "":
        return ""
    value = Decimal(value)
    decimals = 0 if value == value.to_integral_value() else 2
    return group_thousands(value, decimals)


@dataclass
class Cell:
    name: str
    period_label: str
    value: str
    error: str = ""


@dataclass
class Row:
    key: int
    label: str
    kind: str
    computed: bool
    total: Decimal
    cells: list[Cell] = field(default_factory=list)
    percent: Decimal | None = None
    base_label: str = ""
    html: str = ""  # the cells as markup, on the grid only (`grid_cells.cost_cells`)


def cost_rows(figures: Figures, raw: dict[str, str] | None = None,
              errors: dict[str, str] | None = None) -> list[Row]:
    """The grid's rows: typed cells show what was typed (if posted) or the saved amount."""
    raw, errors = raw or {}, errors or {}
    labels = {row.category.pk: row.label for row in figures.rows}
    rows = []
    for row in figures.rows:
        category = row.category
        shaped = Row(category.pk, row.label, category.kind, row.computed, row.total,
                     percent=row.percent,
                     base_label=labels.get(category.flat_rate_base_id, ""))
        for period in figures.periods:
            name = cell_name(category.pk, period.pk)
            value = row.cells.get(period.pk)
            text = raw[name] if name in raw else shown(value if value else None)
            if row.computed:
                text = shown(value or ZERO)
            shaped.cells.append(Cell(name, period.label, text, errors.get(name, "")))
        rows.append(shaped)
    return rows


def has_income(figures: Figures) -> bool:
    return any(row.kind == CategoryKind.INCOME for row in figures.rows)


def footer(figures: Figures) -> dict:
    """Per period and in total: costs, income, eligible cost, financing, difference."""
    periods = figures.periods
    eligible = figures.eligible_by_period
    difference = figures.difference_by_period
    return {
        "cost": [figures.cost_by_period.get(p.pk, ZERO) for p in periods],
        "income": [figures.income_by_period.get(p.pk, ZERO) for p in periods],
        "eligible": [eligible[p.pk] for p in periods],
        "financing": [figures.financing_by_period.get(p.pk, ZERO) for p in periods],
        "difference": [difference[p.pk] for p in periods],
        "cost_total": figures.cost_total,
        "income_total": figures.income_total,
        "eligible_total": figures.eligible_total,
        "financing_total": figures.financing_total,
        "difference_total": figures.difference_total,
        "has_income": has_income(figures),
        "periods": periods,
        "ids": [p.pk for p in periods],
    }
