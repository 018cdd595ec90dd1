"""In Chromium: saving never raises a false "leave site?" prompt, leaving a section with
unsaved text asks first, irreversible steps ask for confirmation, amount cells select their
content on focus, and the case officer reads a budget change as a table; axe-core clean."""

import pytest
from django.urls import reverse

from finance.models import OutcomeCost, OutcomeReport
from projects.models import ProjectRole
from tests.browser.test_accessibility import violations
from tests.finance.test_checks_before_acting import running  # noqa: F401 - fixture
from tests.finance.test_finance_browser import log_in
from tests.finance.test_version_diff import changed  # noqa: F401 - fixture

pytestmark = [pytest.mark.browser,
              pytest.mark.django_db(transaction=True, serialized_rollback=True)]


class Dialogs(list):
    """Every dialog the page raises, as (type, message), answered as `accept` says."""

    def __init__(self, page, accept: bool):
        super().__init__()
        self.accept = accept
        page.on("dialog", self.answer)

    def answer(self, dialog):
        self.append((dialog.type, dialog.message))
        dialog.accept() if self.accept else dialog.dismiss()


def dialogs(page, accept=True) -> Dialogs:
    return Dialogs(page, accept)


def test_saving_an_outcome_report_raises_no_leave_prompt(page, screenshot, running):  # noqa: F811
    report = OutcomeReport.objects.get(budget__project=running)
    log_in(page, "manager")
    page.goto(reverse("finance:outcome_report", args=[running.slug, report.pk]))
    seen = dialogs(page)
    cell = page.locator("table.grid tbody input.amount").first
    cell.fill("150")
    page.click("button[name=action][value=save]")
    page.wait_for_selector(".messages .success")
    assert not [kind for kind, _message in seen if kind == "beforeunload"]
    assert OutcomeCost.objects.filter(report=report).get().amount == 150
    # Clicking into a filled cell selects it: typing replaces the amount, as in a spreadsheet.
    cell = page.locator("table.grid tbody input.amount").first
    cell.click()
    page.keyboard.type("2")
    assert cell.input_value() == "2"
    assert not violations(page)
    screenshot("usability-outcome-report")


def test_leaving_a_section_with_unsaved_text_asks_first(page, project, screenshot):
    log_in(page, "manager")
    page.goto(reverse("projects:section", args=[project.slug, "background"]))
    page.fill("#id_background", "Text som ännu inte är sparad.")
    seen = dialogs(page, accept=False)
    page.click("nav a[href$='/versioner/']")
    page.wait_for_timeout(500)
    assert [kind for kind, _message in seen] == ["beforeunload"]
    assert page.input_value("#id_background") == "Text som ännu inte är sparad."
    page.click("main form button[type=submit]:not([name])")
    page.wait_for_url(f"**/projekt/{project.slug}/")
    assert [kind for kind, _message in seen] == ["beforeunload"]  # saving asks nothing
    project.refresh_from_db()
    assert project.background == "Text som ännu inte är sparad."


def test_removing_a_team_member_asks_first(page, project, personas):
    log_in(page, "manager")
    page.goto(reverse("projects:team", args=[project.slug]))
    seen = dialogs(page, accept=False)
    viewer = personas["viewer"]
    page.click(f"button[name=remove][value='{viewer.pk}']")
    page.wait_for_timeout(300)
    assert seen and seen[0][0] == "confirm" and str(viewer) in seen[0][1]
    assert ProjectRole.objects.filter(project=project, user=viewer).exists()
    seen.accept = True
    page.click(f"button[name=remove][value='{viewer.pk}']")
    page.wait_for_selector(".messages .success")
    assert not ProjectRole.objects.filter(project=project, user=viewer).exists()
    assert not violations(page)


def test_the_case_officer_reads_the_budget_change_as_a_table(page, screenshot, changed):  # noqa: F811
    log_in(page, "case_officer")
    page.goto(reverse("projects:compare", args=[changed.slug]) + "?fran=2&till=3")
    table = page.locator("table", has=page.locator("caption", has_text="Kostnader som ändrades"))
    assert table.locator("tbody tr").count() == 1
    assert table.locator("tbody tr").inner_text().split("\t")[-3:] == ["100", "400", "+300"]
    assert "amounts" not in page.inner_text("main")
    assert not violations(page)
    screenshot("usability-budget-diff")
    page.set_viewport_size({"width": 375, "height": 800})
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    assert not violations(page)
    screenshot("usability-budget-diff-375")


def test_the_case_officers_pages_are_accessible_and_fit_a_phone(page, screenshot, project,
                                                                 personas):
    from projects.services import workflow
    from tests.projects.helpers import complete_application

    complete_application(project)
    workflow.submit_application(project=project, actor=personas["manager"])
    log_in(page, "case_officer")
    for width in (1280, 375):
        page.set_viewport_size({"width": width, "height": 800})
        for name, args in (("projects:inbox", []), ("projects:notifications", []),
                           ("projects:overview", [project.slug]),
                           ("projects:submit", [project.slug])):
            page.goto(reverse(name, args=args))
            assert not violations(page), (name, width)
            assert page.evaluate("document.documentElement.scrollWidth") <= width, name
    page.goto(reverse("projects:inbox"))
    assert page.locator("main tbody tr").count() == 1
    screenshot("usability-inbox-375")
