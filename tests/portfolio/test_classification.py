"""The classification page: a funding body's case officers add, rename, reorder and retire
its focus areas; a retired area stays on the grants that have it and is given to no new one;
every change is audited; nobody else sees or changes any of it."""

from datetime import date
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import translation

from portal.models import AuditEntry
from projects.models import Project
from projects.services.errors import ServiceError
from reports.portfolio.forms import FactsForm
from reports.portfolio.models import Classification, DecisionFacts, FocusArea
from reports.portfolio.selectors import Criteria
from reports.portfolio.services import classification as service
from reports.portfolio.services.facts import FactsInput, save_facts
from reports.portfolio.totals import portfolio_totals
from tests.portfolio.test_portfolio_permissions import PERSONAS, STAFF, _as

LOGIN = "/konto/logga-in/"


def _answer(response, persona, allowed_status=302):
    if persona == "anonymous":
        return response.status_code == 302 and LOGIN in response["Location"]
    if persona in STAFF:
        return response.status_code == allowed_status
    if persona == "other_case_officer":
        return response.status_code == 404  # another funding body's area does not exist
    return response.status_code == 403


@pytest.mark.parametrize("persona", PERSONAS)
def test_only_the_funding_bodys_staff_rename_its_areas(client, personas, areas, persona):
    response = _as(client, personas, persona).post(
        reverse("portfolio:focus_area_change", args=[areas[0].pk]),
        {"action": "rename", "name": "Digitalisering", "revision": "0"})
    assert _answer(response, persona)
    renamed = FocusArea.objects.get(pk=areas[0].pk).name == "Digitalisering"
    assert renamed == (persona in STAFF)


@pytest.mark.parametrize("persona", PERSONAS)
def test_only_the_funding_bodys_staff_add_areas(client, personas, areas, persona):
    classification = areas[0].classification
    response = _as(client, personas, persona).post(
        reverse("portfolio:focus_area_add", args=[classification.pk]), {"name": "Rymd"})
    assert _answer(response, persona)
    assert classification.areas.filter(name="Rymd").exists() == (persona in STAFF)


@pytest.mark.parametrize("persona", ["other_case_officer", "manager", "case_officer"])
def test_the_page_shows_only_the_own_funding_bodys_classification(client, personas, areas,
                                                                  persona):
    response = _as(client, personas, persona).get(reverse("portfolio:classification"))
    if persona == "manager":
        assert response.status_code == 403
        return
    page = response.content.decode()
    assert response.status_code == 200
    assert ("Digitala tjänstenäringar" in page) == (persona == "case_officer")


def test_another_funding_bodys_officer_makes_a_classification_of_their_own(
        client, personas, areas, other_funding_body, funding_body):
    client.force_login(personas["other_case_officer"])
    client.post(reverse("portfolio:classification"), {"name": "Strategi"})
    assert Classification.objects.get(name="Strategi").funding_body == other_funding_body
    assert Classification.objects.filter(funding_body=funding_body).count() == 1


def test_areas_move_up_and_down_and_keep_their_numbers(personas, areas):
    officer = personas["case_officer"]
    service.move_focus_area(actor=officer, funding_body_id=areas[0].classification.funding_body_id,
                            area_id=areas[2].pk, direction="up")
    order = list(FocusArea.objects.filter(classification=areas[0].classification)
                 .order_by("position").values_list("name", "position"))
    assert order == [("Digitala tjänstenäringar", 1), ("Kulturella och kreativa näringar", 2),
                     ("Test- och övningsverksamhet", 3)]
    moved = AuditEntry.objects.filter(action="portfolio:focus_area", field="position")
    assert {(e.old_value, e.new_value) for e in moved} == {("3", "2"), ("2", "3")}


def test_a_rename_from_a_stale_page_is_refused(personas, areas):
    officer = personas["case_officer"]
    body_id = areas[0].classification.funding_body_id
    service.rename_focus_area(actor=officer, funding_body_id=body_id, area_id=areas[0].pk,
                              name="Digitalisering", revision=0)
    with pytest.raises(service.AreaConflict):
        service.rename_focus_area(actor=officer, funding_body_id=body_id,
                                  area_id=areas[0].pk, name="Annat", revision=0)
    assert FocusArea.objects.get(pk=areas[0].pk).name == "Digitalisering"


def test_a_duplicate_or_empty_name_is_refused_at_the_field(client, personas, areas):
    client.force_login(personas["case_officer"])
    response = client.post(reverse("portfolio:focus_area_change", args=[areas[0].pk]),
                           {"action": "rename", "name": areas[1].name, "revision": "0"},
                           follow=True, HTTP_ACCEPT_LANGUAGE="en")
    assert "already has a focus area of that name" in response.content.decode()
    response = client.post(reverse("portfolio:classification"), {"name": "  "})
    assert response.status_code == 200 and "has-error" in response.content.decode()


def test_a_retired_area_stays_on_its_grants_and_is_given_to_no_new_one(
        personas, project, programme, areas, funding_body):
    officer = personas["case_officer"]
    Project.objects.filter(pk=project.pk).update(status="running",
                                                 granted_amount=Decimal(500000))
    save_facts(actor=officer, project=project, revision=0,
               data=FactsInput(focus_area_id=areas[1].pk, municipality_id=None,
                               leadership="woman", decided_on=date(2026, 1, 10)))
    service.retire_focus_area(actor=officer, funding_body_id=funding_body.pk,
                              area_id=areas[1].pk)
    totals = portfolio_totals(funding_body.pk, Criteria())
    assert [(g.label, g.amount) for g in totals.by_focus_area] == [
        ("Test- och övningsverksamhet", Decimal(500000))]
    # The project that has it keeps it, and may still be saved with it.
    save_facts(actor=officer, project=project, revision=1,
               data=FactsInput(focus_area_id=areas[1].pk, municipality_id=None,
                               leadership="man", decided_on=date(2026, 1, 10)))
    offered = FactsForm(funding_body_id=funding_body.pk).fields["focus_area"].queryset
    assert areas[1] not in offered
    kept = FactsForm(funding_body_id=funding_body.pk,
                     current_area_id=areas[1].pk).fields["focus_area"].queryset
    assert areas[1] in kept
    other = Project.objects.create(slug="annat", title="Annat", programme=programme,
                                   status="submitted")
    with translation.override("en"), pytest.raises(ServiceError, match="retired"):
        save_facts(actor=officer, project=other, revision=0,
                   data=FactsInput(focus_area_id=areas[1].pk, municipality_id=None,
                                   leadership="", decided_on=None))
    assert not DecisionFacts.objects.filter(project=other, focus_area=areas[1]).exists()
    retired = AuditEntry.objects.get(action="portfolio:focus_area", field="retired_on")
    assert retired.old_value == "" and retired.new_value


def test_a_rename_shows_in_the_portfolio_at_once(personas, project, areas, funding_body):
    officer = personas["case_officer"]
    Project.objects.filter(pk=project.pk).update(status="running", granted_amount=Decimal(7))
    save_facts(actor=officer, project=project, revision=0,
               data=FactsInput(focus_area_id=areas[0].pk, municipality_id=None,
                               leadership="", decided_on=None))
    service.rename_focus_area(actor=officer, funding_body_id=funding_body.pk,
                              area_id=areas[0].pk, name="Digitalisering", revision=0)
    totals = portfolio_totals(funding_body.pk, Criteria())
    assert [g.label for g in totals.by_focus_area] == ["Digitalisering"]
