"""The financing plan of a budget: financier × period, typed per row, with live totals, and
the calculator that splits an amount between the participating municipalities."""

from decimal import Decimal

from django.contrib import messages
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from finance import selectors
from finance.amounts import ZERO
from finance.checks import check_budget
from finance.figures import Figures
from finance.forms import MAX_ROWS, FinancingGrid, read_count, read_financing_grid
from finance.models import FinancingType
from finance.services.errors import EditConflict
from finance.services.financing import apply_split, save_financing
from finance.split_input import read_split, split_summary
from finance.views.common import BudgetPage, budget_view, shown
from finance.views.grid_cells import FinancingRows, financing_foot
from portal import stamps
from portal.organisation_chooser import SEARCH_SUFFIX, read_choosers
from portal.organisation_field import chooser_context
from projects.services.errors import ServiceError


def _read_financiers(data):
    """The posted plan with each row's financier read from its chooser (an id picked from the
    suggestions, or a name typed without JavaScript), and a message for each name that is
    not exactly one organisation."""
    names = [f"s{index}-financier" for index in range(read_count(data, "rows", MAX_ROWS))]
    return read_choosers(data, names)


def _rows_from_saved(figures: Figures) -> list[dict]:
    rows: list[dict] = []
    # An amount recurs along a row and down the plan: each is formatted once.
    texts: dict[Decimal | None, str] = {None: ""}
    for index, row in enumerate(figures.sources):
        for amount in row.cells.values():
            if amount not in texts:
                texts[amount] = shown(amount)
        source = row.source
        rows.append({
            "index": index, "id": source.pk, "financier": source.financier_id or "",
            "financier_text": source.financier.name if source.financier_id else "",
            "description": source.description, "type": source.financing_type,
            "preliminary": source.preliminary, "delete": False, "total": row.total,
            "cells": [{"value": texts[row.cells.get(p.pk)], "error": ""}
                      for p in figures.periods],
        })
    return rows


def _blank_row(figures: Figures, index) -> dict:
    return {"index": index, "id": "", "financier": "", "financier_text": "", "description": "",
            "type": FinancingType.PUBLIC_CASH, "preliminary": False, "delete": False,
            "total": ZERO, "cells": [{"value": "", "error": ""} for _p in figures.periods]}


def _rows_from_posted(grid: FinancingGrid, figures: Figures) -> list[dict]:
    rows, columns = [], [f"p{p.pk}" for p in figures.periods]
    for index, (raw, typed) in enumerate(zip(grid.raw, grid.rows, strict=True)):
        posted = f"s{raw['posted']}-"
        total = sum((v for v in typed.amounts.values() if v), ZERO)
        rows.append({
            "index": index, "id": raw["id"], "financier": typed.financier_id or "",
            "financier_text": raw["financier_text"],
            "description": raw["description"], "type": raw["type"],
            "preliminary": raw["preliminary"], "delete": raw["delete"], "total": total,
            "financier_error": grid.errors.get(f"{posted}financier", ""),
            "type_error": grid.errors.get(f"{posted}type", ""),
            "cells": [{"value": raw.get(column, ""), "error": grid.errors.get(posted + column, "")}
                      for column in columns],
        })
    return rows



def _live(figures: Figures, grid: FinancingGrid) -> dict:
    by_period = {p.pk: ZERO for p in figures.periods}
    for row in grid.rows:
        if row.delete:
            continue
        for period_id, value in row.amounts.items():
            by_period[period_id] += value or ZERO
    eligible = figures.eligible_by_period
    return {
        "financing": [by_period[p.pk] for p in figures.periods],
        "eligible": [eligible[p.pk] for p in figures.periods],
        "difference": [by_period[p.pk] - eligible[p.pk] for p in figures.periods],
        "financing_total": sum(by_period.values(), ZERO),
        "eligible_total": figures.eligible_total,
        "difference_total": sum(by_period.values(), ZERO) - figures.eligible_total,
    }


def _saved_foot(figures: Figures) -> dict:
    rows = figures.per_period()
    return {
        "financing": [r["financing"] for r in rows], "eligible": [r["eligible"] for r in rows],
        "difference": [r["difference"] for r in rows],
        "financing_total": figures.financing_total, "eligible_total": figures.eligible_total,
        "difference_total": figures.difference_total,
    }


def _rows_html(project, figures: Figures, rows: list[dict]) -> tuple[SafeString, SafeString]:
    """The rows as the plan's editor types them, and the blank row a new one is made from."""
    search_url = reverse("projects:organisations", args=[project.slug])
    blank = {**_blank_row(figures, "__index__"), "number": "__number__"}
    html = FinancingRows(figures.periods, FinancingType.choices)
    for row in [*rows, blank]:
        if row is not blank:
            row["number"] = row["index"] + 1
        financier_error = row.get("financier_error")
        row["chooser"] = chooser_context(
            name=f"s{row['index']}-financier", id=f"s{row['index']}-financier",
            pk=row["financier"], text=row["financier_text"], search_url=search_url,
            invalid=bool(financier_error),
            error_id=f"err-s{row['index']}-financier" if financier_error else "")
    return mark_safe("".join(html(row) for row in rows)), html(blank)


