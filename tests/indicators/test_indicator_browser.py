"""In Chromium: a project manager reports an outcome and sees the progress change, in the
table, the chart and the stored total; the page passes axe-core."""

import pytest

from indicators.models import ProjectIndicator
from tests.browser.test_accessibility import violations
from tests.conftest import PASSWORD
from tests.indicators.conftest import D, from_catalogue

pytestmark = [pytest.mark.browser,
              pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def log_in(page, username):
    page.goto("/konto/logga-in/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("main button[type=submit]")
    page.wait_for_url("**/projekt/")


def test_reporting_an_outcome_moves_the_progress(page, screenshot, add, catalogue, years,
                                                 running):
    people = add(from_catalogue(catalogue["NAT-DELT"], target=D(400), target_women=D(200)))
    periods = years()
    project = running()
    log_in(page, "manager")
    page.goto(f"/projekt/{project.slug}/indikatorer/")
    row = page.locator("table.progress-table tbody tr").first
    assert "–" in row.locator("td").nth(1).inner_text()  # nothing reported yet
    assert not violations(page), "indicators overview"

    row.locator("a").first.click()
    page.wait_for_url(f"**/indikatorer/{people.pk}/")
    first = f"#p{periods[0].pk}"
    page.fill(f"{first}-value", "250")
    page.fill(f"{first}-women", "130")
    page.fill(f"{first}-men", "120")
    page.fill(f"{first}-note", "Frukostmöten och företagsbesök")
    assert not violations(page), "indicator page with the outcome form"
    screenshot("indicators-01-reporting")
    page.click("text=Spara utfallen")
    page.wait_for_selector(".messages .success")
    assert "62,5" in page.locator(".big-figure + svg + p").inner_text()  # 250 of 400

    page.goto(f"/projekt/{project.slug}/indikatorer/")
    row = page.locator("table.progress-table tbody tr").first
    assert "250" in row.locator("td").nth(1).inner_text()
    assert "62,5" in row.locator("td.progress-cell").inner_text()
    assert "52,0" in row.locator("td").nth(3).inner_text()  # share of women
    assert "62,5" in page.locator("svg.progress-chart").inner_html()
    screenshot("indicators-02-progress")
    assert ProjectIndicator.objects.get(pk=people.pk).actual == D(250)


def test_a_wrong_figure_is_marked_and_the_typing_kept(page, add, catalogue, years, running):
    people = add(from_catalogue(catalogue["NAT-DELT"], target=D(400)))
    periods = years()
    project = running()
    log_in(page, "manager")
    page.goto(f"/projekt/{project.slug}/indikatorer/{people.pk}/")
    first = f"#p{periods[0].pk}"
    page.fill(f"{first}-value", "tio")
    page.click("text=Spara utfallen")
    page.wait_for_selector(".cell-error")
    assert page.locator(f"{first}-value").input_value() == "tio"
    assert page.locator(f"{first}-value").get_attribute("aria-invalid") == "true"
    assert not violations(page), "indicator page with an error"
