"""How the budget pages scale: a 20 × 60 budget (20 cost categories, 60 periods, 1 200 cells,
with 20 financiers over the 60 periods) against a 5 × 5 one, timed in the same run.

    DEBUG=1 .venv/bin/python bench/budget_grid.py
    DATABASE_URL=postgres://... DEBUG=1 .venv/bin/python bench/budget_grid.py

The cells are 48 times as many. Query counts stay the same; the time grows with what has to
be rendered (every cell is an input), so the ratio shows the cost per cell, not per query.
"""

from datetime import date
from decimal import Decimal

from harness import bench_world, best_of, scratch_database

from finance.forms import cell_name
from finance.models import (
    BudgetVersion,
    CategoryKind,
    CostCategory,
    CostCategorySet,
    FinancingType,
    ProgrammeRules,
)
from finance.selectors import budget_figures
from finance.services.budgets import create_budget, save_costs
from finance.services.financing import SourceInput, save_financing
from finance.xlsx import export_workbook, read_workbook
from projects.models import Project, ProjectRole, RoleKind


def category_set(size: int) -> CostCategorySet:
    wide = CostCategorySet.objects.create(name=f"Bench {size}", slug=f"bench-{size}")
    base = CostCategory.objects.create(category_set=wide, code="personal", name_sv="Personal")
    CostCategory.objects.create(category_set=wide, code="schablon", name_sv="Schablon",
                                kind=CategoryKind.FLAT_RATE, flat_rate_percent=Decimal(15),
                                flat_rate_base=base, position=1)
    CostCategory.objects.bulk_create(
        CostCategory(category_set=wide, code=f"k{n}", name_sv=f"Kostnad {n}", position=n + 2)
        for n in range(size - 2))
    return wide


def budget(project, user, rows: int, periods: int, sources: int):
    made = create_budget(
        project=project, actor=user, name=f"{rows}x{periods}", currency="SEK", country="SE",
        category_set=category_set(rows),
        periods=[(f"P{n + 1}", date(2020, 1, 1), None) for n in range(periods)])
    version = BudgetVersion.objects.get(budget=made)
    version.budget = made
    typed = list(CostCategory.objects.filter(category_set=made.category_set)
                 .exclude(kind=CategoryKind.FLAT_RATE))
    period_list = list(version.periods.all())
    save_costs(version=version, actor=user, expected_revision=None, amounts={
        (c.pk, p.pk): Decimal(1000 + n) for n, (c, p) in enumerate(
            (c, p) for c in typed for p in period_list)})
    save_financing(version=version, actor=user, expected_revision=None, rows=[
        SourceInput(id=None, financier_id=None, description=f"Finansiär {n}",
                    financing_type=FinancingType.PUBLIC_CASH, preliminary=False,
                    amounts={p.pk: Decimal(100) for p in period_list}) for n in range(sources)])
    return made, version, typed, period_list


def measure(client, user, project, made, version, typed, periods):
    slug = project.slug
    grid_post = {"revision": "0",
                 **{cell_name(c.pk, p.pk): "1 000" for c in typed for p in periods}}
    workbook = export_workbook(made, budget_figures(version))
    flip = {"value": 0}

    def save_all_cells():
        flip["value"] = 1 - flip["value"]
        save_costs(version=version, actor=user, expected_revision=None, amounts={
            (c.pk, p.pk): Decimal(2000 + flip["value"]) for c in typed for p in periods})

    return {
        "figures (database sums)": best_of(lambda: budget_figures(version)),
        "cost grid page": best_of(lambda: client.get(f"/projekt/{slug}/budget/{made.pk}/")),
        "financing grid page": best_of(
            lambda: client.get(f"/projekt/{slug}/budget/{made.pk}/finansiering/")),
        "live totals (HTMX)": best_of(
            lambda: client.post(f"/projekt/{slug}/budget/{made.pk}/summor/", grid_post)),
        "budget tab": best_of(lambda: client.get(f"/projekt/{slug}/budget/")),
        "API budget": best_of(lambda: client.get(f"/api/v1/projekt/{slug}/budgetar/{made.pk}/")),
        "Excel export": best_of(lambda: export_workbook(made, budget_figures(version))),
        "Excel read-back": best_of(lambda: read_workbook(workbook, made,
                                                         budget_figures(version))),
        "save every cell (service)": best_of(save_all_cells, repeats=3),
    }


def main():
    with scratch_database() as vendor:
        programme, user, client = bench_world()
        ProgrammeRules.objects.create(programme=programme,
                                      category_set=CostCategorySet.objects.first())
        results = {}
        for rows, periods, sources in [(5, 5, 5), (20, 60, 20)]:
            project = Project.objects.create(slug=f"b{rows}", title="Bench", programme=programme)
            ProjectRole.objects.create(project=project, user=user, role=RoleKind.MANAGER)
            results[(rows, periods)] = measure(client, user, project,
                                               *budget(project, user, rows, periods, sources))
        small, large = results[(5, 5)], results[(20, 60)]
        print(f"database: {vendor}; 5 × 5 = 25 cells against 20 × 60 = 1 200 cells")
        print(f"{'':26}{'5 × 5':>16}{'20 × 60':>18}{'ratio':>8}")
        for name in small:
            (t1, q1), (t2, q2) = small[name], large[name]
            print(f"{name:26}{t1 * 1000:8.1f} ms {q1:3} q{t2 * 1000:10.1f} ms {q2:3} q"
                  f"{t2 / t1:8.1f}")


if __name__ == "__main__":
    main()
