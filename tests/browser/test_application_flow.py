"""A project manager writes and submits an application; a case officer returns and approves it."""

import pytest

from projects.models import Project, ProjectStatus, VersionKind
from projects.selectors import application_versions
from tests.conftest import PASSWORD
from tests.projects.helpers import complete_application

# serialized_rollback puts back what migrations shipped (cost-category sets) afterwards.
pytestmark = [pytest.mark.browser,
              pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def log_in(page, username):
    page.goto("/konto/logga-in/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("main button[type=submit]")
    page.wait_for_url("**/projekt/")


def log_out(page):
    page.click("header form[action$='/logga-ut/'] button")
    page.wait_for_url("**/logga-in/")


def open_section(page, key):
    page.click(f"a[href$='/avsnitt/{key}/']")
    page.wait_for_selector("input[name=revision]", state="attached")


def test_write_submit_return_and_approve_an_application(page, screenshot, personas, programme):
    log_in(page, "manager")
    screenshot("01-project-list")
    page.click("a[href='/projekt/ny/']")
    page.fill("#id_title", "Företagsklimat i Skellefteå")
    page.select_option("#id_programme", label=programme.name)
    page.click("main button[type=submit]")
    page.wait_for_url("**/projekt/foretagsklimat-i-skelleftea/")
    screenshot("02-new-application-overview")

    # Section one: the background, saved on its own.
    open_section(page, "background")
    page.fill("#id_background", "Skellefteå växer snabbt och **behöver** fler etableringar.")
    page.click("main form button[type=submit]:not([name])")
    page.wait_for_url("**/projekt/foretagsklimat-i-skelleftea/")

    # Section two: a validation error keeps everything typed.
    open_section(page, "basics")
    summary = "Projektet samlar kommunen och näringslivet kring nya etableringar."
    page.fill("#id_summary", summary)
    page.fill("#id_start_date", "2024-05-01")
    page.fill("#id_end_date", "2023-12-31")
    page.click("main form button[type=submit]:not([name])")
    page.wait_for_selector("#id_end_date[aria-invalid=true]")
    screenshot("03-validation-error")
    assert page.input_value("#id_summary") == summary
    assert page.input_value("#id_start_date") == "2024-05-01"
    page.fill("#id_end_date", "2026-12-31")
    page.click("main form button[type=submit]:not([name])")
    page.wait_for_url("**/projekt/foretagsklimat-i-skelleftea/")

    project = Project.objects.get(slug="foretagsklimat-i-skelleftea")
    assert project.summary == summary
    assert project.background.startswith("Skellefteå växer")
    complete_application(project, only_empty=True)  # the other sections, written another day

    page.goto("/projekt/foretagsklimat-i-skelleftea/skicka-in/")
    screenshot("04-ready-to-submit")
    page.click("main form button[type=submit]")
    page.wait_for_url("**/projekt/foretagsklimat-i-skelleftea/")
    project.refresh_from_db()
    assert project.status == ProjectStatus.SUBMITTED
    log_out(page)

    log_in(page, "case_officer")
    page.click("text=Företagsklimat i Skellefteå")
    page.fill("#return-comment", "Beskriv målgruppen tydligare.")
    page.click("form[action$='/beslut/return/'] button.secondary")
    page.wait_for_url("**/projekt/foretagsklimat-i-skelleftea/")
    project.refresh_from_db()
    assert project.status == ProjectStatus.RETURNED
    log_out(page)

    log_in(page, "manager")
    page.goto("/projekt/foretagsklimat-i-skelleftea/")
    assert "Beskriv målgruppen tydligare." in page.content()
    page.goto("/projekt/foretagsklimat-i-skelleftea/skicka-in/")
    page.click("main form button[type=submit]")
    page.wait_for_url("**/projekt/foretagsklimat-i-skelleftea/")
    log_out(page)

    log_in(page, "case_officer")
    page.goto("/projekt/foretagsklimat-i-skelleftea/")
    screenshot("05-case-officer-review")
    page.fill("#id_granted_amount", "1 250 000")
    page.once("dialog", lambda dialog: dialog.accept())  # approving asks first
    page.click("form[action$='/beslut/approve/'] button")
    page.wait_for_url("**/projekt/foretagsklimat-i-skelleftea/")
    screenshot("06-approved")
    project.refresh_from_db()
    assert project.status == ProjectStatus.APPROVED
    assert project.granted_amount == 1250000
    assert [v.kind for v in application_versions(project)] == [
        VersionKind.SUBMITTED, VersionKind.SUBMITTED, VersionKind.APPROVED
    ]
    page.goto("/projekt/foretagsklimat-i-skelleftea/versioner/jamfor/?fran=1&till=3")
    screenshot("07-compare-versions")
