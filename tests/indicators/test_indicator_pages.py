"""The indicator pages at work: choosing an indicator, reporting outcomes, conflicts that keep
what was typed, the chart, the version part and the programme's submission rule."""

from datetime import date

import pytest
from django.urls import reverse

from indicators.models import ProgrammeIndicatorRules, ProjectIndicator
from indicators.services.indicators import update_indicator
from indicators.services.outcomes import OutcomeInput, save_outcomes
from projects.selectors import application_versions
from projects.services import workflow
from projects.services.errors import ApplicationIncomplete
from tests.indicators.conftest import D, from_catalogue, own
from tests.projects.helpers import complete_application


@pytest.fixture
def signed_in(client, manager):
    client.force_login(manager)
    return client


def url(name, project, **kwargs):
    return reverse(f"indicators:{name}", kwargs={"slug": project.slug, **kwargs})


def test_the_tab_lists_the_indicators_in_swedish(signed_in, project, add, catalogue):
    add(from_catalogue(catalogue["CO01"], target=D(400)))
    response = signed_in.get(url("overview", project))
    html = response.content.decode()
    assert response.status_code == 200
    assert "<title>Indikatorer – Näringsliv i samverkan" in html
    assert "Antal företag som får stöd" in html
    assert 'aria-current="page">Indikatorer</a>' in html  # the project tab
    assert "<svg" in html and "role=\"img\"" in html


def test_a_writer_adds_an_own_indicator_with_a_target(signed_in, project):
    response = signed_in.post(url("add", project), {
        "catalogue": "", "name": "Mötesplatser för nyinflyttade", "unit": "mötesplatser",
        "kind": "output", "counting": "summed", "target": "6", "source": "typed",
        "goal": "Snabbare in i nya sociala sammanhang"})
    made = ProjectIndicator.objects.get()
    assert response.status_code == 302
    assert (made.name, made.target, made.goal) == (
        "Mötesplatser för nyinflyttade", D(6), "Snabbare in i nya sociala sammanhang")


def test_the_form_shows_the_services_reasons_at_the_fields(signed_in, project):
    response = signed_in.post(url("add", project), {
        "catalogue": "", "name": "", "unit": "", "kind": "output", "counting": "summed",
        "target": "10", "target_women": "4", "source": "typed"})
    assert response.status_code == 400
    errors = response.context["form"].errors
    assert set(errors) >= {"name", "unit", "target_women"}
    assert "Ange enheten, t.ex. ”aktiviteter” eller ”företag”." in response.content.decode()


def test_an_edit_after_someone_elses_save_shows_a_conflict_and_keeps_the_typing(
        signed_in, project, add, personas):
    indicator = add(own("Träffar", target=D(10)))
    update_indicator(project=project, indicator_id=indicator.pk, actor=personas["member"],
                     data=own("Träffar", target=D(12)), expected_revision=0)
    response = signed_in.post(url("edit", project, indicator_id=indicator.pk), {
        "revision": "0", "catalogue": "", "name": "Träffar", "unit": "aktiviteter",
        "kind": "output", "counting": "summed", "target": "15", "source": "typed"})
    assert response.status_code == 409
    html = response.content.decode()
    assert 'value="15"' in html and "12" in html
    assert ProjectIndicator.objects.get(pk=indicator.pk).target == D(12)
    again = signed_in.post(url("edit", project, indicator_id=indicator.pk), {
        "revision": str(response.context["revision"]), "catalogue": "", "name": "Träffar",
        "unit": "aktiviteter", "kind": "output", "counting": "summed", "target": "15",
        "source": "typed"})
    assert again.status_code == 302
    assert ProjectIndicator.objects.get(pk=indicator.pk).target == D(15)


@pytest.fixture
def reporting(add, catalogue, years, running):
    indicator = add(from_catalogue(catalogue["NAT-DELT"], target=D(400)))
    periods = years()
    return running(), indicator, periods


def test_outcomes_are_reported_on_the_indicators_page(signed_in, reporting):
    project, indicator, periods = reporting
    page = url("indicator", project, indicator_id=indicator.pk)
    response = signed_in.post(page, {
        "action": "outcomes", "revision": "0", f"p{periods[0].pk}-value": "1 250",
        f"p{periods[0].pk}-women": "600", f"p{periods[0].pk}-men": "650",
        f"p{periods[0].pk}-note": "Frukostmöten"})
    assert response.status_code == 302
    shown = signed_in.get(page).content.decode()
    assert "1\u00a0250" in shown or "1 250" in shown
    assert ProjectIndicator.objects.get(pk=indicator.pk).actual == D(1250)


