"""Every plan and steering-group URL, every persona: who may read, who may change, and in
which state of the project.

A URL added without a line here fails `test_every_plan_url_is_in_the_matrix`.
"""

from datetime import date

import pytest
from django.urls import reverse

from plans.models import Action, ActionUpdate, Meeting
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
from tests.plans.conftest import D, activity, start_running

RECORDERS = {"manager", "steering", *STAFF}
ACTION_KEEPERS = WRITERS | RECORDERS

# name: (URL arguments beyond the slug, who may read it, project state)
READS = {
    "plans:plan": ({}, EVERYONE, "draft"),
    "plans:gantt": ({}, EVERYONE, "draft"),
    "plans:export": ({}, EVERYONE, "draft"),
    "plans:milestones": ({}, EVERYONE, "draft"),
    "plans:settings": ({}, WRITERS, "draft"),
    "plans:work_package_add": ({}, WRITERS, "draft"),
    "plans:work_package": ({"work_package_id": "package"}, WRITERS, "draft"),
    "plans:progress": ({"work_package_id": "package"}, WRITERS, "running"),
    "plans:meetings": ({}, EVERYONE, "draft"),
    "plans:meeting_add": ({}, RECORDERS, "running"),
    "plans:meeting": ({"meeting_id": "meeting"}, EVERYONE, "running"),
    "plans:meeting_edit": ({"meeting_id": "meeting"}, RECORDERS, "running"),
    "plans:action": ({"action_id": "action"}, EVERYONE, "running"),
    "plans_api:plan": ({}, EVERYONE, "draft"),
    "plans_api:meetings": ({}, EVERYONE, "running"),
}
WORK_PACKAGE = {"title": "Nätverk", "revision": "1", "a-order": "n1", "a-n1-title": "Träffar",
                "a-n1-start": "2019-03", "a-n1-end": "2019-09", "a-n1-d-order": ""}
MEETING = {"held_on": "2020-03-02", "kind": "regular", "revision": "1", "t-order": "n1",
           "t-n1-title": "Boka lokal", "t-n1-owner": "", "t-n1-owner_name": "Eva",
           "t-n1-due_on": "2020-04-01"}
# (name, URL arguments, who may, project state, posted data)
WRITES = [
    ("plans:work_package_add", {}, WRITERS, "draft", {**WORK_PACKAGE, "revision": "0"}),
    ("plans:work_package", {"work_package_id": "package"}, WRITERS, "draft", WORK_PACKAGE),
    ("plans:work_package_remove", {"work_package_id": "spare"}, WRITERS, "draft", {}),
    ("plans:reorder", {}, WRITERS, "draft", {"order": "{package},{spare}",
                                            "op": "up:{spare}"}),
    ("plans:settings", {}, WRITERS, "draft", {"resolution": "month", "revision": "0"}),
    ("plans:milestones", {}, WRITERS, "draft", {"revision": "0", "m-order": "n1",
                                               "m-n1-kind": "decision_point",
                                               "m-n1-title": "Beslutspunkt 1"}),
    ("plans:milestones", {}, WRITERS, "running", {"action": "reached", "revision": "0"}),
    ("plans:progress", {"work_package_id": "package"}, WRITERS, "running",
     {"revision": "0", "a{activity}-status": "ongoing"}),
    ("plans:meeting_add", {}, RECORDERS, "running", {**MEETING, "revision": "0"}),
    ("plans:meeting_edit", {"meeting_id": "meeting"}, RECORDERS, "running", MEETING),
    ("plans:meeting_approve", {"meeting_id": "meeting"}, RECORDERS, "running",
     {"revision": "1"}),
    ("plans:action", {"action_id": "action"}, ACTION_KEEPERS, "running",
     {"revision": "0", "status": "done"}),
]


CASES = cases(READS, WRITES)
COVERED_ELSEWHERE = {"plans:my_actions"}  # a person's own page, tested below


def test_every_plan_url_is_in_the_matrix():
    from tests.api.test_api_access import API_NAMES

    # The API's writes are walked persona by persona in the API's own matrix.
    ours = {name for name in url_names() if name.startswith(("plans:", "plans_api:"))}
    assert ours - API_NAMES == (set(READS) | {name for name, *_ in WRITES}
                                | {"plans:my_actions"}) - API_NAMES


