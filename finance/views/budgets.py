"""The budget tab: all budgets with their balance, creating a budget, its periods and flat
rates, its versions and revisions."""

from datetime import date
from decimal import Decimal

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from finance import selectors
from finance.amounts import AmountError, parse_amount
from finance.forms import NewBudgetForm, read_revision
from finance.models import CategoryKind
from finance.services.budgets import allowed_sets, create_budget, revise_budget, save_settings
from finance.services.common import open_change_request
from finance.services.errors import BudgetLocked, EditConflict, InvalidInput
from finance.summary import project_finance
from finance.views.common import budget_for, can_edit, cost_rows, footer, page
from projects.access import project_for


@login_required
def budget_list(request, slug):
    project, access = project_for(request.user, slug)
    form = None
    if access.can_edit_application:
        form = NewBudgetForm(sets=allowed_sets(project), project=project)
    return render(request, "finance/budgets.html", page(
        project, access, finance=project_finance(project), form=form))


@login_required
@require_POST
def budget_create(request, slug):
    project, access = project_for(request.user, slug, "can_edit_application")
    form = NewBudgetForm(request.POST, sets=allowed_sets(project), project=project)
    if form.is_valid():
        data = form.cleaned_data
        years = range(data["first_year"], data["last_year"] + 1)
        try:
            budget = create_budget(
                project=project, actor=request.user, name=data["name"],
                currency=data["currency"], country=data["country"],
                category_set=data["category_set"],
                periods=[(str(y), date(y, 1, 1), date(y, 12, 31)) for y in years])
        except BudgetLocked as error:
            form.add_error(None, str(error))
        except InvalidInput as error:
            for name, message in error.errors.items():
                form.add_error(name if name in form.fields else None, message)
        else:
            messages.success(request, _("The budget has been created."))
            return redirect("finance:budget", slug=slug, budget_id=budget.pk)
    return render(request, "finance/budgets.html", page(
        project, access, finance=project_finance(project), form=form), status=400)


@login_required
def budget_settings(request, slug, budget_id):
    project, access, budget = budget_for(request.user, slug, budget_id)
    if request.method == "POST":
        access.require("can_edit_application")
    version = budget.current
    categories = selectors.categories_of(budget)
    flat = [c for c in categories if c.kind == CategoryKind.FLAT_RATE]
    overrides = selectors.flat_rate_overrides(version)
    errors: dict[str, str] = {}
    posted = None
    if request.method == "POST":
        posted = request.POST
        periods, rates, errors = _read_settings(request.POST, flat)
        if not errors:
            try:
                save_settings(version=version, actor=request.user,
                              name=request.POST.get("name", budget.name).strip() or budget.name,
                              note=request.POST.get("note", ""), periods=periods,
                              flat_rates=rates, expected_revision=read_revision(request.POST))
            except EditConflict:
                messages.error(request, _("Someone else saved this budget since you opened the "
                                          "page. Your changes are below; save again to keep "
                                          "them."))
                version.refresh_from_db()
            except (BudgetLocked, InvalidInput) as error:
                messages.error(request, str(error))
            else:
                messages.success(request, _("Periods and rates have been saved."))
                return redirect("finance:budget_settings", slug=slug, budget_id=budget.pk)
    return render(request, "finance/settings.html", page(
        project, access, budget=budget, version=version, editable=can_edit(access, budget),
        periods=selectors.periods_of(version), posted=posted, errors=errors,
        flat_rates=[{"category": c, "label": c.label(budget.language),
                     "percent": overrides.get(c.pk), "default": c.flat_rate_percent}
                    for c in flat]))


def _read_settings(data, flat):
    errors = {}
    periods = []
    for index in range(min(int(data.get("periods", "0") or 0), 200)):
        label = data.get(f"period-{index}-label", "").strip()
        if data.get(f"period-{index}-delete") or not label:
            continue
        pk = data.get(f"period-{index}-id") or None
        start = _date(data.get(f"period-{index}-start"), errors, f"period-{index}-start")
        end = _date(data.get(f"period-{index}-end"), errors, f"period-{index}-end")
        periods.append((int(pk) if pk and pk.isdigit() else None, label[:40], start, end))
    rates = {}
    for category in flat:
        text = data.get(f"rate-{category.pk}", "")
        try:
            value = parse_amount(text)
        except AmountError:
            errors[f"rate-{category.pk}"] = _("Write a percentage such as 15 or 20,5.")
            continue
        if value is not None and value > Decimal(100):
            errors[f"rate-{category.pk}"] = _("At most 100 per cent.")
        rates[category.pk] = value
    return periods, rates, errors


def _date(text, errors, name):
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        errors[name] = _("Write the date as YYYY-MM-DD.")
        return None


@login_required
def budget_versions(request, slug, budget_id):
    project, access, budget = budget_for(request.user, slug, budget_id)
    change = open_change_request(project)
    may_revise = (access.can_edit_application and change is not None
                  and budget.current is not None and budget.current.change_request_id != change.pk)
    return render(request, "finance/versions.html", page(
        project, access, budget=budget, version=budget.current,
        versions=selectors.budget_versions(budget), may_revise=may_revise))


@login_required
def budget_version(request, slug, budget_id, number):
    """An earlier (or the current) version, read only, exactly as it was."""
    project, access, budget = budget_for(request.user, slug, budget_id)
    version = selectors.version_of_budget(budget, number)
    figures = selectors.budget_figures(version)
    return render(request, "finance/version.html", page(
        project, access, budget=budget, version=budget.current, shown_version=version,
        figures=figures, rows=cost_rows(figures), foot=footer(figures)))


@login_required
@require_POST
def budget_revise(request, slug, budget_id):
    project, access, budget = budget_for(request.user, slug, budget_id, "can_edit_application")
    try:
        revise_budget(budget=budget, actor=request.user, reason=request.POST.get("reason", ""))
    except (BudgetLocked, InvalidInput) as error:
        messages.error(request, str(error))
        return redirect("finance:budget_versions", slug=slug, budget_id=budget.pk)
    messages.success(request, _("A new version of the budget has been started; the approved "
                                "one stays as it was."))
    return redirect("finance:budget", slug=slug, budget_id=budget.pk)

