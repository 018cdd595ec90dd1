"""In Chromium: a project manager adds an activity (with HTMX, by keyboard where it matters)
and a risk, and sees the Gantt chart and the heat map change; every plan, steering-group and
risk page passes axe-core (WCAG 2.1 A and AA)."""

from datetime import timedelta

import pytest
from django.utils import timezone

from plans.models import Activity
from plans.services.meetings import ActionInput, MeetingInput, save_meeting
from risks.models import Risk
from risks.services.risks import RiskInput, add_risk
from tests.browser.test_accessibility import violations
from tests.conftest import PASSWORD
from tests.plans.conftest import D, activity, start_running

pytestmark = [pytest.mark.browser,
              pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def log_in(page, username):
    page.goto("/konto/logga-in/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("main button[type=submit]")
    page.wait_for_url("**/projekt/")


def test_adding_an_activity_and_a_risk_changes_the_gantt_chart_and_the_heat_map(
        page, screenshot, package, dated):
    made = package("Företagsbesök", [activity("Besök", D(2019, 3, 1), D(2019, 9, 1))])
    log_in(page, "manager")
    page.goto(f"/projekt/{dated.slug}/plan/")
    chart = page.locator("svg.gantt").first
    assert chart.locator("rect[rx='2']").count() == 1
    assert not violations(page), "plan page"

    page.click(f"a[href$='/arbetspaket/{made.pk}/']")
    page.click("#add-a")  # HTMX draws a new row and puts the cursor in its title
    page.wait_for_selector("input[name='a-n1-title']")
    assert page.evaluate("document.activeElement.name") == "a-n1-title"
    page.keyboard.type("Nätverksträffar")
    page.fill("input[name='a-n1-start']", "2020-01")
    page.fill("input[name='a-n1-end']", "2020-06")
    page.fill("input[name='a-n1-responsible']", "Vindelns kommun")
    assert not violations(page), "work package editor"
    screenshot("plans-01-editor")
    page.click("#wp-editor .actions button[value=save]")
    page.wait_for_url(f"**/projekt/{dated.slug}/plan/")
    chart = page.locator("svg.gantt").first
    assert chart.locator("rect[rx='2']").count() == 2
    assert "1.2 Nätverksträffar" in chart.inner_html()
    assert "Vindelns kommun" in page.locator("table.plan-table").inner_text()
    screenshot("plans-02-gantt")
    assert Activity.objects.filter(work_package=made).count() == 2

    page.goto(f"/projekt/{dated.slug}/risker/")
    assert "R1" not in page.locator("svg.heat-map").inner_html()
    page.click("a[href$='/risker/ny/']")
    page.fill("#id_title", "Det är en risk att företagen inte hinner delta")
    page.select_option("#id_likelihood", "4")
    page.select_option("#id_impact", "3")
    assert not violations(page), "new risk"
    page.click("main form button[type=submit]")
    page.wait_for_url(f"**/projekt/{dated.slug}/risker/")
    heat = page.locator("svg.heat-map")
    assert "R1" in heat.inner_html()
    assert "1 risk vid sannolikhet 4, konsekvensnivå 3" in heat.inner_html()
    screenshot("plans-03-heat-map")
    assert Risk.objects.get().value == 12
    assert not violations(page), "register with a risk"


def test_the_plan_steering_group_and_risk_pages_meet_wcag_21_aa(page, package, dated,
                                                               personas):
    made = package("Företagsbesök", [activity("Besök", D(2019, 3, 1), D(2019, 9, 1))])
    risk = add_risk(project=dated, actor=personas["manager"],
                    data=RiskInput("Konkurrens", likelihood=2, impact=5, owner="Eva"))
    log_in(page, "manager")
    found = {}

    def check(address):
        page.goto(address)
        if problems := violations(page):
            found[address] = problems

    base = f"/projekt/{dated.slug}"
    for path in ("/plan/milstolpar/", "/plan/installningar/", "/plan/arbetspaket/ny/",
                 "/risker/text/", f"/risker/{risk.pk}/", "/risker/excel/importera/",
                 "/styrgrupp/"):
        check(base + path)
    start_running(dated, personas)
    today = timezone.localdate()
    meeting = save_meeting(project=dated, actor=personas["manager"], data=MeetingInput(
        held_on=today - timedelta(days=10), decisions=["Besöken fortsätter."],
        actions=[ActionInput("Boka lokal", today - timedelta(days=1),
                             owner_id=personas["manager"].pk)]))
    for path in (f"/plan/arbetspaket/{made.pk}/lage/", "/plan/milstolpar/", "/styrgrupp/",
                 "/styrgrupp/nytt/", f"/styrgrupp/{meeting.pk}/",
                 f"/styrgrupp/{meeting.pk}/andra/",
                 f"/styrgrupp/atgard/{meeting.actions.get().pk}/", f"/risker/{risk.pk}/",
                 "/versioner/1/", "/versioner/1/?del=plan", "/versioner/1/?del=risks"):
        check(base + path)
    check("/mina-atgarder/")
    assert not found, found
