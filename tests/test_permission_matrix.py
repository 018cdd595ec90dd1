"""Every URL, every persona: the exact set of people who may see or change each page.

A URL added without a line here fails `test_every_url_is_in_the_matrix`, so no page
escapes the access rules by being forgotten.
"""

from decimal import Decimal

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from projects.services import workflow
from tests.projects.helpers import complete_application

ROLES = ["manager", "member", "steering", "financier", "viewer"]
STAFF = ["case_officer", "administrator"]
EVERYONE_IN_PROJECT = set(ROLES + STAFF)
PERSONAS = ["anonymous", "outsider", "other_case_officer", *ROLES, *STAFF]

# Not project pages: reachable by anyone (login, language) or covered by Django's own tests.
GLOBAL_NAMES = {
    "home", "healthz", "login", "logout", "password_change", "password_change_done",
    "password_reset", "password_reset_done", "password_reset_confirm", "password_reset_complete",
    "set_language",
    "projects:list", "projects:create", "projects:municipalities", "projects_api:list",
    "api_keys", "api_schema", "api_docs",  # a person's own keys; the API's public description
}
HISTORY_READERS = {"manager", "member", "steering", *STAFF}
SUBMITTERS = {"manager"}
REVIEWERS = set(STAFF)

# name: (method, extra URL arguments, who succeeds, which project state)
MATRIX = {
    "projects:overview": ("get", {}, EVERYONE_IN_PROJECT, "draft"),
    "projects:section": ("get", {"key": "goals"}, EVERYONE_IN_PROJECT, "draft"),
    "projects:submit": ("get", {}, EVERYONE_IN_PROJECT, "draft"),
    "projects:versions": ("get", {}, EVERYONE_IN_PROJECT, "submitted"),
    "projects:version": ("get", {"number": 1}, EVERYONE_IN_PROJECT, "submitted"),
    "projects:compare": ("get", {}, EVERYONE_IN_PROJECT, "submitted"),
    "projects:history": ("get", {}, HISTORY_READERS, "draft"),
    "projects:team": ("get", {}, EVERYONE_IN_PROJECT, "draft"),
    "projects:transition": ("post", {"action": "start"}, REVIEWERS, "approved"),
    "projects:change_request": ("post", {}, SUBMITTERS, "approved"),
    "projects_api:detail": ("get", {}, EVERYONE_IN_PROJECT, "submitted"),
}
# POSTs that change something, checked separately: who may, and the state they need.
WRITES = [
    ("projects:section", {"key": "background"}, {"manager", "member"}, "draft",
     {"revision": "0", "background": "Ny bakgrund"}),
    ("projects:submit", {}, SUBMITTERS, "draft", {}),
    ("projects:transition", {"action": "approve"}, REVIEWERS, "submitted", {"comment": "ok"}),
    ("projects:team", {}, {"manager", "administrator"}, "draft",
     {"person": "outsider", "role": "viewer"}),
]


def url_names(resolver=None, namespace=""):
    for pattern in (resolver or get_resolver()).url_patterns:
        if isinstance(pattern, URLResolver):
            if pattern.namespace == "admin":
                continue
            inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            yield from url_names(pattern, inner)
        elif isinstance(pattern, URLPattern) and pattern.name:
            yield namespace + pattern.name


def test_every_url_is_in_the_matrix():
    # Finance, indicator, plan, risk and report pages are walked persona by persona in their own
    # matrices.
    from tests.finance.test_finance_permissions import READS
    from tests.finance.test_finance_permissions import WRITES as FINANCE_WRITES
    from tests.indicators.test_indicator_permissions import READS as INDICATOR_READS
    from tests.indicators.test_indicator_permissions import WRITES as INDICATOR_WRITES
    from tests.plans.test_plan_permissions import READS as PLAN_READS
    from tests.plans.test_plan_permissions import WRITES as PLAN_WRITES
    from tests.reports.test_report_permissions import EXPORT_PAGES
    from tests.reports.test_report_permissions import READS as REPORT_READS
    from tests.reports.test_report_permissions import WRITES as REPORT_WRITES
    from tests.risks.test_risk_permissions import READS as RISK_READS
    from tests.risks.test_risk_permissions import WRITES as RISK_WRITES

    known = (GLOBAL_NAMES | set(MATRIX) | set(READS) | {name for name, *_ in FINANCE_WRITES}
             | set(INDICATOR_READS) | {name for name, *_ in INDICATOR_WRITES}
             | set(PLAN_READS) | {name for name, *_ in PLAN_WRITES} | {"plans:my_actions"}
             | set(RISK_READS) | {name for name, *_ in RISK_WRITES}
             | set(REPORT_READS) | {name for name, *_ in REPORT_WRITES} | EXPORT_PAGES)
    missing = sorted(set(url_names()) - known)
    assert not missing, f"URLs without access expectations: {missing}"


