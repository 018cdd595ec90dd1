"""Every indicator URL, every persona: who may read, who may change, and in which state.

An indicator URL added without a line here fails `test_every_indicator_url_is_in_the_matrix`.
"""

from decimal import Decimal

import pytest
from django.urls import reverse

from indicators.models import ActivityType, ParticipationRecord, SupportedCompany
from indicators.services.indicators import add_indicator
from indicators.services.outcomes import PeriodInput, create_period
from projects.services import workflow
from tests.indicators.conftest import own
from tests.matrix import (
    EVERYONE,
    PERSONAS,
    STAFF,
    WRITERS,
    call,
    cases,
    check,
    past_submission,
    read_walks,
    url_names,
)
from tests.projects.helpers import complete_application

__all__ = ["call", "check"]  # other matrices imported them from here before the engine

REGISTER_READERS = WRITERS | set(STAFF)

# name: (URL arguments beyond the slug, who may read it)
READS = {
    "indicators:overview": ({}, EVERYONE),
    "indicators:chart": ({}, EVERYONE),
    "indicators:periods": ({}, EVERYONE),
    "indicators:indicator": ({"indicator_id": "indicator"}, EVERYONE),
    "indicators:add": ({}, WRITERS),
    "indicators:edit": ({"indicator_id": "indicator"}, WRITERS),
    "indicators:participants": ({}, REGISTER_READERS),
    "indicators:participant": ({"record_id": "record"}, REGISTER_READERS),
    "indicators:companies": ({}, REGISTER_READERS),
    "indicators:company": ({"company_id": "company"}, REGISTER_READERS),
    "indicators:participants_export": ({}, REGISTER_READERS),
    "indicators:companies_export": ({}, REGISTER_READERS),
    "indicators_api:indicators": ({}, EVERYONE),
    "indicators_api:outcomes": ({}, EVERYONE),
    "indicators_api:participants": ({}, REGISTER_READERS),
    "indicators_api:companies": ({}, REGISTER_READERS),
}
# (name, URL arguments, who may, project state, posted data)
WRITES = [
    ("indicators:add", {}, WRITERS, "draft",
     {"catalogue": "", "name": "Träffar", "unit": "träffar", "kind": "output",
      "counting": "summed", "source": "typed"}),
    ("indicators:edit", {"indicator_id": "indicator"}, WRITERS, "draft",
     {"revision": "0", "catalogue": "", "name": "Möten", "unit": "möten", "kind": "output",
      "counting": "summed", "source": "typed"}),
    ("indicators:remove", {"indicator_id": "spare"}, WRITERS, "draft", {}),
    ("indicators:periods", {}, WRITERS, "draft",
     {"label": "2021", "start": "2021-01-01", "end": "2021-12-31"}),
    ("indicators:indicator", {"indicator_id": "indicator"}, WRITERS, "running",
     {"action": "outcomes", "revision": "0", "p{period}-value": "3"}),
    ("indicators:indicator", {"indicator_id": "indicator"}, WRITERS, "running",
     {"action": "stated", "measure": "outcome", "value": "4", "source": "Lägesrapport"}),
    ("indicators:participants", {}, WRITERS, "running",
     {"action": "add_type", "name": "Frukostmöten"}),
    ("indicators:participants", {}, WRITERS, "running",
     {"action": "add_record", "activity_type": "{kind}", "held_on": "2020-03-01",
      "women": "3", "men": "2", "other": "0"}),
    ("indicators:participant", {"record_id": "record"}, WRITERS, "running",
     {"action": "save", "revision": "0", "activity_type": "{kind}", "held_on": "2020-03-01",
      "women": "4", "men": "2", "other": "0"}),
    ("indicators:companies", {}, WRITERS, "running",
     {"action": "add", "name": "Brandts Blommor", "country": "SE", "counts": "0"}),
    ("indicators:company", {"company_id": "company"}, WRITERS, "running",
     {"action": "save", "revision": "0", "name": "Hotell Vännäs AB", "country": "SE",
      "counts": "0"}),
    # An expired or altered preview: the writer is sent back to upload again.
    ("indicators:participants_import", {}, WRITERS, "running",
     {"payload": "altered", "revision": "0"}),
    ("indicators:companies_import", {}, WRITERS, "running",
     {"payload": "altered", "revision": "0"}),
]


CASES = cases(READS, WRITES)


