"""In Chromium on the demo: the portfolio, its ledger import, the annual report and a
project's dashboard pass axe-core (WCAG 2.1 A and AA); a case officer filters the portfolio by
year and sees seed 002's total."""

import pytest

from demo import loader
from projects.demo.people import DEMO_PASSWORD
from tests.browser.test_accessibility import violations

pytestmark = [pytest.mark.browser,
              pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def log_in(page, username):
    page.goto("/konto/logga-in/")
    page.fill("#id_username", username)
    page.fill("#id_password", DEMO_PASSWORD)
    page.click("main button[type=submit]")
    page.wait_for_url("**/projekt/")


def test_portfolio_pages_and_the_dashboard_pass_axe(shipped_cost_category_sets,
                                                    shipped_indicator_catalogue, page,
                                                    screenshot):
    loader.load()
    log_in(page, "handlaggare-norrbotten")
    page.click("nav a[href='/portfolj/']")
    page.fill("#id_year", "2017")
    page.click("form[role=search] button[type=submit]")
    page.wait_for_url("**/portfolj/?**")
    assert "88\u00a0340\u00a0842\u00a0kr" in page.locator("#totals-heading + p + dl").inner_text()
    found = {}
    if problems := violations(page):
        found["portfolio"] = problems
    screenshot("portfolio-01-list")
    for name, path in (("ledgers", "/portfolj/bidragsliggare/"),
                       ("ledger import", "/portfolj/bidragsliggare/importera/"),
                       ("report", "/portfolj/rapport/?year=2017"),
                       ("dashboard, case officer", "/projekt/invest-in-norrbotten/lagesbild/")):
        page.goto(path)
        if problems := violations(page):
            found[name] = problems
    page.context.clear_cookies()
    log_in(page, "styrgrupp")
    page.goto("/projekt/nis-6-0/lagesbild/?jamfor=2021-06-30")
    if problems := violations(page):
        found["dashboard, steering group"] = problems
    screenshot("portfolio-02-dashboard")
    assert not found, found
