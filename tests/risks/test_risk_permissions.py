"""Every risk URL, every persona: who may read, who may change, and in which state.

A URL added without a line here fails `test_every_risk_url_is_in_the_matrix`.
"""

import pytest
from django.core import signing
from django.urls import reverse

from risks.services.risks import RiskInput, add_risk
from tests.matrix import (
    EVERYONE,
    PERSONAS,
    WRITERS,
    call,
    cases,
    check,
    past_submission,
    read_walks,
    url_names,
)
from tests.plans.conftest import start_running

# name: (URL arguments beyond the slug, who may read it, project state)
READS = {
    "risks:register": ({}, EVERYONE, "draft"),
    "risks:heat_map": ({}, EVERYONE, "draft"),
    "risks:risk": ({"risk_id": "risk"}, EVERYONE, "draft"),
    "risks:add": ({}, WRITERS, "draft"),
    "risks:text": ({}, WRITERS, "running"),
    "risks:export": ({}, EVERYONE, "draft"),
    "risks:import": ({}, WRITERS, "draft"),
    "risks_api:register": ({}, EVERYONE, "draft"),
    "risks_api:risk": ({"risk_id": "risk"}, EVERYONE, "running"),
}
RISK = {"title": "Det är en risk att kommunerna drar sig ur", "likelihood": "2",
        "impact": "4", "status": "open", "revision": "0"}
# (name, URL arguments, who may, project state, posted data)
WRITES = [
    ("risks:add", {}, WRITERS, "draft", RISK),
    ("risks:add", {}, WRITERS, "running", RISK),
    ("risks:risk", {"risk_id": "risk"}, WRITERS, "draft", {**RISK, "action": "change"}),
    ("risks:risk", {"risk_id": "risk"}, WRITERS, "running",
     {"action": "review", "likelihood": "3", "impact": "4", "status": "mitigating",
      "revision": "0"}),
    ("risks:remove", {"risk_id": "spare"}, WRITERS, "draft", {}),
    ("risks:text", {}, WRITERS, "draft", {"text": "Risker i ord.", "revision": "0"}),
    ("risks:import", {}, WRITERS, "running", {"payload": "{payload}"}),
]


CASES = cases(READS, WRITES)


def test_every_risk_url_is_in_the_matrix():
    from tests.api.test_api_access import API_NAMES

    # The API's writes are walked persona by persona in the API's own matrix.
    ours = {name for name in url_names() if name.startswith(("risks:", "risks_api:"))}
    assert ours - API_NAMES == (set(READS) | {name for name, *_ in WRITES}) - API_NAMES


@pytest.fixture
def world(project, personas):
    manager = personas["manager"]
    risk = add_risk(project=project, actor=manager, data=RiskInput(title="Konkurrens"))
    spare = add_risk(project=project, actor=manager, data=RiskInput(title="Reserv"))
    return {"project": project, "risk": risk.pk, "spare": spare.pk}


def url(world, name, kwargs):
    resolved = {k: world[v] for k, v in kwargs.items()}
    return reverse(name, kwargs={"slug": world["project"].slug, **resolved})


@pytest.mark.parametrize("name,state", read_walks(READS))
@pytest.mark.parametrize("persona", PERSONAS)
def test_reading(client, world, personas, name, state, persona):
    kwargs, who, _ = READS[name]
    if state == "running":
        start_running(world["project"], personas)
    else:
        past_submission(world["project"], state)
    check(call(client, personas, persona, "get", url(world, name, kwargs)), persona, who, name,
          state=state)


@pytest.mark.parametrize("name,kwargs,who,state,data", WRITES,
                         ids=[f"{w[0]}-{w[3]}-{w[4].get('action', '')}" for w in WRITES])
@pytest.mark.parametrize("persona", PERSONAS)
def test_writing(client, world, personas, name, kwargs, who, state, data, persona):
    if state == "running":
        start_running(world["project"], personas)
    if data.get("payload") == "{payload}":  # a preview the page signed, as it would be
        from risks.xlsx import PREVIEW_SALT

        data = {"payload": signing.dumps([{"title": "Importerad risk"}], salt=PREVIEW_SALT)}
    response = call(client, personas, persona, "post", url(world, name, kwargs), data)
    check(response, persona, who, name, state=state)


def test_nothing_in_the_register_changes_between_submission_and_decision(client, world,
                                                                        personas):
    from projects.services import workflow
    from tests.projects.helpers import complete_application

    complete_application(world["project"])
    workflow.submit_application(project=world["project"], actor=personas["manager"])
    for name, kwargs in (("risks:add", {}), ("risks:risk", {"risk_id": "risk"}),
                         ("risks:text", {})):
        response = call(client, personas, "manager", "post", url(world, name, kwargs), RISK)
        assert response.status_code == 403, name


def test_a_risk_is_not_removed_once_the_project_runs(client, world, personas):
    start_running(world["project"], personas)
    response = call(client, personas, "manager", "post",
                    url(world, "risks:remove", {"risk_id": "spare"}), {})
    assert response.status_code == 403


@pytest.mark.parametrize("name", ["risks_api:risk"])
def test_a_risk_is_not_posted_to_its_own_address(client, world, personas, name):
    response = call(client, personas, "manager", "post",
                    url(world, name, {"risk_id": "risk"} if name == "risks_api:risk" else {}),
                    {})
    assert response.status_code == 405
