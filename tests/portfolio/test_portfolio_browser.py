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



def _a_financier_of(username):
    """A co-financier of the officer's portfolio (the demo's lines name no municipality)."""
    from portal.models import Organisation, User
    from reports.portfolio.models import PortfolioFinancier

    officer = User.objects.get(username=username)
    return Organisation.objects.filter(pk__in=PortfolioFinancier.objects.filter(
        funding_body_id=officer.funding_body_id).values("financier_id")).order_by("name").first()


def test_a_financier_is_chosen_with_the_keyboard_and_filters(
        shipped_cost_category_sets, shipped_indicator_catalogue, page, screenshot):
    loader.load()
    log_in(page, "handlaggare-norrbotten")
    wanted = _a_financier_of("handlaggare-norrbotten")
    page.goto("/portfolj/")
    field = page.locator("#id_financier")
    field.focus()
    field.type(wanted.name[:4])
    options = page.locator("#id_financier-options [role=option]")
    options.first.wait_for()
    assert field.get_attribute("aria-expanded") == "true"
    assert not violations(page), "the filter with its suggestions open"
    screenshot("portfolio-03-financier-suggestions")
    for _step in range(options.count()):
        page.keyboard.press("ArrowDown")
        active = page.locator("#" + field.get_attribute("aria-activedescendant"))
        if active.get_attribute("data-value") == str(wanted.pk):
            break
    page.keyboard.press("Enter")  # chooses; the form is not sent yet
    assert field.input_value() == wanted.name
    page.click("form[role=search] button[type=submit]")
    page.wait_for_url(f"**/portfolj/?**financier={wanted.pk}**")
    assert page.locator("#id_financier").input_value() == wanted.name
    assert page.locator(".errorlist").count() == 0


def test_without_javascript_a_financier_is_typed_by_name(
        shipped_cost_category_sets, shipped_indicator_catalogue, browser, live_server):
    loader.load()
    wanted = _a_financier_of("handlaggare-norrbotten")
    context = browser.new_context(locale="sv-SE", base_url=live_server.url,
                                  java_script_enabled=False)
    page = context.new_page()
    try:
        log_in(page, "handlaggare-norrbotten")
        page.goto("/portfolj/")
        page.fill("#id_financier", wanted.name)
        page.click("form[role=search] button[type=submit]")
        page.wait_for_url("**/portfolj/?**")
        assert page.locator("input[name=financier]").get_attribute("value") == str(wanted.pk)
        assert page.locator(".errorlist").count() == 0
    finally:
        context.close()
