"""Bad input in finance gets a message where it was typed, never a server error, and what is
saved stays as it was."""

from decimal import Decimal

import pytest
from django.urls import reverse

from finance.amounts import AmountError, parse_amount
from finance.forms import ascii_id, cell_name
from finance.models import BudgetVersion, FinancingType
from projects.services import workflow
from tests.finance.conftest import category, fill, report_rows
from tests.projects.helpers import complete_application

# Not ASCII digits, though Python's int() reads the first two and isdigit() passes the third.
ODD_DIGITS = ["٣", "３", "²", "12a", "-1", " ", "9" * 30]


def current(budget):
    version = BudgetVersion.objects.get(budget=budget, superseded_at__isnull=True)
    version.budget = budget
    return version


@pytest.fixture
def logged_in(client, manager):
    client.force_login(manager)
    return client


@pytest.mark.parametrize("word", ["kr", "SEK", "NOK", "EUR", ":-", " kr ", "Kr"])
def test_a_currency_word_alone_is_not_a_number(word):
    with pytest.raises(AmountError):
        parse_amount(word)


def test_a_currency_word_after_a_number_is_still_read():
    assert parse_amount("1 095 400 kr") == Decimal(1095400)
    assert parse_amount("500:-") == Decimal(500)
    assert parse_amount("") is None and parse_amount("   ") is None


@pytest.mark.parametrize("word", ["kr", "SEK", ":-"])
def test_a_cell_holding_only_a_currency_word_keeps_the_saved_amount(logged_in, budget, word):
    fill(budget, {"egen-personal": [1000, 0, 0]})
    version = current(budget)
    period = version.periods.get(label="2019")
    name = cell_name(category(budget.category_set, "egen-personal").pk, period.pk)
    response = logged_in.post(reverse("finance:budget", args=[budget.project.slug, budget.pk]),
                              {"revision": str(version.cost_revision), name: word})
    assert response.status_code == 200
    assert name in response.context["errors"]
    assert current(budget).lines.get().amount == Decimal(1000)


@pytest.mark.parametrize("text", ODD_DIGITS)
def test_only_ascii_digits_are_ids(text):
    assert ascii_id(text) is None
    assert ascii_id("42") == 42


@pytest.mark.parametrize("text", [t for t in ODD_DIGITS if t.strip()])  # blank: a new period
def test_budget_settings_with_odd_ids_and_counts_answer_with_a_page(logged_in, budget, text):
    version = current(budget)
    before = [(p.pk, p.label) for p in version.periods.order_by("position")]
    address = reverse("finance:budget_settings", args=[budget.project.slug, budget.pk])
    counted = logged_in.post(address, {"revision": str(version.cost_revision),
                                       "name": budget.name, "periods": text})
    assert counted.status_code in (200, 302)
    response = logged_in.post(address, {
        "revision": str(current(budget).cost_revision), "name": budget.name, "periods": "3",
        "period-0-id": text, "period-0-label": "2019",
        "period-1-id": str(before[1][0]), "period-1-label": "2020",
        "period-2-id": str(before[2][0]), "period-2-label": "2021"})
    assert response.status_code == 200
    assert [(p.pk, p.label) for p in current(budget).periods.order_by("position")] == before


@pytest.mark.parametrize("text", ODD_DIGITS)
def test_the_split_with_odd_ids_answers_with_a_page(logged_in, budget, municipality_factory,
                                                    text):
    municipality_factory("Luleå kommun", 78000)
    address = reverse("finance:split", args=[budget.project.slug, budget.pk])
    response = logged_in.post(address, {"amount": "1000", "mode": "equal",
                                        "municipality": text, "period": text,
                                        "revision": text, "apply": "1"})
    assert response.status_code in (200, 302)
    assert not current(budget).sources.exists() or response.status_code == 302


@pytest.fixture
def approved(project, budget, manager, personas):
    fill(budget, {"externa-tjanster": [100, 0, 0]},
         [("Region", FinancingType.PUBLIC_CASH, [100, 0, 0])])
    complete_application(project)
    workflow.submit_application(project=project, actor=manager)
    workflow.approve_application(project=project, actor=personas["case_officer"],
                                 granted_amount=None)
    return budget


@pytest.mark.parametrize("text", ODD_DIGITS)
def test_an_outcome_report_with_odd_counts_and_ids_answers_with_a_page(logged_in, approved,
                                                                        text):
    report = report_rows(approved)
    address = reverse("finance:outcome_report", args=[approved.project.slug, report.pk])
    response = logged_in.post(address, {
        "revision": str(report.revision), "received": text,
        "recv-0-financier": text, "recv-0-amount": "5", "recv-0-type": "public_cash"})
    assert response.status_code in (200, 302)
    response = logged_in.post(address, {
        "revision": str(report.revision), "received": "1",
        "recv-0-financier": text, "recv-0-amount": "5", "recv-0-type": "public_cash"})
    assert response.status_code in (200, 302)


@pytest.mark.parametrize("text", ["٣", "abc"])
def test_an_outcome_report_of_an_odd_id_is_not_found(logged_in, approved, text):
    response = logged_in.get(f"/projekt/{approved.project.slug}/utfall/{text}/")
    assert response.status_code == 404


def test_the_financing_grid_takes_any_organisation_by_its_plain_id(logged_in, budget):
    """A search field that posts an organisation's id works as well as the list does; an id
    naming no organisation is marked at its row and nothing is saved."""
    from portal.models import Organisation, OrganisationKind

    elsewhere = Organisation.objects.create(name="Långt borta AB", country="SE",
                                            kind=OrganisationKind.COMPANY)
    version = current(budget)
    period = version.periods.get(label="2019")
    address = reverse("finance:financing", args=[budget.project.slug, budget.pk])

    def post(financier):
        return logged_in.post(address, {
            "revision": str(current(budget).financing_revision), "rows": "1", "s0-id": "",
            "s0-financier": financier, "s0-description": "", "s0-type": "public_cash",
            f"s0-p{period.pk}": "100"})

    missing = post(str(elsewhere.pk + 1000))
    assert missing.status_code == 200 and "s0-financier" in missing.context["errors"]
    assert not current(budget).sources.exists()
    assert post(str(elsewhere.pk)).status_code == 302
    assert current(budget).sources.get().financier == elsewhere
