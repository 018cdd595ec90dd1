"""The financing plan of a budget: financier × period, typed per row, with live totals, and
the calculator that splits an amount between the participating municipalities."""

from decimal import Decimal

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from finance import selectors
from finance.amounts import ZERO, AmountError, parse_amount
from finance.checks import check_budget
from finance.figures import Figures
from finance.forms import MAX_ROWS, FinancingGrid, read_financing_grid
from finance.models import FinancingType
from finance.services.errors import BudgetLocked, EditConflict, InvalidInput
from finance.services.financing import apply_split, save_financing
from finance.split import Municipality, SplitError, split_amount
from finance.views.common import budget_for, can_edit, page, shown
from portal.models import Organisation, OrganisationKind
from portal.organisation_chooser import SEARCH_SUFFIX, read_choosers
from portal.organisation_field import chooser_context
from projects.models import Participation


def financier_choices(project, figures: Figures) -> list[tuple[str, list[tuple[int, str]]]]:
    """The project's own organisations first, then every other one."""
    own_ids = set(Participation.objects.filter(project=project)
                  .values_list("organisation_id", flat=True))
    own_ids |= {row.source.financier_id for row in figures.sources if row.source.financier_id}
    own, others = [], []
    for pk, name in Organisation.objects.order_by("name").values_list("pk", "name"):
        (own if pk in own_ids else others).append((pk, name))
    return [(_("The project's organisations"), own), (_("Other organisations"), others)]


def _read_financiers(data):
    """The posted plan with each row's financier read from its chooser (an id picked from the
    suggestions, or a name typed without JavaScript), the ids chosen, and a message for each
    name that is not exactly one organisation."""
    try:
        count = min(int(data.get("rows", "0")), MAX_ROWS)
    except ValueError:
        count = 0
    names = [f"s{index}-financier" for index in range(count)]
    posted, errors = read_choosers(data, names)
    return posted, {int(posted[n]) for n in names if posted.get(n)}, errors


def _rows_from_saved(figures: Figures) -> list[dict]:
    rows = []
    for index, row in enumerate(figures.sources):
        source = row.source
        rows.append({
            "index": index, "id": source.pk, "financier": source.financier_id or "",
            "financier_text": source.financier.name if source.financier_id else "",
            "description": source.description, "type": source.financing_type,
            "preliminary": source.preliminary, "delete": False, "total": row.total,
            "cells": [{"name": f"s{index}-p{p.pk}", "label": p.label,
                       "value": shown(row.cells.get(p.pk)), "error": ""}
                      for p in figures.periods],
        })
    return rows


def _blank_row(figures: Figures, index) -> dict:
    return {"index": index, "id": "", "financier": "", "financier_text": "", "description": "",
            "type": FinancingType.PUBLIC_CASH, "preliminary": False, "delete": False,
            "total": ZERO, "cells": [{"name": f"s{index}-p{p.pk}", "label": p.label, "value": "",
                                      "error": ""} for p in figures.periods]}