@pytest.fixture
def world(project, personas, package):
    package_made = package("Nätverk", [activity("Träffar", D(2019, 3, 1), D(2019, 9, 1))],
                           target=project)
    spare = package("Reserv", [], target=project)
    meeting = Meeting.objects.create(project=project, held_on=date(2020, 3, 2), revision=1)
    action = Action.objects.create(meeting=meeting, title="Boka lokal", owner_name="Eva",
                                   due_on=date(2020, 4, 1))
    ActionUpdate.objects.create(action=action, status="open", changed_on=date(2020, 3, 2))
    return {"project": project, "package": package_made.pk, "spare": spare.pk,
            "activity": package_made.activities.get().pk, "meeting": meeting.pk,
            "action": action.pk}


def url(world, name, kwargs):
    resolved = {k: world[v] for k, v in kwargs.items()}
    return reverse(name, kwargs={"slug": world["project"].slug, **resolved})


def bring_to(world, state, personas):
    if state == "running":
        start_running(world["project"], personas)


@pytest.mark.parametrize("name,state", read_walks(READS))
@pytest.mark.parametrize("persona", PERSONAS)
def test_reading(client, world, personas, name, state, persona):
    kwargs, who, _ = READS[name]
    bring_to(world, state, personas)
    past_submission(world["project"], "draft" if state == "running" else state)
    check(call(client, personas, persona, "get", url(world, name, kwargs)), persona, who, name,
          state=state)


@pytest.mark.parametrize("name,kwargs,who,state,data", WRITES,
                         ids=[f"{w[0]}-{w[3]}" for w in WRITES])
@pytest.mark.parametrize("persona", PERSONAS)
def test_writing(client, world, personas, name, kwargs, who, state, data, persona):
    bring_to(world, state, personas)
    posted = {key.replace("{activity}", str(world["activity"])):
              value.replace("{package}", str(world["package"])).replace(
                  "{spare}", str(world["spare"])) for key, value in data.items()}
    response = call(client, personas, persona, "post", url(world, name, kwargs), posted)
    check(response, persona, who, name, state=state)


@pytest.mark.parametrize("persona", PERSONAS)
def test_everyone_logged_in_has_their_own_actions_page(client, personas, persona):
    response = call(client, personas, persona, "get", reverse("plans:my_actions"))
    if persona == "anonymous":
        assert response.status_code == 302 and "/konto/logga-in/" in response["Location"]
    else:
        assert response.status_code == 200


@pytest.mark.parametrize("name,kwargs", [
    ("plans:work_package_add", {}), ("plans:work_package", {"work_package_id": "package"}),
    ("plans:settings", {})])
def test_writers_cannot_change_the_structure_of_a_submitted_plan(client, world, personas,
                                                                 name, kwargs):
    from projects.services import workflow
    from tests.projects.helpers import complete_application

    complete_application(world["project"])
    workflow.submit_application(project=world["project"], actor=personas["manager"])
    response = call(client, personas, "manager", "post", url(world, name, kwargs),
                    WORK_PACKAGE)
    assert response.status_code == 403


def test_statuses_cannot_be_reported_before_approval(client, world, personas):
    response = call(client, personas, "manager", "post",
                    url(world, "plans:progress", {"work_package_id": "package"}),
                    {"revision": "0", f"a{world['activity']}-status": "done"})
    assert response.status_code == 403


def test_a_work_package_of_another_project_is_not_found_through_this_one(
        client, world, personas, programme, package):
    from projects.services.applications import create_project

    other = create_project(actor=personas["manager"], title="Annat", slug="annat",
                           programme=programme)
    foreign = package("Annat", [], target=other)
    response = call(client, personas, "manager", "get",
                    reverse("plans:work_package", args=[world["project"].slug, foreign.pk]))
    assert response.status_code == 404


@pytest.mark.parametrize("name", ["plans_api:plan"])
def test_the_plan_is_not_posted_to_its_own_address(client, world, personas, name):
    response = call(client, personas, "manager", "post", url(world, name, {}), {})
    assert response.status_code == 405
