"""WCAG 2.1 AA on the pages people use most, checked by axe-core (from the npm registry)
inside Chromium: labels, contrast, landmarks, names of buttons and links."""

import json
import re
from pathlib import Path

import pytest
from django.urls import reverse

from demo import loader
from finance.models import Budget, OutcomeReport
from projects.demo.people import DEMO_PASSWORD

pytestmark = [pytest.mark.browser,
              pytest.mark.django_db(transaction=True, serialized_rollback=True)]

AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def violations(page) -> list[str]:
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_AA
    )
    return [
        f"{v['id']}: {v['help']} – {[n['target'] for n in v['nodes']][:3]}"
        for v in result["violations"]
    ]


@pytest.fixture
def demo_manager(shipped_cost_category_sets, shipped_indicator_catalogue, page, live_server):
    loader.load()
    page.goto("/konto/logga-in/")
    assert not violations(page), "login page"
    page.fill("#id_username", "projektledare")
    page.fill("#id_password", DEMO_PASSWORD)
    page.click("main button[type=submit]")
    page.wait_for_url("**/projekt/")
    return page


PAGES = [
    ("projects:list", []),
    ("projects:overview", ["samordnet-naeringsapparat-kongsberg"]),
    ("projects:section", ["samordnet-naeringsapparat-kongsberg", "organisation"]),
    ("projects:section", ["samordnet-naeringsapparat-kongsberg", "horizontal"]),
    ("projects:submit", ["samordnet-naeringsapparat-kongsberg"]),
    ("projects:versions", ["kreativ-region-2020"]),
    ("projects:history", ["nis-6-0"]),
    ("projects:team", ["nis-6-0"]),
    ("finance:budgets", ["kreativ-region-2020"]),
    ("finance:outcome", ["nis-6-0"]),
]


def test_the_main_pages_meet_wcag_21_aa(demo_manager):
    page = demo_manager
    found = {}
    for name, args in PAGES:
        page.goto(reverse(name, args=args))
        problems = violations(page)
        if problems:
            found[f"{name} {args}"] = problems
    kongsberg = Budget.objects.get(project__slug="samordnet-naeringsapparat-kongsberg")
    for name in ("finance:budget", "finance:financing", "finance:split",
                 "finance:budget_settings", "finance:budget_versions", "finance:budget_import"):
        page.goto(reverse(name, args=[kongsberg.project.slug, kongsberg.pk]))
        problems = violations(page)
        if problems:
            found[name] = problems
    report = OutcomeReport.objects.get(budget__project__slug="nis-6-0")
    page.goto(reverse("finance:outcome_report", args=["nis-6-0", report.pk]))
    if problems := violations(page):
        found["finance:outcome_report"] = problems
    found.update(team_and_history_problems(page))
    assert not found, json.dumps(found, indent=1, ensure_ascii=False)


def team_and_history_problems(page) -> dict[str, list[str]]:
    """The team with an invitation waiting, the page its link opens, and the history with a
    long value shown whole."""
    from datetime import timedelta

    from django.utils import timezone

    from projects.models import Invitation, Project
    from projects.services.invitations import token_hash

    project = Project.objects.get(slug="nis-6-0")
    Invitation.objects.create(project=project, email="ny.person@example.se", role="viewer",
                              token_hash=token_hash("axe-token"),
                              expires_at=timezone.now() + timedelta(days=7))
    found = {}
    page.goto(reverse("projects:team", args=[project.slug]))
    assert page.locator("text=ny.person@example.se").count()
    if problems := violations(page):
        found["projects:team with an invitation"] = problems
    page.goto(reverse("projects:invitation", args=["axe-token"]))
    if problems := violations(page):
        found["projects:invitation"] = problems
    page.goto(reverse("projects:history", args=[project.slug]))
    for _older in range(10):  # the demo's long texts are a few pages back
        if page.locator("details.audit-value").count():
            break
        page.locator("nav.pagination a").last.click()
        page.wait_for_load_state()
    page.locator("details.audit-value summary").first.click()
    if problems := violations(page):
        found["projects:history, a value shown whole"] = problems
    return found


def test_a_section_is_written_and_saved_with_the_keyboard_alone(demo_manager):
    page = demo_manager
    page.goto(reverse("projects:section",
                      args=["samordnet-naeringsapparat-kongsberg", "background"]))
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.getAttribute('href')") == "#main"
    page.keyboard.press("Enter")
    # From the top of the content, Tab reaches the text field before any button.
    for _ in range(30):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "id_background":
            break
    assert page.evaluate("document.activeElement.id") == "id_background"
    page.keyboard.press("Control+End")
    page.keyboard.type(" Skrivet med tangentbordet.")
    for _ in range(10):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.tagName") == "BUTTON":
            break
    page.keyboard.press("Enter")
    # The redirect keeps the #main fragment the skip link added.
    page.wait_for_url(re.compile(r"/projekt/samordnet-naeringsapparat-kongsberg/(#main)?$"))
    from projects.models import Project

    background = Project.objects.get(slug="samordnet-naeringsapparat-kongsberg").background
    assert background.endswith("Skrivet med tangentbordet.")