def test_every_indicator_url_is_in_the_matrix():
    ours = {name for name in url_names() if name.startswith(("indicators:",
                                                               "indicators_api:"))}
    from tests.api.test_api_access import API_NAMES

    # The API's writes are walked persona by persona in the API's own matrix.
    assert ours - API_NAMES == (set(READS) | {name for name, *_ in WRITES}) - API_NAMES


@pytest.fixture
def world(project, personas):
    manager = personas["manager"]
    indicator = add_indicator(project=project, actor=manager, data=own("Träffar"))
    spare = add_indicator(project=project, actor=manager, data=own("Reserv"))
    from datetime import date

    period = create_period(project=project, actor=manager,
                           data=PeriodInput("2020", date(2020, 1, 1), date(2020, 12, 31)))
    # Register rows as data: the services write them only once the project runs.
    kind = ActivityType.objects.create(project=project, name="Företagsbesök")
    record = ParticipationRecord.objects.create(project=project, activity_type=kind,
                                                held_on=date(2020, 2, 1), women=1, men=1)
    company = SupportedCompany.objects.create(project=project, name="Hotell Vännäs")
    return {"project": project, "indicator": indicator.pk, "spare": spare.pk,
            "period": period.pk, "kind": kind.pk, "record": record.pk,
            "company": company.pk}


def bring_to(world, state, personas):
    if state == "draft":
        return
    project = world["project"]
    complete_application(project)
    workflow.submit_application(project=project, actor=personas["manager"])
    workflow.approve_application(project=project, actor=personas["case_officer"],
                                 granted_amount=Decimal(50))
    workflow.start_project(project=project, actor=personas["case_officer"])


def url(world, name, kwargs):
    resolved = {k: world[v] if isinstance(v, str) else v for k, v in kwargs.items()}
    return reverse(name, kwargs={"slug": world["project"].slug, **resolved})


@pytest.mark.parametrize("name,state", read_walks(READS))
@pytest.mark.parametrize("persona", PERSONAS)
def test_reading(client, world, personas, name, state, persona):
    kwargs, who = READS[name]
    past_submission(world["project"], state)
    check(call(client, personas, persona, "get", url(world, name, kwargs)), persona, who, name,
          state=state)


@pytest.mark.parametrize("name,kwargs,who,state,data", WRITES,
                         ids=[f"{w[0]}-{w[3]}-{w[4].get('action', '')}" for w in WRITES])
@pytest.mark.parametrize("persona", PERSONAS)
def test_writing(client, world, personas, name, kwargs, who, state, data, persona):
    bring_to(world, state, personas)
    posted = {key.replace("{period}", str(world["period"])):
              str(world["kind"]) if value == "{kind}" else value for key, value in data.items()}
    response = call(client, personas, persona, "post", url(world, name, kwargs), posted)
    check(response, persona, who, name, state=state)


@pytest.mark.parametrize("name,kwargs", [("indicators:add", {}),
                                         ("indicators:edit", {"indicator_id": "indicator"}),
                                         ("indicators:remove", {"indicator_id": "spare"})])
def test_writers_cannot_change_indicators_of_a_submitted_application(client, world, personas,
                                                                      name, kwargs):
    complete_application(world["project"])
    workflow.submit_application(project=world["project"], actor=personas["manager"])
    response = call(client, personas, "manager", "post", url(world, name, kwargs),
                    {"revision": "0", "name": "X", "unit": "x", "source": "typed"})
    assert response.status_code == 403


def test_outcomes_cannot_be_reported_before_approval(client, world, personas):
    response = call(client, personas, "manager", "post",
                    url(world, "indicators:indicator", {"indicator_id": "indicator"}),
                    {"action": "outcomes", "revision": "0", f"p{world['period']}-value": "1"})
    assert response.status_code == 403


def test_an_indicator_of_another_project_is_not_found_through_this_one(client, world,
                                                                        personas, programme):
    from projects.services.applications import create_project

    other = create_project(actor=personas["manager"], title="Annat", slug="annat",
                           programme=programme)
    foreign = add_indicator(project=other, actor=personas["manager"], data=own("Annan"))
    response = call(client, personas, "manager", "get",
                    reverse("indicators:indicator", args=[world["project"].slug, foreign.pk]))
    assert response.status_code == 404


@pytest.mark.parametrize("name", ["indicators_api:outcomes"])
def test_the_outcome_history_is_read_only(client, world, personas, name):
    response = call(client, personas, "manager", "post", url(world, name, {}), {})
    assert response.status_code == 405
