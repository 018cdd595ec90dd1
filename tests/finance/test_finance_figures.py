"""Budget figures: totals in the database, flat rates computed, income reducing eligible cost."""

from decimal import Decimal

from finance.figures import figures_from_matrix
from finance.selectors import budget_figures, categories_of, flat_rate_overrides, periods_of
from finance.services.budgets import save_settings
from tests.finance.conftest import category, fill, manager_of

D = Decimal


def _current(budget):
    version = budget.versions.get(superseded_at__isnull=True)
    version.budget = budget
    return version


def test_totals_per_year_category_and_overall(budget):
    fill(budget, {"egen-personal": [100, 200, 300], "externa-tjanster": [10, 0, 5]})
    figures = budget_figures(_current(budget))
    by_label = {p.label: p.pk for p in figures.periods}
    assert figures.cost_by_period[by_label["2019"]] == D(100 + 10 + 15)  # 15 % flat rate
    rows = {row.category.code: row for row in figures.rows}
    assert rows["egen-personal"].total == D(600)
    assert rows["externa-tjanster"].total == D(15)
    assert rows["schablonkostnader"].total == D(15 + 30 + 45)
    assert figures.cost_total == D(600 + 15 + 90)


def test_flat_rate_is_computed_from_its_base_and_rounded_per_period(budget):
    fill(budget, {"egen-personal": ["1095400", "3", "0"]})
    rows = {row.category.code: row for row in budget_figures(_current(budget)).rows}
    assert list(rows["schablonkostnader"].cells.values()) == [D(164310), D(0), D(0)]


def test_a_budget_may_set_its_own_flat_rate(budget):
    version = fill(budget, {"egen-personal": [1000, 0, 0]})
    flat = category(budget.category_set, "schablonkostnader")
    save_settings(version=version, actor=manager_of(budget.project), name=budget.name, note="",
                  periods=[(p.pk, p.label, p.start, p.end) for p in periods_of(version)],
                  flat_rates={flat.pk: D(20)}, expected_revision=None)
    rows = {row.category.code: row for row in budget_figures(_current(budget)).rows}
    assert rows["schablonkostnader"].total == D(200)
    assert rows["schablonkostnader"].percent == D(20)


def test_project_income_reduces_eligible_cost(budget):
    fill(budget, {"externa-tjanster": [1000, 0, 0], "projektintakter": [100, 0, 0]})
    figures = budget_figures(_current(budget))
    assert figures.cost_total == D(1000)
    assert figures.income_total == D(100)
    assert figures.eligible_total == D(900)


def test_live_totals_follow_the_same_rules_as_saved_ones(budget):
    version = fill(budget, {"egen-personal": [1000, 2000, 3333], "projektintakter": [1, 2, 3],
                            "resekostnader": [7, 8, 9]})
    saved = budget_figures(version, with_financing=False)
    categories = categories_of(budget)
    periods = periods_of(version)
    matrix = {(row.category.pk, p): v for row in saved.rows if not row.computed
              for p, v in row.cells.items()}
    live = figures_from_matrix(
        version=version, categories=categories, periods=periods, matrix=matrix,
        percents={c.pk: c.flat_rate_percent for c in categories if c.is_flat_rate}
        | flat_rate_overrides(version))
    assert live.cost_by_period == saved.cost_by_period
    assert live.eligible_total == saved.eligible_total
    assert [r.total for r in live.rows] == [r.total for r in saved.rows]