def _rows_from_posted(grid: FinancingGrid, figures: Figures) -> list[dict]:
    rows = []
    for index, (raw, typed) in enumerate(zip(grid.raw, grid.rows, strict=True)):
        prefix, posted = f"s{index}-", f"s{raw['posted']}-"
        total = sum((v for v in typed.amounts.values() if v), ZERO)
        rows.append({
            "index": index, "id": raw["id"], "financier": typed.financier_id or "",
            "financier_text": raw["financier_text"],
            "description": raw["description"], "type": raw["type"],
            "preliminary": raw["preliminary"], "delete": raw["delete"], "total": total,
            "financier_error": grid.errors.get(f"{posted}financier", ""),
            "type_error": grid.errors.get(f"{posted}type", ""),
            "cells": [{"name": f"{prefix}p{p.pk}", "label": p.label,
                       "value": raw.get(f"p{p.pk}", ""),
                       "error": grid.errors.get(f"{posted}p{p.pk}", "")}
                      for p in figures.periods],
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


@login_required
def financing_grid(request, slug, budget_id):
    project, access, budget = budget_for(request.user, slug, budget_id)
    if request.method == "POST":
        access.require("can_edit_application")
    version = budget.current
    figures = selectors.budget_figures(version)
    editable = can_edit(access, budget)
    grid, conflict = None, None
    if request.method == "POST":
        data, ids, unknown = _read_financiers(request.POST)
        grid = read_financing_grid(data, figures.periods, ids)
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
            except (BudgetLocked, InvalidInput) as error:
                messages.error(request, str(error))
            else:
                messages.success(request, _("The financing plan has been saved."))
                return redirect("finance:financing", slug=slug, budget_id=budget.pk)
        else:
            messages.error(request, _("The financing plan was not saved. Correct the marked "
                                      "cells; everything you typed is still there."))
    rows = _rows_from_posted(grid, figures) if grid else _rows_from_saved(figures)
    if editable:
        rows.append(_blank_row(figures, len(rows)))
    search_url = reverse("projects:organisations", args=[project.slug])
    blank = {**_blank_row(figures, "__index__"), "number": "__number__"}
    for row in [*rows, blank]:
        if row is not blank:
            row["number"] = row["index"] + 1
        error = row.get("financier_error")
        row["chooser"] = chooser_context(
            name=f"s{row['index']}-financier", id=f"s{row['index']}-financier",
            pk=row["financier"], text=row["financier_text"], search_url=search_url,
            invalid=bool(error), error_id=f"err-s{row['index']}-financier" if error else "")
    revision = version.financing_revision
    if grid is not None and conflict is None:
        revision = grid.revision
    return render(request, "finance/financing_grid.html", page(
        project, access, budget=budget, version=version, figures=figures, rows=rows,
        foot=_live(figures, grid) if grid else _saved_foot(figures),
        types=FinancingType.choices, editable=editable, blank_row=blank,
        revision=revision, conflict=conflict, errors=grid.errors if grid else {},
        findings=check_budget(figures, selectors.programme_rules(project)),
    ))


@login_required
@require_POST
def financing_totals(request, slug, budget_id):
    """HTMX: per-row and per-period totals of the plan as typed, against the saved costs."""
    project, access, budget = budget_for(request.user, slug, budget_id, "can_edit_application")
    figures = selectors.budget_figures(budget.current)
    data, ids, _unknown = _read_financiers(request.POST)
    grid = read_financing_grid(data, figures.periods, ids)
    totals = [{"index": raw["posted"],
               "total": sum((v for v in row.amounts.values() if v), ZERO)}
              for raw, row in zip(grid.raw, grid.rows, strict=True)]
    return render(request, "finance/partials/financing_totals.html", {
        "foot": _live(figures, grid), "errors": grid.errors, "totals": totals})


@login_required
def split(request, slug, budget_id):
    """Split an amount between the project's municipalities: equal, by population, or mixed."""
    project, access, budget = budget_for(request.user, slug, budget_id)
    if request.method == "POST":
        access.require("can_edit_application")
    version = budget.current
    periods = selectors.periods_of(version)
    municipalities = list(
        Organisation.objects.filter(participations__project=project,
                                    kind=OrganisationKind.MUNICIPALITY).order_by("name"))
    data = request.POST if request.method == "POST" else request.GET
    chosen_ids = {int(v) for v in data.getlist("municipality") if v.isdigit()} or {
        m.pk for m in municipalities}
    errors, shares, amount = {}, None, None
    mode = data.get("mode", "mix")
    equal_percent = {"equal": Decimal(100), "population": Decimal(0)}.get(mode)
    if equal_percent is None:
        equal_percent = _percent(data.get("equal_percent", "50"), errors)
    if "amount" in data:
        try:
            amount = parse_amount(data.get("amount"))
        except AmountError:
            errors["amount"] = _("Write the amount in whole kronor, e.g. 500 000.")
        if amount is None and "amount" not in errors:
            errors["amount"] = _("Write the amount to split.")
        elif amount is not None and amount != amount.to_integral_value():
            errors["amount"] = _("Only whole kronor are split.")
        chosen = [m for m in municipalities if m.pk in chosen_ids]
        missing = [m.name for m in chosen if m.population is None]
        if missing and equal_percent < 100:
            errors["municipality"] = _("No population recorded for: %(names)s.") % {
                "names": ", ".join(missing)}
        if not errors:
            try:
                shares = split_amount(int(amount), [
                    Municipality(m.name, m.population or 0, m.pk) for m in chosen],
                    equal_percent)
            except SplitError as error:
                errors["municipality"] = str(error)
    editable = can_edit(access, budget)
    if request.method == "POST" and shares is not None and data.get("apply"):
        period_ids = [int(v) for v in data.getlist("period") if v.isdigit()]
        try:
            apply_split(version=version, actor=request.user, shares=shares,
                        period_ids=[p.pk for p in periods if p.pk in period_ids],
                        financing_type=data.get("financing_type", FinancingType.PUBLIC_CASH),
                        preliminary=bool(data.get("preliminary")),
                        expected_revision=_int(data.get("revision")))
        except EditConflict:
            messages.error(request, _("Someone saved the financing plan in the meantime; "
                                      "check the figures and apply again."))
        except (BudgetLocked, InvalidInput) as error:
            messages.error(request, str(error))
        else:
            messages.success(request, _("The shares have been added to the financing plan."))
            return redirect("finance:financing", slug=slug, budget_id=budget.pk)
    return render(request, "finance/split.html", page(
        project, access, budget=budget, version=version, periods=periods,
        municipalities=municipalities, chosen_ids=chosen_ids, mode=mode,
        equal_percent=equal_percent, amount=amount, shares=shares, errors=errors,
        editable=editable, types=FinancingType.choices, data=data,
        summary=_split_summary(shares) if shares else None))


def _percent(text, errors) -> Decimal:
    try:
        value = parse_amount(text)
    except AmountError:
        value = None
    if value is None or value > 100:
        errors["equal_percent"] = _("A percentage from 0 to 100.")
        return Decimal(50)
    return value


def _int(text):
    try:
        return int(text)
    except (TypeError, ValueError):
        return None


def _split_summary(shares) -> dict:
    """Column totals; the equal and population parts as a document rounds them on their own
    need not add up to their column totals, the shares always do."""
    return {
        "population": sum(s.municipality.population for s in shares),
        "equal": sum(s.equal_part_rounded for s in shares),
        "equal_exact": _decimal(sum(s.equal_part for s in shares)),
        "by_population": sum(s.population_part_rounded for s in shares),
        "by_population_exact": _decimal(sum(s.population_part for s in shares)),
        "total": sum(s.amount for s in shares),
    }


def _decimal(fraction) -> Decimal:
    return (Decimal(fraction.numerator) / Decimal(fraction.denominator)).quantize(
        Decimal("0.01"))
