"""The cost grid of a budget: read it, type or paste into it, see totals live, save it."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from finance import selectors
from finance.checks import check_budget
from finance.figures import figures_from_matrix, flat_rate_percents
from finance.forms import CostGrid, read_cost_grid
from finance.services.budgets import save_costs
from finance.services.errors import EditConflict
from finance.views.common import BudgetPage, budget_view, cost_rows, footer, shown
from finance.views.grid_cells import cost_cells
from portal import stamps
from projects.services.errors import ServiceError


def _live_figures(version, categories, periods, saved, grid: CostGrid):
    """The figures of what is on the screen: saved cells, overwritten by those posted."""
    matrix = {(row.category.pk, period_id): value for row in saved.rows if not row.computed
              for period_id, value in row.cells.items()}
    for key, value in grid.amounts.items():
        if value is None and grid.errors:
            continue  # an unreadable cell keeps counting as what is saved
        matrix[key] = value or 0
    percents = flat_rate_percents(version, categories, selectors.flat_rate_overrides(version))
    live = figures_from_matrix(version=version, categories=categories, periods=periods,
                               matrix=matrix, percents=percents)
    live.sources = saved.sources
    live.financing_by_period = saved.financing_by_period
    live.financing_by_type = saved.financing_by_type
    return live


@budget_view
def budget_grid(request, page: BudgetPage):
    version, budget = page.version, page.budget
    if request.method != "POST":
        table, findings = unchanged_grid(page)
        return render(request, "finance/budget_grid.html", page.context(
            table_html=table, findings_html=findings, errors={},
            revision=version.cost_revision, conflict=None))
    categories = selectors.categories_of(budget)
    figures = selectors.budget_figures(version, categories=categories)
    editable = page.editable
    grid, conflict = None, None

    if request.method == "POST":
        periods = figures.periods
        grid = read_cost_grid(request.POST, categories, periods)
        if not editable:
            messages.error(request, _("This budget cannot change now."))
        elif grid.is_valid:
            try:
                save_costs(version=version, actor=request.user, amounts=grid.amounts,
                           expected_revision=grid.revision)
            except EditConflict as error:
                conflict = _conflict(error.version, figures, grid)
            except ServiceError as error:
                messages.error(request, str(error))
            else:
                messages.success(request, _("The budget has been saved."))
                return redirect("finance:budget", slug=page.project.slug, budget_id=budget.pk)
        else:
            messages.error(request, _("The budget was not saved: %(count)d cells are not "
                                      "amounts. They are marked below; everything you typed "
                                      "is still there.") % {"count": len(grid.errors)})
        shown_figures = _live_figures(version, categories, periods, figures, grid)
    else:
        shown_figures = figures

    revision = version.cost_revision
    if grid is not None and conflict is None:
        revision = grid.revision  # keep the revision the person started from
    rows = cost_rows(shown_figures, grid.raw if grid else None, grid.errors if grid else None)
    for row in rows:
        row.html = cost_cells(row, editable)
    return render(request, "finance/budget_grid.html", page.context(
        figures=shown_figures, rows=rows,
        foot=footer(shown_figures), errors=grid.errors if grid else {},
        findings=check_budget(shown_figures, selectors.programme_rules(page.project)),
        revision=revision, conflict=conflict,
    ))


def unchanged_grid(page: BudgetPage) -> tuple[SafeString, SafeString]:
    """The grid's table and the budget's findings as saved, written for a plain visit. The
    cells, totals and checks of 10 categories × 60 periods took a fifth of the page's time
    to work out and most of it to write; they change only with the project's data (every
    save is audited: its change stamp), the programme's rules (the reference stamp), whether
    the budget may change now and the language, and hold nothing of the person."""
    version, budget, editable = page.version, page.budget, page.editable

    def written() -> tuple[str, str]:
        figures = selectors.budget_figures(version, categories=selectors.categories_of(budget))
        rows = cost_rows(figures, None, None)
        for row in rows:
            row.html = cost_cells(row, editable)
        findings = check_budget(figures, selectors.programme_rules(page.project))
        return (render_to_string("finance/partials/cost_table.html", {
                    "figures": figures, "rows": rows, "foot": footer(figures),
                    "budget": budget, "errors": {}}),
                render_to_string("finance/partials/findings.html", {"findings": findings}))

    table, findings = stamps.kept("cost-grid", page.project.pk,
                                  (version.pk, editable, get_language()), written)
    return mark_safe(table), mark_safe(findings)  # noqa: S308 - our templates, autoescaped


def _conflict(current_version, saved_before, grid: CostGrid) -> dict:
    """What the other person saved, beside what this person typed, cell by cell."""
    theirs = selectors.budget_figures(current_version, with_financing=False)
    theirs_cells = {(row.category.pk, p): v for row in theirs.rows for p, v in row.cells.items()}
    labels = {row.category.pk: row.label for row in theirs.rows}
    periods = {p.pk: p.label for p in theirs.periods}
    differences = []
    for (category_id, period_id), yours in grid.amounts.items():
        their_value = theirs_cells.get((category_id, period_id)) or 0
        if (yours or 0) != their_value:
            differences.append({"label": f"{labels[category_id]} {periods[period_id]}",
                                "theirs": shown(their_value), "yours": shown(yours or 0)})
    return {"version": current_version, "differences": differences,
            "saved_by": current_version.cost_saved_by, "saved_at": current_version.cost_saved_at}


@require_POST
@budget_view(ability="can_edit_budgets")
def budget_totals(request, page: BudgetPage):
    """HTMX: the totals of what is typed, not saved, swapped into the grid out of band."""
    version, budget = page.version, page.budget
    categories = selectors.categories_of(budget)
    saved = selectors.budget_figures(version, categories=categories)
    grid = read_cost_grid(request.POST, categories, saved.periods)
    live = _live_figures(version, categories, saved.periods, saved, grid)
    return render(request, "finance/partials/cost_totals.html", {
        "rows": cost_rows(live), "foot": footer(live), "figures": live, "errors": grid.errors,
        "findings": check_budget(live, selectors.programme_rules(page.project)),
        "budget": budget,
    })
