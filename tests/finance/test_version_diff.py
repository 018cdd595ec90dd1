"""A case officer deciding a change request reads how the budget changed as a budget reader
would: the cells that changed, totals before and after and the changed financing lines,
formatted and in her language; never internal paths or raw numbers."""

from decimal import Decimal

import pytest
from django.urls import reverse

from finance.models import BudgetVersion, FinancingSource, FinancingType
from finance.services.budgets import revise_budget, save_costs
from finance.services.financing import SourceInput, save_financing
from finance.templatetags.finance_diff import rate_figure
from finance.version_diff import budget_differences
from projects.services import workflow
from tests.finance.conftest import category, fill
from tests.projects.helpers import complete_application

T = FinancingType


@pytest.fixture
def changed(project, budget, manager, personas):
    """Approved with 600 kr, then a change request moves 2019 from 100 to 400 kr, financed
    by the region: versions 1 (submitted), 2 (approved) and 3 (the change)."""
    fill(budget, {"externa-tjanster": [100, 200, 300]},
         [("Region", T.PUBLIC_CASH, [100, 200, 300])])
    complete_application(project)
    workflow.submit_application(project=project, actor=manager)
    workflow.approve_application(project=project, actor=personas["case_officer"],
                                 granted_amount=Decimal(600))
    project.refresh_from_db()
    budget.refresh_from_db()
    workflow.open_change_request(project=project, actor=manager, reason="Fler konsulttimmar")
    version = revise_budget(budget=budget, actor=manager, reason="Fler konsulttimmar")
    version.budget = budget
    year = version.periods.get(label="2019")
    save_costs(version=version, actor=manager, expected_revision=None,
               amounts={(category(budget.category_set, "externa-tjanster").pk, year.pk):
                        Decimal(400)})
    source = FinancingSource.objects.get(version=version)
    periods = list(version.periods.order_by("position"))
    save_financing(version=BudgetVersion.objects.get(pk=version.pk), actor=manager,
                   expected_revision=None, rows=[SourceInput(
                       id=source.pk, financier_id=None, description="Region",
                       financing_type=T.PUBLIC_CASH, preliminary=False,
                       amounts=dict(zip([p.pk for p in periods], [Decimal(400), Decimal(200),
                                                                 Decimal(300)], strict=True)))])
    workflow.submit_change_request(project=project, actor=manager)
    return project


def compare_page(client, project, language):
    client.cookies["django_language"] = language
    response = client.get(reverse("projects:compare", args=[project.slug]),
                          {"fran": 2, "till": 3})
    assert response.status_code == 200
    return response.content.decode()


def test_the_budget_change_reads_as_changed_cells_with_totals(changed, login, personas):
    html = compare_page(login(personas["case_officer"]), changed, "sv")
    assert "Kostnader som ändrades" in html
    row = html.split("Kostnader som ändrades")[1].split("</table>")[0]
    assert "Externa tjänster" in row and "2019" in row
    assert ">100<" in row and ">400<" in row and "+300" in row
    totals = html.split("Stödberättigande kostnad")[1].split("</tr>")[0]
    assert ">600<" in totals and ">900<" in totals and "+300" in totals
    financing = html.split("Finansiering som ändrades")[1].split("</table>")[0]
    assert "Region (Offentlig kontant medfinansiering)" in financing and "+300" in financing
    # Not the internal paths of the frozen data, nor its unformatted numbers.
    assert "amounts" not in html and "finance ›" not in html and "300000" not in html


@pytest.mark.parametrize(("language", "heading", "financing_type"), [
    ("nb", "Kostnader som ble endret", "Offentlig kontantfinansiering"),
    ("en", "Costs that changed", "Public cash"),
])
def test_the_budget_change_reads_in_the_readers_language(changed, login, personas, language,
                                                         heading, financing_type):
    html = compare_page(login(personas["case_officer"]), changed, language)
    assert heading in html
    assert f"Region ({financing_type})" in html


def test_a_version_frozen_in_another_language_lines_up_by_category_and_financier():
    frozen_in_norwegian = {"budgets": {"Budsjett": {
        "currency": "NOK", "periods": ["2020"], "costs": {
        "Ikke fordelt": {"category": "unallocated", "amounts": {"2020": "100"}, "total": "100"}},
        "financing": {"Fylket (Offentlig kontant)": {
            "type": "public_cash", "amounts": {"2020": "100"}, "total": "100"}},
        "eligible_cost": "100", "financing_total": "100"}}}
    now_in_swedish = {"budgets": {"Budsjett": {
        "currency": "NOK", "periods": ["2020"], "costs": {
        "Ej fördelat": {"category": "unallocated", "amounts": {"2020": "150"}, "total": "150"}},
        "financing": {"Fylket (Offentlig kontant)": {
            "type": "public_cash", "amounts": {"2020": "100"}, "total": "100"}},
        "eligible_cost": "150", "financing_total": "100"}}}
    [budget] = budget_differences(frozen_in_norwegian, now_in_swedish)
    assert [(c.row, c.period, c.old, c.new) for c in budget.costs] == [
        ("Ej fördelat", "2020", Decimal(100), Decimal(150))]
    assert budget.financing == ()
    assert budget.balance_after == Decimal(-50)


def test_an_unchanged_budget_shows_nothing():
    part = {"budgets": {"B": {"periods": ["2020"], "costs": {
        "X": {"category": "x", "amounts": {"2020": "1"}}}, "financing": {}}}}
    assert budget_differences(part, part) == []


def test_rates_read_the_swedish_way():
    assert rate_figure("9.029800") == "9,0298"
    assert rate_figure("8") == "8"
