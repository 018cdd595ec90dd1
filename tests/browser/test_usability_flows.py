"""The flows people stumbled on, in Chromium on the demo: typed text is not lost by following
a link, saving never raises a false "leave site?" prompt, irreversible steps ask first,
the budget's changes read as a table, and the finance pages a financier, a member and a case
officer read are read-only, say so, and are axe-core clean."""

from decimal import Decimal

import pytest
from django.urls import reverse

from demo import loader
from finance.models import Budget, BudgetVersion, OutcomeReport
from finance.services.budgets import save_costs
from finance.services.outcome import create_report
from portal.models import User
from projects.demo.people import DEMO_PASSWORD
from projects.models import Project, ProjectRole, ProjectStatus
from projects.services import workflow
from tests.browser.test_accessibility import violations

pytestmark = [pytest.mark.browser,
              pytest.mark.django_db(transaction=True, serialized_rollback=True)]

KONGSBERG, NIS, NORRBOTTEN = "samordnet-naeringsapparat-kongsberg", "nis-6-0", \
    "invest-in-norrbotten"


@pytest.fixture
def demo(shipped_cost_category_sets, shipped_indicator_catalogue, live_server):
    loader.load()


def sign_in(page, username):
    page.context.clear_cookies()
    page.goto("/konto/logga-in/")
    page.fill("#id_username", username)
    page.fill("#id_password", DEMO_PASSWORD)
    page.click("main button[type=submit]")
    page.wait_for_url("**/projekt/")


def dialogs_of(page) -> list[str]:
    """Every dialog the page raises, by type; beforeunload prompts are dismissed (stay)."""
    seen: list[str] = []

    def answer(dialog):
        seen.append(dialog.type)
        dialog.dismiss()
    page.on("dialog", answer)
    return seen


def test_typed_text_is_kept_from_links_and_saving_asks_nothing(demo, page):
    sign_in(page, "projektledare")
    seen = dialogs_of(page)
    section = reverse("projects:section", args=[KONGSBERG, "background"])
    page.goto(section)
    page.locator("#id_background").press("Control+End")
    page.keyboard.type(" Skrivet men inte sparat.")
    page.locator("header a[href='/projekt/']").first.click()
    page.wait_for_timeout(300)
    assert seen == ["beforeunload"] and page.url.endswith(section)  # stayed, text kept
    assert page.input_value("#id_background").endswith("Skrivet men inte sparat.")
    page.locator("main form button[type=submit]:not([name])").first.click()
    page.wait_for_url(f"**/projekt/{KONGSBERG}/**")
    assert seen == ["beforeunload"]  # saving raised no prompt
    assert Project.objects.get(slug=KONGSBERG).background.endswith("Skrivet men inte sparat.")

    # The outcome report of a running project: a typed amount saved without any prompt.
    project = Project.objects.get(slug=NORRBOTTEN)
    officer = User.objects.get(username="handlaggare-norrbotten")
    workflow.approve_application(project=project, actor=officer, granted_amount=Decimal(1))
    workflow.start_project(project=project, actor=officer)
    budget = Budget.objects.get(project=project)
    report = create_report(budget=budget, actor=User.objects.get(username="projektledare"),
                           label="2008")
    page.goto(reverse("finance:outcome_report", args=[NORRBOTTEN, report.pk]))
    amount = page.locator("main input.amount").first
    amount.click()
    page.keyboard.type("125000")
    page.get_by_role("button", name="Spara", exact=True).click()
    page.wait_for_load_state()
    page.wait_for_timeout(300)
    assert seen == ["beforeunload"]
    assert sum(OutcomeReport.objects.get(pk=report.pk).costs.values_list("amount", flat=True)
               ) == Decimal(125000)