def bring_to(project, state, personas):
    if state == "draft":
        return
    complete_application(project)
    workflow.submit_application(project=project, actor=personas["manager"])
    if state == "approved":
        workflow.approve_application(project=project, actor=personas["case_officer"],
                                     granted_amount=Decimal("1000"))


def request_as(client, personas, persona, method, url, data=None):
    if persona != "anonymous":
        client.force_login(personas[persona])
    return getattr(client, method)(url, data or {})


def allowed(response) -> bool:
    return response.status_code in (200, 302) and "/konto/logga-in/" not in response.get(
        "Location", ""
    )


@pytest.mark.parametrize("name", sorted(MATRIX))
@pytest.mark.parametrize("persona", PERSONAS)
def test_page_access(client, project, personas, name, persona):
    method, kwargs, who, state = MATRIX[name]
    bring_to(project, state, personas)
    url = reverse(name, kwargs={"slug": project.slug, **kwargs})
    response = request_as(client, personas, persona, method, url,
                          {"reason": "Ändra budgeten"} if method == "post" else None)
    if persona == "anonymous" and "api" in name:
        assert response.status_code == 401  # an API answers and says how to authenticate
    elif persona == "anonymous":
        assert response.status_code == 302 and "/konto/logga-in/" in response["Location"]
    elif persona in ("outsider", "other_case_officer"):
        assert response.status_code == 404  # the project's existence does not leak
    elif persona in who:
        assert allowed(response), response.status_code
    else:
        assert response.status_code == 403


@pytest.mark.parametrize("name,kwargs,who,state,data", WRITES, ids=[w[0] for w in WRITES])
@pytest.mark.parametrize("persona", PERSONAS)
def test_write_access(client, project, personas, name, kwargs, who, state, data, persona):
    bring_to(project, state, personas)
    url = reverse(name, kwargs={"slug": project.slug, **kwargs})
    if name == "projects:submit":
        complete_application(project)
    response = request_as(client, personas, persona, "post", url, data)
    if persona in who:
        assert allowed(response), response.status_code
    elif persona == "anonymous":
        assert response.status_code == 302 and "/konto/logga-in/" in response["Location"]
    elif persona in ("outsider", "other_case_officer"):
        assert response.status_code == 404
    else:
        assert response.status_code == 403


def test_the_project_list_shows_each_person_exactly_their_projects(client, project, personas,
                                                                   programme):
    from projects.services.applications import create_project

    create_project(actor=personas["outsider"], title="Annat projekt", slug="annat",
                   programme=programme)
    seen = {}
    for persona in ["outsider", "viewer", "case_officer", "other_case_officer"]:
        client.force_login(personas[persona])
        page = client.get(reverse("projects:list")).context["page"]
        seen[persona] = sorted(p.slug for p in page.object_list)
    assert seen == {
        "outsider": ["annat"],
        "viewer": ["nis"],
        "case_officer": ["annat", "nis"],  # the whole portfolio of the funding body
        "other_case_officer": [],
    }


def test_the_api_lists_only_visible_projects_and_hides_the_rest(client, project, personas):
    client.force_login(personas["outsider"])
    assert client.get(reverse("projects_api:list")).json()["count"] == 0
    client.force_login(personas["financier"])
    listed = client.get(reverse("projects_api:list"), {"status": "draft"}).json()
    assert [row["slug"] for row in listed["results"]] == ["nis"]
    assert listed["results"][0]["owner"] == "Umeå kommun"
