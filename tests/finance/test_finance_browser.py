"""The budget grid in Chromium: keyboard, paste from Excel, live totals, errors at the cell."""

import pytest

from finance.models import BudgetVersion
from finance.selectors import budget_figures
from tests.conftest import PASSWORD

pytestmark = [pytest.mark.browser,
              pytest.mark.django_db(transaction=True, serialized_rollback=True)]

PASTE = """(block) => {
  const input = document.activeElement;
  const data = new DataTransfer();
  data.setData('text/plain', block);
  input.dispatchEvent(new ClipboardEvent('paste', {clipboardData: data, bubbles: true,
                                                   cancelable: true}));
}"""


def log_in(page, username):  # noqa: F811 - the fixture, passed on
    page.goto("/konto/logga-in/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("main button[type=submit]")
    page.wait_for_url("**/projekt/")


def test_type_move_paste_see_totals_and_save(page, screenshot, budget):  # noqa: F811
    log_in(page, "manager")
    page.goto(f"/projekt/{budget.project.slug}/budget/{budget.pk}/")
    inputs = page.locator("table.grid tbody input.amount")
    first = inputs.nth(0)  # Egen personal 2019
    first.click()
    page.keyboard.type("1095400")
    page.keyboard.press("Enter")  # down, not submit
    assert page.evaluate("document.activeElement.id") == inputs.nth(3).get_attribute("id")
    page.keyboard.press("ArrowUp")
    page.keyboard.press("ArrowRight")
    assert page.evaluate("document.activeElement.id") == inputs.nth(1).get_attribute("id")
    assert first.input_value() == "1\u00a0095\u00a0400"  # grouped when left

    # A block copied from Excel: two rows, three columns, Windows line ends, one bad value.
    inputs.nth(3).focus()
    page.evaluate(PASTE, "733 500\t1157250\t832 250\r\n48000\tabc\t72000\r\n")
    # 1 095 400 + 2 723 000 + 120 000 (abc left out) + 15 % of 1 095 400 = 4 102 710
    page.wait_for_function(
        "document.getElementById('t-cost-total').textContent === '4\u00a0102\u00a0710'")
    assert inputs.nth(4).input_value() == "1\u00a0157\u00a0250"
    assert inputs.nth(7).get_attribute("aria-invalid") == "true"
    assert "6" in page.locator("[data-grid-announce]").inner_text()
    screenshot("finance-01-grid-pasted")

    page.click("main form#budget-grid button[type=submit]")
    page.wait_for_selector(".error-summary")
    assert inputs.nth(7).input_value() == "abc"  # kept, marked, explained
    assert page.locator("td.has-error .cell-error").count() == 1
    screenshot("finance-02-grid-error")

    inputs.nth(7).fill("72 000")
    page.click("main form#budget-grid button[type=submit]")
    page.wait_for_selector(".messages .success")
    version = BudgetVersion.objects.get(budget=budget)
    version.budget = budget
    assert budget_figures(version, with_financing=False).cost_total == 4102710 + 72000


def test_a_financing_row_is_added_and_saved(page, screenshot, budget):  # noqa: F811
    log_in(page, "manager")
    page.goto(f"/projekt/{budget.project.slug}/budget/{budget.pk}/finansiering/")
    page.fill("#s0-description", "Europeiska regionala utvecklingsfonden")
    page.select_option("#s0-type", "eu_fund")
    page.locator("#s0-description").press("Tab")
    page.click("[data-add-row]")
    page.fill("#s1-description", "Region")
    rows = page.locator("table.grid tbody tr")
    rows.nth(0).locator("input.amount").nth(0).fill("500")
    rows.nth(1).locator("input.amount").nth(0).fill("500")
    page.wait_for_function("document.getElementById('f-fin-total').textContent === '1\u00a0000'")
    screenshot("finance-03-financing")
    page.click("main form#financing-grid button[type=submit]:not([data-add-row])")
    page.wait_for_selector(".messages .success")
    version = BudgetVersion.objects.get(budget=budget)
    version.budget = budget
    assert budget_figures(version).financing_total == 1000
