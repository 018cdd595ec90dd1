"""The budget tab: all budgets with their balance, creating a budget, its periods and flat
rates, its versions and revisions."""

from datetime import date

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from finance import selectors
from finance.access import FinanceAccess
from finance.budgets_body import budgets_body
from finance.forms import NewBudgetForm, read_settings
from finance.models import CategoryKind
from finance.names import frozen_names
from finance.own_share import own_share
from finance.selectors import UNREAD, programme_rules
from finance.services.budgets import allowed_sets, create_budget, revise_budget, save_settings
from finance.services.errors import EditConflict, InvalidInput
from finance.views.common import BudgetPage, budget_view, cost_rows, footer, page
from projects.access import abilities_for
from projects.services.errors import ServiceError


@login_required
def budget_list(request, slug):
    project, finance = abilities_for(request.user, slug, FinanceAccess)
    form, rules = None, UNREAD
    if finance.can_edit_budgets:
        rules = programme_rules(project)
        form = NewBudgetForm(sets=allowed_sets(project, rules), project=project)
    return render(request, "finance/budgets.html", page(
        project, finance.access, body=budgets_body(project, rules), form=form,
        own_share=own_share(project, request.user.organisation_id)))


@login_required
@require_POST
def budget_create(request, slug):
    project, finance = abilities_for(request.user, slug, FinanceAccess, "can_edit_budgets")
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
        except InvalidInput as error:
            for name, message in error.errors.items():
                form.add_error(name if name in form.fields else None, message)
        except ServiceError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("The budget has been created."))
            return redirect("finance:budget", slug=slug, budget_id=budget.pk)
    return render(request, "finance/budgets.html", page(
        project, finance.access, body=budgets_body(project), form=form), status=400)


@budget_view
def budget_settings(request, page: BudgetPage):
    version, budget = page.version, page.budget
    flat = [c for c in selectors.categories_of(budget) if c.kind == CategoryKind.FLAT_RATE]
    errors: dict[str, str] = {}
    posted = None
    if request.method == "POST":
        posted = request.POST
        settings = read_settings(request.POST, flat, budget.name)
        errors = settings.errors
        if errors:
            messages.error(request, _("Nothing was saved. Correct the marked fields; "
                                      "everything you typed is still there."))
        else:
            try:
                save_settings(version=version, actor=request.user, name=settings.name,
                              note=settings.note, periods=settings.periods,
                              flat_rates=settings.rates, expected_revision=settings.revision)
            except EditConflict:
                messages.error(request, _("Someone else saved this budget since you opened the "
                                          "page. Your changes are below; save again to keep "
                                          "them."))
                version.refresh_from_db()
            except ServiceError as error:
                messages.error(request, str(error))
            else:
                messages.success(request, _("Periods and rates have been saved."))
                return redirect("finance:budget_settings", slug=page.project.slug,
                                budget_id=budget.pk)
    overrides = selectors.flat_rate_overrides(version)
    submitted = frozen_names([version]).get(version.pk)
    names = submitted.categories if submitted else {}
    if submitted:  # the flat rates it was submitted with, not those added since
        flat = [c for c in flat if c.pk in names]
    return render(request, "finance/settings.html", page.context(
        periods=selectors.periods_of(version), posted=posted, errors=errors,
        flat_rates=[{"category": c, "label": names.get(c.pk) or c.label(budget.language),
                     "percent": overrides.get(c.pk), "default": c.flat_rate_percent}
                    for c in flat]))


@budget_view
def budget_versions(request, page: BudgetPage):
    change = page.finance.lifecycle.open_change_request
    may_revise = (page.finance.can_edit_budgets and change is not None
                  and page.version.change_request_id != change)
    return render(request, "finance/versions.html", page.context(
        versions=selectors.budget_versions(page.budget), may_revise=may_revise))


@budget_view
def budget_version(request, page: BudgetPage, number):
    """An earlier (or the current) version, read only, exactly as it was."""
    version = selectors.version_of_budget(page.budget, number)
    figures = selectors.budget_figures(version)
    return render(request, "finance/version.html", page.context(
        shown_version=version, figures=figures, rows=cost_rows(figures),
        foot=footer(figures)))


@require_POST
@budget_view(ability="can_edit_budgets")
def budget_revise(request, page: BudgetPage):
    slug, budget = page.project.slug, page.budget
    try:
        revise_budget(budget=budget, actor=request.user, reason=request.POST.get("reason", ""))
    except ServiceError as error:
        messages.error(request, str(error))
        return redirect("finance:budget_versions", slug=slug, budget_id=budget.pk)
    messages.success(request, _("A new version of the budget has been started; the approved "
                                "one stays as it was."))
    return redirect("finance:budget", slug=slug, budget_id=budget.pk)
