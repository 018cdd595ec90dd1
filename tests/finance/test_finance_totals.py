"""Totals stored with every budget version: derived from the parts in the same transaction as
every save, the rate frozen at submission kept with the version, and summed in SQL for a
portfolio."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.utils import timezone

from demo import loader
from finance.amounts import ZERO, cents
from finance.models import BudgetVersion, CategoryKind, ExchangeRate, FinancingType
from finance.selectors import (
    MONEY_FIELDS,
    budget_figures,
    portfolio_money_totals,
    project_money_totals,
)
from finance.services.budgets import revise_budget, save_settings
from finance.summary import project_finance
from projects.models import DocumentVersion, Project
from projects.services import workflow
from tests.finance.conftest import category, fill
from tests.projects.helpers import complete_application

T = FinancingType
TODAY = timezone.localdate()


def expected_totals(version: BudgetVersion) -> dict:
    """The totals recomputed from the parts, independently of the code that stores them."""
    figures = budget_figures(version)
    flat = sum((row.total for row in figures.rows if row.computed), ZERO)
    by_type = figures.financing_by_type
    return {
        "cost_total": figures.cost_total, "income_total": figures.income_total,
        "eligible_total": figures.cost_total - figures.income_total,
        "flat_rate_total": flat,
        "in_kind_total": sum((r.total for r in figures.rows
                              if r.kind == CategoryKind.IN_KIND), ZERO),
        "financing_total": sum((s.total for s in figures.sources), ZERO),
        "public_financing_total": sum((v for t, v in by_type.items() if t in {
            T.PUBLIC_CASH, T.PUBLIC_IN_KIND, T.EU_FUND, T.NORWEGIAN_IR}), ZERO),
        "eu_financing_total": by_type.get(T.EU_FUND, ZERO),
    }


def stored(version: BudgetVersion) -> dict:
    fresh = BudgetVersion.objects.get(pk=version.pk)
    return {name: getattr(fresh, name) for name in expected_totals(version)}


def test_every_demo_budget_version_stores_the_totals_of_its_parts(db):
    loader.load()
    versions = list(BudgetVersion.objects.select_related("budget"))
    assert len(versions) >= 6  # every seed budget, and NIS 6.0's revision
    for version in versions:
        assert stored(version) == expected_totals(version), version
        assert version.totals_at is not None
    # The demo projects that were submitted keep the rate their budgets were converted at.
    kreativ = BudgetVersion.objects.filter(budget__project__slug="kreativ-region-2020")
    assert all(v.rate_frozen_at is not None and v.rate is not None for v in kreativ)
    for v in kreativ:
        assert v.reporting_eligible_total == cents(v.eligible_total / v.rate)


def test_saving_costs_financing_and_rates_rewrites_the_totals(budget, manager):
    version = fill(budget, {"egen-personal": [1000, 0, 0], "externa-tjanster": [500, 0, 0]},
                   [("Region", T.PUBLIC_CASH, [1000, 0, 0]), ("ERUF", T.EU_FUND, [650, 0, 0])])
    assert stored(version) == expected_totals(version)
    flat = category(budget.category_set, "schablonkostnader")
    version.budget = budget
    save_settings(version=version, actor=manager, name=budget.name, note="",
                  periods=[(p.pk, p.label, p.start, p.end)
                           for p in version.periods.order_by("position")],
                  flat_rates={flat.pk: Decimal(20)}, expected_revision=None)
    assert stored(version) == expected_totals(version)
    assert stored(version)["flat_rate_total"] == Decimal(200)
    assert stored(version)["cost_total"] == Decimal(1700)


def test_a_revision_stores_its_own_totals_and_the_approved_version_keeps_its(
        budget, manager, personas):
    version = fill(budget, {"externa-tjanster": [100, 0, 0]},
                   [("Region", T.PUBLIC_CASH, [100, 0, 0])])
    project = budget.project
    complete_application(project)
    workflow.submit_application(project=project, actor=manager)
    workflow.approve_application(project=project, actor=personas["case_officer"],
                                 granted_amount=None)
    workflow.open_change_request(project=project, actor=manager, reason="Mer")
    second = revise_budget(budget=budget, actor=manager, reason="Mer")
    fill(budget, {"externa-tjanster": [300, 0, 0]})
    assert stored(second)["cost_total"] == Decimal(300)
    assert stored(version)["cost_total"] == Decimal(100)


def test_the_rate_at_submission_is_stored_with_the_version_not_read_from_the_json(
        two_sides, manager):
    swedish, _norwegian = two_sides
    project = swedish.project
    ExchangeRate.objects.create(currency="SEK", per_currency="EUR", rate=Decimal(10),
                                valid_from=TODAY - timedelta(days=5), source="ECB")
    complete_application(project)
    workflow.submit_application(project=project, actor=manager)
    version = BudgetVersion.objects.get(budget=swedish)
    assert version.rate == Decimal(10) and version.rate_frozen_at is not None
    assert version.reporting_currency == "EUR"
    assert version.reporting_eligible_total == Decimal("10000.00")

    # Neither a later rate nor a frozen document without its finance part moves it.
    ExchangeRate.objects.create(currency="SEK", per_currency="EUR", rate=Decimal(20),
                                valid_from=TODAY, source="ECB")
    DocumentVersion.objects.filter(document__project=project).update(content={"schema": 1})
    project.refresh_from_db()
    svensk = next(b for b in project_finance(project).budgets if b.budget.name == "Svensk")
    assert svensk.conversion.frozen and svensk.conversion.rate == Decimal(10)


def test_the_portfolio_sums_money_in_sql_in_one_query(two_sides, make_budget,
                                                      django_assert_num_queries):
    swedish, norwegian = two_sides
    project = swedish.project
    ExchangeRate.objects.create(currency="SEK", per_currency="EUR", rate=Decimal(10),
                                valid_from=TODAY - timedelta(days=5), source="ECB")
    fill(swedish, {"externa-tjanster": [100000, 0, 0]})  # stored again at today's rate
    with django_assert_num_queries(1):
        (annotated,) = project_money_totals(Project.objects.filter(pk=project.pk))
    assert annotated.money_eligible_total == Decimal(180000)  # 100 000 SEK + 80 000 NOK
    assert annotated.money_reporting_eligible_total == Decimal("20000.00")
    assert {f"money_{name}" for name in MONEY_FIELDS} <= set(vars(annotated))
    with django_assert_num_queries(1):
        totals = portfolio_money_totals(Project.objects.all())
    assert totals["EUR"]["reporting_financing_total"] == Decimal("20000.00")
    assert totals["EUR"]["budgets"] == 2


@pytest.mark.parametrize("field", ["cost_total", "rate", "reporting_eligible_total"])
def test_stored_totals_are_not_typed_in_any_form(field):
    assert not BudgetVersion._meta.get_field(field).editable


def test_the_refresh_command_writes_totals_lost_and_check_finds_drift(budget):
    from django.core.management import CommandError, call_command

    version = fill(budget, {"externa-tjanster": [100, 0, 0]})
    BudgetVersion.objects.filter(pk=version.pk).update(cost_total=0)
    with pytest.raises(CommandError):
        call_command("refresh_budget_totals", "--check")
    call_command("refresh_budget_totals")
    call_command("refresh_budget_totals", "--check")
    assert BudgetVersion.objects.get(pk=version.pk).cost_total == Decimal(100)
