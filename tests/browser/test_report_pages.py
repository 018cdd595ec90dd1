"""The report pages as their readers use them, in Chromium: WCAG 2.1 AA by axe-core, usable at
375 px without sideways scrolling, and the printing page in Swedish, Norwegian and English
(screenshots of it kept in the system's temporary folder, report-screenshots/)."""

import json
import tempfile
from pathlib import Path

import pytest
from django.urls import reverse

from demo import loader
from portal.models import StaffRole, User
from projects.demo.people import DEMO_PASSWORD
from projects.models import Document, DocumentKind, Project
from reports import rendering, services
from tests.browser.test_accessibility import violations

SCREENSHOTS = Path(tempfile.gettempdir()) / "report-screenshots"

pytestmark = [pytest.mark.browser,
              pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
def report_pages(shipped_cost_category_sets, shipped_indicator_catalogue, page, live_server):
    """NIS 6.0's final report returned for completion (so its sections are edited), a
    printing of it waiting for the worker, and the manager logged in."""
    loader.load()
    project = Project.objects.get(slug="nis-6-0")
    final = Document.objects.get(project=project, kind=DocumentKind.FINAL_REPORT)
    officer = User.objects.filter(funding_body_id=project.programme.funding_body_id,
                                  staff_role=StaffRole.CASE_OFFICER).order_by("pk")[0]
    services.return_report(document=final, actor=officer, comment="Komplettera spridningen.")
    manager = User.objects.get(username="projektledare")
    job = rendering.request_render(manager, project, "final")
    page.goto("/konto/logga-in/")
    page.fill("#id_username", "projektledare")
    page.fill("#id_password", DEMO_PASSWORD)
    page.click("main button[type=submit]")
    page.wait_for_url("**/projekt/")
    slug, kind, number = project.slug, "slutrapport", final.number
    return page, {
        "list": reverse("reports:documents", args=[slug]),
        "report": reverse("reports:report", args=[slug, kind, number]),
        "section": reverse("reports:report_section", args=[slug, kind, number, "summary"]),
        "preview": reverse("reports:report_preview", args=[slug, kind, number]),
        "printing": reverse("reports:print", args=[slug, job.pk]),
    }


def test_the_report_pages_meet_wcag_21_aa_and_fit_375_px(report_pages):
    page, addresses = report_pages
    found = {}
    for name, address in addresses.items():
        for width in (1280, 375):
            page.set_viewport_size({"width": width, "height": 900})
            response = page.goto(address)
            assert response.status == 200, name
            if problems := violations(page):
                found[f"{name} at {width} px"] = problems
            sideways = page.evaluate(
                "document.documentElement.scrollWidth - document.documentElement.clientWidth")
            if width == 375 and name != "preview" and sideways > 0:
                found[f"{name} at 375 px"] = [f"scrolls sideways by {sideways} px"]
    assert not found, json.dumps(found, indent=1, ensure_ascii=False)


@pytest.mark.parametrize("language, words", [("sv", "Dokumentet skrivs ut"),
                                             ("nb", "Dokumentet skrives ut"),
                                             ("en", "The document is being printed")])
def test_the_printing_page_speaks_each_language(report_pages, language, words):
    page, addresses = report_pages
    SCREENSHOTS.mkdir(exist_ok=True)
    page.goto(addresses["printing"])
    if language != "sv":
        with page.expect_navigation():
            page.select_option("#language", language)
    assert page.evaluate("document.documentElement.lang") == language
    assert page.locator("main h2").first.inner_text() == words
    assert not violations(page)
    page.screenshot(path=str(SCREENSHOTS / f"printing-{language}.png"), full_page=True)
