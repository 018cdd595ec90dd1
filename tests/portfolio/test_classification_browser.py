"""In Chromium on the demo: the classification page passes axe-core in Swedish, Norwegian and
English and at 375 px, a case officer renames and retires a focus area there, and the project
dashboard fits a 1280 px screen (its indicator chart scales to its column)."""

import pytest

from demo import loader
from reports.portfolio.models import FocusArea
from tests.browser.test_accessibility import violations
from tests.portfolio.test_portfolio_browser import log_in

pytestmark = [pytest.mark.browser,
              pytest.mark.django_db(transaction=True, serialized_rollback=True)]

HEADINGS = {"sv": "Klassificering", "nb": "Klassifisering", "en": "Classification"}


def overflow(page) -> int:
    """How far the page is wider than the window (0: it fits)."""
    return page.evaluate("document.documentElement.scrollWidth - "
                         "document.documentElement.clientWidth")


def test_the_classification_page_in_three_languages_and_at_375_px(
        shipped_cost_category_sets, shipped_indicator_catalogue, page, screenshot):
    loader.load()
    log_in(page, "handlaggare-norrbotten")
    page.click("a[href='/portfolj/']")
    page.click("a[href='/portfolj/klassificering/']")
    found = {}
    for language, heading in HEADINGS.items():
        page.context.add_cookies([{"name": "django_language", "value": language,
                                   "url": page.url}])
        page.reload()
        assert page.locator("h1").inner_text() == heading
        if problems := violations(page):
            found[language] = problems
        screenshot(f"portfolio-03-classification-{language}")
    page.set_viewport_size({"width": 375, "height": 800})
    page.reload()
    assert overflow(page) == 0
    if problems := violations(page):
        found["375 px"] = problems
    screenshot("portfolio-04-classification-375")
    assert not found, found


def test_a_case_officer_renames_and_retires_a_focus_area(
        shipped_cost_category_sets, shipped_indicator_catalogue, page):
    loader.load()
    area = FocusArea.objects.filter(classification__funding_body__name__icontains="Norrbotten",
                                    retired_on=None).order_by("position").first()
    log_in(page, "handlaggare-norrbotten")
    page.goto("/portfolj/klassificering/")
    page.fill(f"#area-{area.pk}", "Digitalisering och tjänster")
    page.click(f"#area-{area.pk} ~ button[value=rename]")
    page.wait_for_load_state()
    assert page.locator(f"#area-{area.pk}").input_value() == "Digitalisering och tjänster"
    page.locator("tr", has=page.locator(f"#area-{area.pk}")).locator(
        "button[value=retire]").click()
    page.wait_for_load_state()
    area.refresh_from_db()
    assert area.name == "Digitalisering och tjänster" and area.retired_on is not None
    assert page.locator("tr.retired").count() == 1
    assert not violations(page)


def test_the_dashboard_fits_1280_px(shipped_cost_category_sets, shipped_indicator_catalogue,
                                    page, screenshot):
    loader.load()
    log_in(page, "styrgrupp")
    page.goto("/projekt/nis-6-0/lagesbild/")
    assert overflow(page) == 0
    screenshot("portfolio-05-dashboard-1280")
    page.set_viewport_size({"width": 375, "height": 800})
    page.reload()
    assert overflow(page) == 0
    screenshot("portfolio-06-dashboard-375")