@budget_view
def financing_grid(request, page: BudgetPage):
    project, version, budget = page.project, page.version, page.budget
    if request.method != "POST":
        kept = unchanged_plan(page)
        return render(request, "finance/financing_grid.html", page.context(
            table_html=kept["table"], blank_row_html=kept["blank"],
            findings_html=kept["findings"],
            row_count=kept["row_count"], revision=version.financing_revision, conflict=None,
            errors={}))
    figures = selectors.budget_figures(version)
    editable = page.editable
    grid, conflict = None, None
    if request.method == "POST":
        data, unknown = _read_financiers(request.POST)
        grid = read_financing_grid(data, figures.periods)
        for raw in grid.raw:
            name = f"s{raw['posted']}-financier"
            raw["financier_text"] = data.get(name + SEARCH_SUFFIX, "")
            if name in unknown:
                grid.errors[name] = unknown[name]
        if not editable:
            messages.error(request, _("This financing plan cannot change now."))
        elif grid.is_valid:
            try:
                save_financing(version=version, actor=request.user, rows=grid.rows,
                               expected_revision=grid.revision)
            except EditConflict as error:
                conflict = {"saved_by": error.version.financing_saved_by,
                            "saved_at": error.version.financing_saved_at,
                            "theirs": selectors.budget_figures(error.version)}
            except ServiceError as error:
                messages.error(request, str(error))
            else:
                messages.success(request, _("The financing plan has been saved."))
                return redirect("finance:financing", slug=project.slug, budget_id=budget.pk)
        else:
            messages.error(request, _("The financing plan was not saved. Correct the marked "
                                      "cells; everything you typed is still there."))
    rows: list[dict] | None = None  # only the plan's editor sees its rows as typed
    if grid:
        rows = _rows_from_posted(grid, figures)
    elif editable:
        rows = _rows_from_saved(figures)
    rows_html = blank_html = mark_safe("")
    if editable and rows is not None:
        rows.append(_blank_row(figures, len(rows)))
        rows_html, blank_html = _rows_html(project, figures, rows)
    row_count = len(figures.sources) if rows is None else len(rows)
    revision = version.financing_revision
    if grid is not None and conflict is None:
        revision = grid.revision
    return render(request, "finance/financing_grid.html", page.context(
        figures=figures, row_count=row_count, rows_html=rows_html, blank_row_html=blank_html,
        foot_html=financing_foot(_live(figures, grid) if grid else _saved_foot(figures),
                                 editable=editable),
        revision=revision, conflict=conflict, errors=grid.errors if grid else {},
        findings=check_budget(figures, selectors.programme_rules(project)),
    ))


def unchanged_plan(page: BudgetPage) -> dict:
    """The plan's table (every financier's row, as its editor types them or to read), the
    blank row and the findings as saved, written for a plain visit: the stress budget's 50
    financiers over 60 periods were worked out and written on every visit. They change only
    with the project's data (audited: its change stamp), the organisations named and the
    programme's rules (the reference stamp), whether the plan may change now and the
    language, and hold nothing of the person."""
    project, version, budget, editable = page.project, page.version, page.budget, page.editable

    def written() -> dict:
        figures = selectors.budget_figures(version)
        rows_html = blank_html = mark_safe("")
        row_count = len(figures.sources)
        if editable:
            rows = _rows_from_saved(figures)
            rows.append(_blank_row(figures, len(rows)))
            rows_html, blank_html = _rows_html(project, figures, rows)
            row_count = len(rows)
        table = render_to_string("finance/partials/financing_grid_table.html", {
            "figures": figures, "budget": budget, "editable": editable, "rows_html": rows_html,
            "foot_html": financing_foot(_saved_foot(figures), editable=editable)})
        findings = render_to_string("finance/partials/findings.html", {
            "findings": check_budget(figures, selectors.programme_rules(project))})
        # Written by our templates and FinancingRows, escaped: kept as SafeString.
        return {"table": table, "blank": blank_html, "findings": findings,
                "row_count": row_count}

    return stamps.kept("financing-grid", project.pk, (version.pk, editable, get_language()),
                       written)


@require_POST
@budget_view(ability="can_edit_budgets")
def financing_totals(request, page: BudgetPage):
    """HTMX: per-row and per-period totals of the plan as typed, against the saved costs."""
    figures = selectors.budget_figures(page.version)
    data, _unknown = _read_financiers(request.POST)
    grid = read_financing_grid(data, figures.periods)
    totals = [{"index": raw["posted"],
               "total": sum((v for v in row.amounts.values() if v), ZERO)}
              for raw, row in zip(grid.raw, grid.rows, strict=True)]
    return render(request, "finance/partials/financing_totals.html", {
        "foot_html": financing_foot(_live(figures, grid), editable=False, oob=True),
        "errors": grid.errors, "totals": totals})


@budget_view
def split(request, page: BudgetPage):
    """Split an amount between the project's municipalities: equal, by population, or mixed;
    on POST with `apply`, add the shares to the financing plan."""
    project, version, budget = page.project, page.version, page.budget
    periods = selectors.periods_of(version)
    municipalities = selectors.participating_municipalities(project)
    form = read_split(request.POST if request.method == "POST" else request.GET,
                      municipalities)
    if request.method == "POST" and form.shares is not None and form.apply:
        try:
            apply_split(version=version, actor=request.user, shares=form.shares,
                        period_ids=[p.pk for p in periods if p.pk in form.period_ids],
                        financing_type=form.financing_type, preliminary=form.preliminary,
                        expected_revision=form.revision)
        except EditConflict:
            messages.error(request, _("Someone saved the financing plan in the meantime; "
                                      "check the figures and apply again."))
        except ServiceError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, _("The shares have been added to the financing plan."))
            return redirect("finance:financing", slug=project.slug, budget_id=budget.pk)
    return render(request, "finance/split.html", page.context(
        periods=periods, municipalities=municipalities, chosen_ids=form.chosen_ids,
        mode=form.mode, equal_percent=form.equal_percent, amount=form.amount,
        shares=form.shares, errors=form.errors, types=FinancingType.choices, data=form.data,
        summary=split_summary(form.shares) if form.shares else None))
