"""Every URL, every persona: the exact set of people who may see or change each page.

The projects app's matrix, and the test that every URL of the portal is in some app's matrix
(`test_every_url_is_in_a_matrix`), so no page escapes the access rules by being forgotten.
The engine they share is `tests/matrix.py`.
"""

from decimal import Decimal

import pytest
from django.urls import reverse

from projects.services import workflow
from tests.api.test_api_access import API_NAMES
from tests.factories import past_submission
from tests.matrix import (
    EVERYONE,
    PERSONAS,
    STAFF,
    Case,
    all_cases,
    call,
    check,
    covered,
    covered_elsewhere,
    ids,
    url_names,
)
from tests.projects.helpers import complete_application

__all__ = ["url_names"]  # the other matrices imported it from here

# The API's addresses and methods, for every persona and for keys: tests/api/test_api_access.py.
COVERED_ELSEWHERE = API_NAMES

EVERYONE_IN_PROJECT = EVERYONE

# Not project pages: reachable by anyone (login, language) or covered by Django's own tests.
GLOBAL_NAMES = {
    "home", "healthz", "login", "logout", "password_change", "password_change_done",
    "password_reset", "password_reset_done", "password_reset_confirm", "password_reset_complete",
    "set_language",
    "projects:list", "projects:create", "projects:municipalities", "projects_api:list",
    "api_keys", "api_schema", "api_docs",  # a person's own keys; the API's public description
    "projects:invitation",  # the link's token is the access: tests/projects/test_invitations.py
    "projects:notifications",  # a person's own choice of e-mails
    "projects:inbox",  # what waits for a case officer: tests/projects/test_inbox.py
}
HISTORY_READERS = {"manager", "member", "steering", *STAFF}
SUBMITTERS = {"manager"}
# Case officers of the programme's funding body decide; its administrators administer.
REVIEWERS = {"case_officer"}
CHANGE = {"reason": "Ändra budgeten"}


def _case(name, method, kwargs, who, state, data=None) -> Case:
    return Case(name, frozenset(who), method, kwargs, state, data or {})


CASES = [
    _case("projects:overview", "get", {}, EVERYONE, "draft"),
    _case("projects:section", "get", {"key": "goals"}, EVERYONE, "draft"),
    _case("projects:submit", "get", {}, EVERYONE, "draft"),
    _case("projects:versions", "get", {}, EVERYONE, "submitted"),
    _case("projects:version", "get", {"number": 1}, EVERYONE, "submitted"),
    _case("projects:compare", "get", {}, EVERYONE, "submitted"),
    _case("projects:history", "get", {}, HISTORY_READERS, "draft"),
    _case("projects:team", "get", {}, EVERYONE, "draft"),
    _case("projects:organisations", "get", {}, EVERYONE, "draft"),
    # A draft is its writers' alone (the engine answers 404 to the others); once submitted
    # the funding body and the other roles read it.
    _case("projects:overview", "get", {}, EVERYONE, "submitted"),
    _case("projects:section", "get", {"key": "goals"}, EVERYONE, "submitted"),
    _case("projects:history", "get", {}, HISTORY_READERS, "submitted"),
    _case("projects:team", "get", {}, EVERYONE, "submitted"),
    _case("projects:organisations", "get", {}, EVERYONE, "submitted"),
    _case("projects:organisation_add", "get", {}, {"manager", "member"}, "draft"),
    _case("projects:transition", "post", {"action": "start"}, REVIEWERS, "approved", CHANGE),
    _case("projects:change_request", "post", {}, SUBMITTERS, "approved", CHANGE),
    _case("projects_api:detail", "get", {}, EVERYONE, "submitted"),
    # Posts that change something: who may, and the state they need.
    _case("projects:section", "post", {"key": "background"}, {"manager", "member"}, "draft",
          {"revision": "0", "background": "Ny bakgrund"}),
    _case("projects:submit", "post", {}, SUBMITTERS, "draft"),
    _case("projects:transition", "post", {"action": "approve"}, REVIEWERS, "submitted",
          {"comment": "ok"}),
    _case("projects:team", "post", {}, {"manager", "administrator"}, "draft",
          {"email": "ny.medarbetare@example.org", "role": "viewer"}),
    _case("projects:team", "post", {}, {"manager", "administrator"}, "draft",
          {"remove": "{viewer}"}),
    _case("projects:team", "post", {}, {"manager", "administrator"}, "submitted",
          {"email": "ny.medarbetare@example.org", "role": "viewer"}),
    _case("projects:organisation_add", "post", {}, {"manager", "member"}, "draft",
          {"name": "Norrskensbolaget AB", "country": "SE", "organisation_number": "556036-0793",
           "kind": "company"}),
]


def test_every_url_is_in_a_matrix():
    """Every named URL has a case in some app's matrix (or is global), and no matrix names a
    URL that no longer exists."""
    every = all_cases()
    known = GLOBAL_NAMES | covered_elsewhere() | {
        case.name for found in every.values() for case in found}
    names = set(url_names())
    assert not sorted(names - known), f"URLs without access expectations: {sorted(names - known)}"
    assert not sorted(known - names), f"Cases for URLs that do not exist: {sorted(known - names)}"
    assert {module for module, found in every.items() if not found} == set()