def test_removing_a_team_member_asks_first_and_the_budget_change_reads_as_a_table(demo, page):
    sign_in(page, "projektledare")
    questions: list[str] = []
    answers = iter([False, True, False, False])  # decline, accept, then decline twice

    def answer(dialog):
        questions.append(dialog.message)
        dialog.accept() if next(answers) else dialog.dismiss()
    page.on("dialog", answer)
    page.goto(reverse("projects:team", args=[NIS]))
    reader = User.objects.get(username="lasare")
    remove = page.locator(f"button[name=remove][value='{reader.pk}']")
    remove.click()
    page.wait_for_timeout(300)
    assert ProjectRole.objects.filter(project__slug=NIS, user=reader).exists()  # declined
    remove.click()
    page.wait_for_url(f"**/projekt/{NIS}/**")
    assert not ProjectRole.objects.filter(project__slug=NIS, user=reader).exists()
    assert len(questions) == 2 and "Sara Lundgren" in questions[0]

    # Closing a project and rejecting an application ask first; declined, nothing happens.
    sign_in(page, "handlaggare")
    page.goto(reverse("projects:overview", args=[NIS]))
    page.get_by_role("button", name="Avsluta projektet").click()
    page.wait_for_timeout(300)
    sign_in(page, "handlaggare-interreg")
    page.goto(reverse("projects:overview", args=["kreativ-region-2020"]))
    page.locator("details.danger-zone summary").click()
    page.fill("#reject-comment", "Projektet ryms inte i programmet.")
    page.locator("details.danger-zone button.danger").click()
    page.wait_for_timeout(300)
    assert len(questions) == 4 and "Avsluta projektet?" in questions[2]
    assert "Avslå ansökan?" in questions[3]
    assert dict(Project.objects.filter(slug__in=[NIS, "kreativ-region-2020"]).values_list(
        "slug", "status")) == {NIS: ProjectStatus.FINAL_REPORT_SUBMITTED,
                               "kreativ-region-2020": ProjectStatus.SUBMITTED}

    # Returned for completion, the budget raised by 50 000 kr in 2009: the case officer
    # compares the application as it is now with the one submitted.
    project = Project.objects.get(slug=NORRBOTTEN)
    workflow.return_application(project=project, actor=User.objects.get(
        username="handlaggare-norrbotten"), comment="Se över budgeten.")
    version = BudgetVersion.objects.get(budget__project=project, superseded_at__isnull=True)
    line = version.lines.get(period__label="2009")
    save_costs(version=version, actor=User.objects.get(username="projektledare"),
               amounts={(line.category_id, line.period_id): line.amount + 50000},
               expected_revision=None)
    sign_in(page, "handlaggare-norrbotten")
    page.goto(reverse("projects:compare", args=[NORRBOTTEN]) + "?fran=1&till=nu")
    diff = page.locator("section.budget-diff")
    diff.wait_for()
    text = diff.inner_text()
    # Category, period, before, after and the difference, grouped the Swedish way.
    assert "Ej fördelat på kostnadsslag\t2009\t1\u00a0250\u00a0000\t1\u00a0300\u00a0000\t" \
           "+50\u00a0000" in text
    assert "›" not in text and "amounts" not in text  # no internal paths
    assert not violations(page), "the comparison"


def test_finance_pages_read_only_for_financier_member_and_case_officer(demo, page, screenshot):
    found = {}
    nis = Budget.objects.get(project__slug=NIS)
    report = OutcomeReport.objects.get(budget=nis)
    # The financier of Region Västerbotten: no role set by hand, NIS 6.0 alone.
    sign_in(page, "finansiar")
    listed = page.locator("main a[href^='/projekt/']").evaluate_all(
        "links => [...new Set(links.map(a => a.getAttribute('href').split('/')[2]))]")
    assert [slug for slug in listed if slug] == [NIS]
    page.goto(reverse("finance:budgets", args=[NIS]))
    share = page.locator("#own-share")
    assert "Region Västerbotten" in share.inner_text()
    assert "2\u00a0443\u00a0502" in page.locator("section.card").filter(has=share).inner_text()
    found["own share"] = violations(page)
    screenshot("financier-own-share")
    page.goto(reverse("finance:outcome_report", args=[NIS, report.pk]))
    assert page.locator("#unallocated-note").count() == 1
    assert page.locator("main input.amount").count() == 0
    assert page.locator("td .negative").count() == 0  # nothing read as overspent
    found["outcome, unallocated budget"] = violations(page)
    screenshot("financier-outcome-unallocated")
    assert page.goto(reverse("projects:overview", args=[KONGSBERG])).status == 404
    # The dashboard at phone width: the page itself never scrolls sideways.
    page.set_viewport_size({"width": 375, "height": 800})
    page.goto(reverse("portfolio:dashboard", args=[NIS]))
    assert "Godkänd budget" in page.locator("#dashboard-t1").locator("xpath=..").inner_text()
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    found["dashboard at 375 px"] = violations(page)
    page.set_viewport_size({"width": 1280, "height": 900})

    for username in ("medarbetare", "handlaggare"):
        sign_in(page, username)
        page.goto(reverse("finance:budget", args=[NIS, nis.pk]))
        grid = page.locator("main table.grid").first
        assert grid.locator("input.amount").count() == 0
        assert grid.locator("button").count() == 0  # no "remove" column
        found[f"budget grid as {username}"] = violations(page)
        page.goto(reverse("finance:financing", args=[NIS, nis.pk]))
        assert page.locator("main table.grid input.amount").count() == 0
        found[f"financing as {username}"] = violations(page)
    screenshot("case-officer-financing-read-only")
    assert not {name: problems for name, problems in found.items() if problems}, found



def test_pages_a_manager_opens_on_a_phone_never_scroll_sideways(demo, page):
    """Wide tables, grids and maps scroll inside their own box; the page itself stays 375 px
    wide, with the visually hidden labels of its tables inside their boxes too."""
    kongsberg_budget = Budget.objects.filter(project__slug=KONGSBERG).first()
    pages = [reverse("projects:list"),
             reverse("projects:section", args=[KONGSBERG, "organisation"]),
             reverse("risks:register", args=[NORRBOTTEN]),
             reverse("finance:budget", args=[KONGSBERG, kongsberg_budget.pk]),
             reverse("finance:financing", args=[KONGSBERG, kongsberg_budget.pk]),
             reverse("reports:application_preview", args=[NORRBOTTEN]) + "?version=1"]
    sign_in(page, "projektledare")
    page.set_viewport_size({"width": 375, "height": 800})
    widths = {}
    for path in pages:
        page.goto(path)
        widths[path] = page.evaluate("document.documentElement.scrollWidth")
    assert widths == dict.fromkeys(pages, 375)
