"""Currencies: each budget in its own, the joint total in the programme's, at a fixed or a
dated rate; the rate in force at submission is frozen with the submitted version."""

from datetime import date, timedelta
from decimal import Decimal

from django.utils import timezone

from finance.conversion import live_conversion
from finance.models import ExchangeRate, FinancingType
from finance.summary import project_finance
from projects.services import workflow
from tests.projects.helpers import complete_application

T = FinancingType
TODAY = timezone.localdate()


def rate(value, valid_from, currency="SEK", per="EUR"):
    return ExchangeRate.objects.create(currency=currency, per_currency=per, rate=Decimal(value),
                                       valid_from=valid_from, source="EU-kommissionen")


def test_a_fixed_rate_converts_nok_to_eur(interreg, rules):
    conversion = live_conversion(rules, "NOK", "EUR")
    assert conversion.method == "fixed"
    assert conversion.convert(Decimal(80000)) == Decimal("10000.00")


def test_the_rate_table_gives_the_newest_rate_in_force_on_the_day(db):
    rate("10.5", date(2024, 1, 1))
    rate("11.0", date(2024, 6, 1))
    rate("12.0", date(2099, 1, 1))  # not yet in force
    assert live_conversion(None, "SEK", "EUR", on=date(2024, 5, 31)).rate == Decimal("10.5")
    assert live_conversion(None, "SEK", "EUR", on=date(2024, 6, 1)).rate == Decimal("11.0")


def test_a_rate_entered_the_other_way_round_is_inverted(db):
    rate("0.08", date(2024, 1, 1), currency="EUR", per="SEK")
    assert live_conversion(None, "SEK", "EUR", on=date(2024, 2, 1)).rate == Decimal("12.5")


def test_both_sides_in_their_own_currency_and_the_joint_total_in_eur(two_sides):
    rate("10", TODAY - timedelta(days=10))
    finance = project_finance(two_sides[0].project)
    by_name = {b.budget.name: b for b in finance.budgets}
    assert by_name["Svensk"].figures.eligible_total == Decimal(100000)
    assert by_name["Norsk"].figures.eligible_total == Decimal(80000)
    assert by_name["Svensk"].converted_eligible == Decimal("10000.00")
    assert by_name["Norsk"].converted_eligible == Decimal("10000.00")
    assert finance.joint_eligible == Decimal("20000.00")


def test_without_a_rate_the_joint_total_is_not_guessed(two_sides):
    finance = project_finance(two_sides[0].project)
    assert finance.joint_eligible is None
    assert not finance.joint_available


def test_the_rate_at_submission_is_frozen_in_the_version_and_used_afterwards(two_sides, manager):
    project = two_sides[0].project
    rate("10", TODAY - timedelta(days=10))
    complete_application(project)
    version = workflow.submit_application(project=project, actor=manager)
    stored = version.content["parts"]["finance"]["budgets"]
    assert stored["Svensk"]["conversion"]["rate"] == "10.000000"
    assert stored["Norsk"]["conversion"] == {
        "currency": "NOK", "to": "EUR", "rate": "8.000000", "method": "fixed",
        "source": stored["Norsk"]["conversion"]["source"], "on": TODAY.isoformat()}
    assert version.content["parts"]["finance"]["joint"]["eligible_cost"] == "20000"

    rate("20", TODAY)  # a new monthly rate after submission changes nothing
    project.refresh_from_db()
    finance = project_finance(project)
    svensk = next(b for b in finance.budgets if b.budget.name == "Svensk")
    assert svensk.conversion.frozen and svensk.conversion.rate == Decimal(10)
    assert finance.joint_eligible == Decimal("20000.00")


def test_a_returned_application_converts_at_the_days_rate_again(two_sides, manager, personas):
    project = two_sides[0].project
    rate("10", TODAY - timedelta(days=10))
    complete_application(project)
    workflow.submit_application(project=project, actor=manager)
    rate("20", TODAY)
    workflow.return_application(project=project, actor=personas["case_officer"],
                                comment="Komplettera budgeten")
    project.refresh_from_db()
    svensk = next(b for b in project_finance(project).budgets if b.budget.name == "Svensk")
    assert not svensk.conversion.frozen and svensk.conversion.rate == Decimal(20)


def test_approval_keeps_the_rate_frozen_at_submission(two_sides, manager, personas):
    project = two_sides[0].project
    rate("10", TODAY - timedelta(days=10))
    complete_application(project)
    workflow.submit_application(project=project, actor=manager)
    rate("20", TODAY)
    approved = workflow.approve_application(project=project, actor=personas["case_officer"],
                                            granted_amount=None)
    budgets = approved.content["parts"]["finance"]["budgets"]
    assert budgets["Svensk"]["conversion"]["rate"] == "10.000000"


def test_a_rate_missing_at_submission_is_looked_up_for_the_submission_date(two_sides, manager):
    project = two_sides[0].project
    complete_application(project)
    version = workflow.submit_application(project=project, actor=manager)
    svensk = version.content["parts"]["finance"]["budgets"]["Svensk"]
    assert svensk["conversion"]["method"] == "missing"
    rate("10", TODAY - timedelta(days=3))  # entered late, but in force at submission
    rate("30", TODAY + timedelta(days=3))  # in force only later: never used
    project.refresh_from_db()
    found = next(b for b in project_finance(project).budgets if b.budget.name == "Svensk")
    assert found.conversion.rate == Decimal(10) and found.conversion.frozen