def test_the_engine_finds_every_apps_matrix():
    assert set(all_cases()) >= {
        "tests.test_permission_matrix", "tests.finance.test_finance_permissions",
        "tests.indicators.test_indicator_permissions", "tests.plans.test_plan_permissions",
        "tests.reports.test_report_permissions", "tests.risks.test_risk_permissions"}


def test_the_projects_matrix_covers_the_projects_urls():
    ours = {name for name in url_names() if name.startswith(("projects:", "projects_api:"))}
    assert ours - GLOBAL_NAMES - API_NAMES == covered(CASES) - API_NAMES


def bring_to(project, state, personas):
    if state == "draft":
        return
    complete_application(project)
    workflow.submit_application(project=project, actor=personas["manager"])
    if state == "approved":
        workflow.approve_application(project=project, actor=personas["case_officer"],
                                     granted_amount=Decimal("1000"))


@pytest.mark.parametrize("case", CASES, ids=ids(CASES))
@pytest.mark.parametrize("persona", PERSONAS)
def test_access(client, project, personas, case, persona):
    bring_to(project, case.state, personas)
    if case.name == "projects:submit" and case.method == "post":
        complete_application(project)
    url = reverse(case.name, kwargs={"slug": project.slug, **case.kwargs})
    data = {key: str(personas["viewer"].pk) if value == "{viewer}" else value
            for key, value in case.data.items()}
    check(call(client, personas, persona, case.method, url, data), persona, case.who,
          case.name, state=case.state)


def test_the_project_list_shows_each_person_exactly_their_projects(client, project, personas,
                                                                   programme):
    from projects.services.applications import create_project

    past_submission(create_project(actor=personas["outsider"], title="Annat projekt",
                                   slug="annat", programme=programme))
    create_project(actor=personas["outsider"], title="Utkast", slug="utkast",
                   programme=programme)

    def seen():
        found = {}
        for persona in ["outsider", "member", "viewer", "case_officer", "administrator",
                        "other_case_officer"]:
            client.force_login(personas[persona])
            page = client.get(reverse("projects:list")).context["page"]
            found[persona] = sorted(p.slug for p in page.object_list)
        return found

    # Drafts never submitted are their writers' alone.
    assert seen() == {
        "outsider": ["annat", "utkast"],
        "member": ["nis"],
        "viewer": [],
        "case_officer": ["annat"],
        "administrator": ["annat"],
        "other_case_officer": [],
    }
    past_submission(project)
    assert seen() == {
        "outsider": ["annat", "utkast"],
        "member": ["nis"],
        "viewer": ["nis"],
        "case_officer": ["annat", "nis"],  # the whole portfolio of the funding body
        "administrator": ["annat", "nis"],
        "other_case_officer": [],
    }


def test_a_project_returned_for_completion_stays_in_the_funding_bodys_view(client, project,
                                                                          personas):
    past_submission(project, status="returned")
    client.force_login(personas["case_officer"])
    assert client.get(reverse("projects:overview", args=[project.slug])).status_code == 200
    page = client.get(reverse("projects:list")).context["page"]
    assert [p.slug for p in page.object_list] == ["nis"]


def test_no_service_lets_the_funding_body_act_on_a_draft_never_submitted(project, personas):
    from projects.services.errors import NotAllowed
    from projects.services.team import set_role

    with pytest.raises(NotAllowed):
        set_role(project=project, actor=personas["administrator"], user=personas["outsider"],
                 role="viewer")


def test_the_api_lists_only_visible_projects_and_hides_the_rest(client, project, personas):
    client.force_login(personas["outsider"])
    assert client.get(reverse("projects_api:list")).json()["count"] == 0
    client.force_login(personas["financier"])
    assert client.get(reverse("projects_api:list")).json()["count"] == 0  # a draft
    past_submission(project)
    listed = client.get(reverse("projects_api:list"), {"status": "submitted"}).json()
    assert [row["slug"] for row in listed["results"]] == ["nis"]
    assert listed["results"][0]["owner"] == "Umeå kommun"


def test_a_person_s_projects_are_the_same_asked_as_lists_of_ids_or_as_subqueries(
        project, personas, programme, monkeypatch):
    from projects import access
    from projects.services.applications import create_project

    past_submission(project)
    create_project(actor=personas["manager"], title="Utkast", slug="utkast", programme=programme)
    people = ["manager", "member", "viewer", "outsider", "financier", "steering"]

    def seen():
        return {person: sorted(access.visible_projects(personas[person])
                               .values_list("slug", flat=True)) for person in people}

    as_ids = seen()
    monkeypatch.setattr(access, "LITERAL_IDS", 0)
    assert seen() == as_ids
    assert as_ids["manager"] == ["nis", "utkast"] and as_ids["viewer"] == ["nis"]
    assert as_ids["outsider"] == []