def test_a_conflict_on_outcomes_keeps_what_was_typed_and_shows_what_was_saved(
        signed_in, reporting, personas):
    project, indicator, periods = reporting
    save_outcomes(project=project, indicator_id=indicator.pk, actor=personas["member"],
                  expected_revision=0, outcomes=[OutcomeInput(periods[0].pk, D(90))])
    response = signed_in.post(url("indicator", project, indicator_id=indicator.pk), {
        "action": "outcomes", "revision": "0", f"p{periods[0].pk}-value": "120"})
    assert response.status_code == 409
    html = response.content.decode()
    assert 'value="120"' in html
    assert "sparat: 90" in html
    assert ProjectIndicator.objects.get(pk=indicator.pk).actual == D(90)


def test_an_impossible_outcome_is_marked_at_its_row(signed_in, reporting):
    project, indicator, periods = reporting
    response = signed_in.post(url("indicator", project, indicator_id=indicator.pk), {
        "action": "outcomes", "revision": "0", f"p{periods[0].pk}-value": "10",
        f"p{periods[0].pk}-women": "8", f"p{periods[0].pk}-men": "8"})
    assert response.status_code == 400
    assert 'aria-invalid="true"' in response.content.decode()


def test_the_overview_reads_as_at_a_date(signed_in, reporting, manager):
    project, indicator, periods = reporting
    save_outcomes(project=project, indicator_id=indicator.pk, actor=manager,
                  expected_revision=0, reported_on=date(2020, 2, 1),
                  outcomes=[OutcomeInput(periods[0].pk, D(100))])
    before = signed_in.get(url("overview", project), {"per": "2020-01-31"})
    assert before.context["progress"].indicators[0].accumulated is None
    after = signed_in.get(url("overview", project), {"per": "2020-02-01"})
    assert after.context["progress"].indicators[0].accumulated == D(100)


def test_the_chart_downloads_as_svg(signed_in, reporting):
    project, _indicator, _periods = reporting
    response = signed_in.get(url("chart", project))
    assert response["Content-Type"].startswith("image/svg+xml")
    body = response.content.decode()
    assert body.startswith("<?xml") and "<title" in body and "<desc" in body


def test_a_programme_that_asks_for_a_target_blocks_submission_without_one(
        project, add, manager, catalogue):
    ProgrammeIndicatorRules.objects.create(programme=project.programme, requires_target=True)
    complete_application(project)
    add(from_catalogue(catalogue["CO01"]))  # no target
    with pytest.raises(ApplicationIncomplete) as blocked:
        workflow.submit_application(project=project, actor=manager)
    assert list(blocked.value.gaps) == ["Indikatorer"]
    ProjectIndicator.objects.update(target=D(400))
    workflow.submit_application(project=project, actor=manager)


def test_the_frozen_version_holds_the_indicators_and_shows_them(signed_in, project, add,
                                                               catalogue, manager):
    add(from_catalogue(catalogue["CO01"], target=D(400)))
    complete_application(project)
    workflow.submit_application(project=project, actor=manager)
    version = application_versions(project).get()
    part = version.content["parts"]["indicators"]
    assert part["schema"] == 1
    assert part["indicators"]["CO01"]["target"] == "400"
    assert part["indicators"]["CO01"]["name"] == "Antal företag som får stöd"
    page = signed_in.get(reverse("projects:version", args=[project.slug, version.number]),
                         {"del": "indicators"})
    assert "Antal företag som får stöd" in page.content.decode()


def test_the_api_lists_progress_and_the_dated_outcomes(signed_in, reporting, manager):
    project, indicator, periods = reporting
    save_outcomes(project=project, indicator_id=indicator.pk, actor=manager,
                  expected_revision=0, outcomes=[OutcomeInput(periods[0].pk, D(100))])
    listed = signed_in.get(reverse("indicators_api:indicators", args=[project.slug])).json()
    assert listed["indicators"][0]["code"] == "NAT-DELT"
    assert listed["indicators"][0]["accumulated"] == "100"
    outcomes = signed_in.get(reverse("indicators_api:outcomes", args=[project.slug])).json()
    assert outcomes["results"][0]["value"] == "100"  # paged like every list
