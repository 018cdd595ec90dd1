"""Every API address and method, for every persona and for keys: exactly the people who may
get through the access helper, the others 403, people outside the project 404 (its
existence does not leak), no key 401. A read-only key cannot write; a revoked key gets 401.

Each request runs in a savepoint that is rolled back, so that every persona meets the same
project (a removal by one does not hide the object from the next).
"""

import pytest
from django.db import transaction
from django.urls import reverse

from portal import api_tokens
from projects.application import application_of
from projects.documents.services import freeze_version
from projects.models import Project, VersionKind
from tests.api.conftest import KeyClient, key_for

ROLES = ["manager", "member", "steering", "financier", "viewer"]
STAFF = {"case_officer", "administrator"}
EVERYONE = set(ROLES) | STAFF
WRITERS = {"manager", "member"}
MANAGER = {"manager"}
REVIEWERS = {"case_officer"}  # case officers decide; administrators administer
DECIDERS = {"manager", "steering"} | STAFF
REGISTER_READERS = WRITERS | STAFF
PERSONAS = ["outsider", "other_case_officer", *ROLES, *sorted(STAFF)]

# Not of one project: any signed-in person (their own list, the organisation register).
GLOBAL = [("projects_api:list", "get"), ("projects_api:list", "post"),
          ("projects_api:organisations", "get"), ("projects_api:organisations", "post"),
          ("projects_api:programmes", "get")]
# Programmes and their rules are public to every signed-in person.
PROGRAMME_WIDE = [("finance_api:rules", "get")]
# The exchange-rate table is kept by administrators (read by a project's readers through the
# project's own address); the portfolio is the funding body's staff's.
RATES = [("finance_api:rates", "get", None), ("finance_api:rates", "post", None),
         ("finance_api:rate", "put", "rate_id"), ("finance_api:rate", "delete", "rate_id")]
PORTFOLIO = [("portfolio_api:portfolio", "get"), ("portfolio_api:totals", "get"),
             ("portfolio_api:ledgers", "get"), ("portfolio_api:ledgers", "post"),
             ("portfolio_api:ledger_preview", "post")]
DOWNLOADERS = {"manager", "member", "steering", "financier"} | STAFF
REPORT = {"kind": "kind", "number": "number"}
SECTION = {**REPORT, "key": "key"}

SECTIONS = ["background", "basics", "benefit_areas", "cross_border", "dissemination", "goals",
            "horizontal", "links", "method", "organisation", "results"]
REVIEW_STEPS = ["return", "approve", "reject", "start", "return_final_report", "close",
                "approve_change", "return_change"]

# (name, method, the URL's object, project state, who gets through)
API_MATRIX = [
    ("projects_api:detail", "get", None, "draft", EVERYONE),
    *[(f"projects_api:section_{key}", "get", None, "draft", EVERYONE) for key in SECTIONS],
    *[(f"projects_api:section_{key}", "put", None, "draft", WRITERS) for key in SECTIONS],
    ("projects_api:missing", "get", None, "draft", EVERYONE),
    ("projects_api:submit", "post", None, "draft", MANAGER),
    *[(f"projects_api:transition_{step}", "post", None, "submitted", REVIEWERS)
      for step in REVIEW_STEPS],
    ("projects_api:transition_final_report", "post", None, "running", MANAGER),
    ("projects_api:transition_change_request", "post", None, "approved", MANAGER),
    ("projects_api:team", "get", None, "draft", EVERYONE),
    ("projects_api:team", "post", None, "draft", {"manager", "administrator"}),
    ("projects_api:team_member", "delete", "user_id", "draft", {"manager", "administrator"}),
    ("projects_api:version", "get", "number", "submitted", EVERYONE),
    ("projects_api:compare", "get", None, "submitted", EVERYONE),
    ("finance_api:budgets", "get", None, "draft", EVERYONE),
    ("finance_api:budgets", "post", None, "draft", WRITERS),
    ("finance_api:budget", "get", "budget_id", "draft", EVERYONE),
    ("finance_api:costs", "put", "budget_id", "draft", WRITERS),
    ("finance_api:financing", "put", "budget_id", "draft", WRITERS),
    ("finance_api:budget_settings", "put", "budget_id", "draft", WRITERS),
    ("finance_api:budget_revise", "post", "budget_id", "draft", WRITERS),
    ("finance_api:split", "post", "budget_id", "draft", EVERYONE),
    ("finance_api:budget_import_preview", "post", "budget_id", "draft", WRITERS),
    ("finance_api:budget_import_apply", "post", "budget_id", "draft", WRITERS),
    ("finance_api:project_rates", "get", None, "draft", EVERYONE),
    ("finance_api:outcome", "get", None, "approved", EVERYONE),
    ("finance_api:outcome", "post", None, "approved", WRITERS),
    ("finance_api:outcome_report", "get", "report_id", "approved", EVERYONE),
    ("finance_api:outcome_report", "put", "report_id", "approved", WRITERS),
    ("finance_api:outcome_submit", "post", "report_id", "approved", WRITERS),
    ("plans_api:plan", "get", None, "draft", EVERYONE),
    ("plans_api:work_packages", "post", None, "draft", WRITERS),
    ("plans_api:work_package", "put", "work_package_id", "draft", WRITERS),
    ("plans_api:work_package", "delete", "work_package_id", "draft", WRITERS),
    ("plans_api:progress", "put", "work_package_id", "approved", WRITERS),
    ("plans_api:milestones", "put", None, "draft", WRITERS),
    ("plans_api:settings", "put", None, "draft", WRITERS),
    ("plans_api:reorder", "put", None, "draft", WRITERS),
    ("plans_api:milestones_reached", "put", None, "approved", WRITERS),
    ("plans_api:meetings", "get", None, "approved", EVERYONE),
    ("plans_api:meetings", "post", None, "approved", DECIDERS),
    ("plans_api:meeting", "put", "meeting_id", "approved", DECIDERS),
    ("plans_api:meeting_approve", "post", "meeting_id", "approved", DECIDERS),
    ("plans_api:action", "put", "action_id", "approved", DECIDERS | WRITERS),
    ("risks_api:register", "get", None, "draft", EVERYONE),
    ("risks_api:register", "post", None, "draft", WRITERS),
    ("risks_api:risk", "get", "risk_id", "draft", EVERYONE),
    ("risks_api:risk", "put", "risk_id", "draft", WRITERS),
    ("risks_api:risk", "delete", "risk_id", "draft", WRITERS),
    ("risks_api:review", "post", "risk_id", "approved", WRITERS),
    ("risks_api:text", "put", None, "draft", WRITERS),
    ("risks_api:import_preview", "post", None, "draft", WRITERS),
    ("risks_api:import_apply", "post", None, "draft", WRITERS),
    ("indicators_api:indicators", "get", None, "draft", EVERYONE),
    ("indicators_api:indicators", "post", None, "draft", WRITERS),
    ("indicators_api:indicator", "put", "indicator_id", "draft", WRITERS),
    ("indicators_api:indicator", "delete", "indicator_id", "draft", WRITERS),
    ("indicators_api:indicator_outcomes", "put", "indicator_id", "approved", WRITERS),
    ("indicators_api:outcomes", "get", None, "approved", EVERYONE),
    ("indicators_api:periods", "post", None, "draft", WRITERS),
    ("indicators_api:period", "delete", "period_id", "draft", WRITERS),
    ("indicators_api:participants", "get", None, "approved", REGISTER_READERS),
    ("indicators_api:participants", "post", None, "approved", WRITERS),
    ("indicators_api:activity_types", "post", None, "approved", WRITERS),
    ("indicators_api:participation", "put", "record_id", "approved", WRITERS),
    ("indicators_api:participation", "delete", "record_id", "approved", WRITERS),
    ("indicators_api:companies", "get", None, "approved", REGISTER_READERS),
    ("indicators_api:companies", "post", None, "approved", WRITERS),
    ("indicators_api:company", "put", "company_id", "approved", WRITERS),
    ("indicators_api:company", "delete", "company_id", "approved", WRITERS),
    ("indicators_api:stated_figures", "post", None, "approved", WRITERS),
    ("indicators_api:stated_figure", "delete", "figure_id", "approved", WRITERS),
    ("indicators_api:remove_names", "post", None, "approved", WRITERS),
    *[(f"indicators_api:{register}_import_{step}", "post", None, "approved", WRITERS)
      for register in ("participants", "companies") for step in ("preview", "apply")],
    ("reports_api:reports", "get", None, "running", EVERYONE),
    ("reports_api:status_report_start", "post", None, "running", WRITERS),
    ("reports_api:final_report_start", "post", None, "running", WRITERS),
    ("reports_api:report", "get", REPORT, "running", EVERYONE),
    ("reports_api:report_section", "put", SECTION, "running", WRITERS),
    ("reports_api:report_skicka_in", "post", REPORT, "running", MANAGER),
    ("reports_api:report_returnera", "post", REPORT, "running", REVIEWERS),
    ("reports_api:report_godkann", "post", REPORT, "running", REVIEWERS),
    ("reports_api:report_pdf", "get", REPORT, "running", DOWNLOADERS),
    ("portfolio_api:facts", "get", None, "submitted", STAFF),
    ("portfolio_api:facts", "put", None, "submitted", STAFF),
    ("reports_api:print", "get", "print_id", "running", DOWNLOADERS),
    ("reports_api:print_file", "get", "print_id", "running", DOWNLOADERS),
    ("reports_api:print_retry", "post", "print_id", "running", DOWNLOADERS),
]
# A person's own exports: theirs alone; to everyone else they do not exist.
OWN_JOBS = [("reports_api:export", "get", "export_id"),
            ("reports_api:export_file", "get", "export_id"),
            ("reports_api:export_retry", "post", "export_id"),
            ("portfolio_api:export", "get", "portfolio_export_id"),
            ("portfolio_api:export_file", "get", "portfolio_export_id")]
# Anyone lists their own exports and asks for one (the service then judges its scope); only
# the funding bodies' staff export a portfolio.
EXPORTS = [("reports_api:exports", "get", set(PERSONAS)),
           ("reports_api:exports", "post", set(PERSONAS)),
           ("portfolio_api:exports", "post", STAFF | {"other_case_officer"})]
API_NAMES = ({name for name, *_ in API_MATRIX} | {name for name, _method in GLOBAL}
             | {name for name, _method in PROGRAMME_WIDE} | {name for name, *_ in RATES}
             | {name for name, _method in PORTFOLIO} | {name for name, *_ in OWN_JOBS}
             | {name for name, *_ in EXPORTS} | {"portfolio_api:ledger"})


def got_through(code: int) -> bool:
    """The access helper let the person in: what follows is the service's answer (done,
    or a rule that refuses the request's content or the document's state)."""
    return code in (200, 201, 202, 204, 400, 409)


def ask(client: KeyClient, method: str, url: str):
    """One request, undone afterwards."""
    with transaction.atomic():
        response = getattr(client, method)(url)
        transaction.set_rollback(True)
    return response


@pytest.fixture
def world(api_world, project, personas):
    """`api_world` with an outcome report and a frozen version to read."""
    from finance.models import Budget
    from finance.services.outcome import create_report

    # Outcome is reported once a project runs; each case then sets the state it needs.
    before = Project.objects.filter(pk=project.pk).values_list("status", flat=True).get()
    Project.objects.filter(pk=project.pk).update(status="running")
    report = create_report(budget=Budget.objects.get(pk=api_world["budget_id"]),
                           actor=personas["manager"], label="2019")
    Project.objects.filter(pk=project.pk).update(status=before)
    freeze_version(application_of(project), personas["manager"], VersionKind.SUBMITTED)
    return {**api_world, "report_id": report.pk}


def test_every_api_address_and_method_is_in_the_matrix():
    from tests.test_permission_matrix import url_names

    listed = ({(name, method) for name, method, *_ in API_MATRIX} | set(GLOBAL)
              | set(PROGRAMME_WIDE) | {(name, method) for name, method, _obj in RATES}
              | set(PORTFOLIO) | {(name, method) for name, method, _obj in OWN_JOBS}
              | {(name, method) for name, method, _who in EXPORTS}
              | {("portfolio_api:ledger", "delete")})
    missing = []
    for name in url_names():
        if "_api:" not in name:
            continue
        view = _view_of(name)
        methods = {m for m in ("get", "post", "put", "delete") if hasattr(view, m)}
        missing += [(name, m) for m in methods if (name, m) not in listed]
    assert not missing, f"API addresses without access expectations: {sorted(missing)}"


def _view_of(name: str):
    from django.urls import resolve

    kwargs = {"slug": "x"}
    for attempt in ({}, {"budget_id": 1}, {"report_id": 1}, {"work_package_id": 1},
                    {"meeting_id": 1}, {"action_id": 1}, {"risk_id": 1}, {"indicator_id": 1},
                    {"period_id": 1}, {"record_id": 1}, {"company_id": 1}, {"user_id": 1},
                    {"number": 1}, {"programme_slug": "p"}, {"figure_id": 1},
                    {"rate_id": 1}, {"kind": "k", "number": 1}, {"print_id": 1},
                    {"export_id": 1}, {"portfolio_export_id": 1}, {"ledger_id": 1},
                    {"kind": "k", "number": 1, "key": "k"}):
        for with_slug in (True, False):
            try:
                url = reverse(name, kwargs={**(kwargs if with_slug else {}), **attempt})
            except Exception:  # noqa: BLE001 - trying which arguments the address takes
                continue
            return resolve(url).func.view_class
    raise AssertionError(name)


@pytest.mark.parametrize("name,method,obj,state,who", API_MATRIX,
                         ids=[f"{m} {n}" for n, m, *_ in API_MATRIX])
def test_api_access(name, method, obj, state, who, world, project, personas):
    Project.objects.filter(pk=project.pk).update(status=state)
    objects = obj if isinstance(obj, dict) else {obj: obj} if obj else {}
    kwargs = {"slug": project.slug, **{name: world[key] for name, key in objects.items()}}
    url = reverse(name, kwargs=kwargs)
    seen = {}
    for persona in PERSONAS:
        seen[persona] = ask(KeyClient(key_for(personas[persona])), method, url).status_code
    # A draft never submitted is its writers' alone: everyone else may not know it exists.
    hidden = ("outsider", "other_case_officer") if state != "draft" else tuple(
        persona for persona in PERSONAS if persona not in ("manager", "member"))
    expected = {persona: ("through" if persona in who and persona not in hidden else
                          404 if persona in hidden else 403)
                for persona in PERSONAS}
    actual = {persona: ("through" if got_through(code) else code)
              for persona, code in seen.items()}
    assert actual == expected

    assert ask(KeyClient(), method, url).status_code == 401  # no key: says how to send one
    revoked, plaintext = api_tokens.create_token(user=personas["manager"], name="Gammal",
                                                 can_write=True)
    api_tokens.revoke_token(user=personas["manager"], token_id=revoked.pk)
    assert ask(KeyClient(plaintext), method, url).status_code == 401
    if method != "get":
        read_only = KeyClient(key_for(personas["manager"], can_write=False))
        response = ask(read_only, method, url)
        assert response.status_code == 403 and "errors" not in response.json()


@pytest.mark.parametrize("name,method", GLOBAL)
def test_addresses_outside_projects_need_only_a_key(name, method, personas):
    url = reverse(name)
    assert ask(KeyClient(), method, url).status_code == 401
    for persona in PERSONAS:
        assert got_through(ask(KeyClient(key_for(personas[persona])), method, url).status_code)


def test_a_programmes_rules_are_read_with_any_key(personas, programme, shipped_cost_category_sets):
    from finance.models import CostCategorySet, ProgrammeRules

    ProgrammeRules.objects.create(programme=programme, category_set=CostCategorySet.objects.get(
        slug="tillvaxtverket-2014-2020"))
    url = reverse("finance_api:rules", kwargs={"programme_slug": programme.slug})
    assert ask(KeyClient(), "get", url).status_code == 401
    for persona in PERSONAS:
        response = ask(KeyClient(key_for(personas[persona])), "get", url)
        assert response.status_code == 200
        assert response.json()["category_set"]["slug"] == "tillvaxtverket-2014-2020"


@pytest.mark.parametrize("name,method,obj", RATES)
def test_only_administrators_keep_the_exchange_rates(name, method, obj, world, personas):
    url = reverse(name, kwargs={obj: world[obj]} if obj else {})
    assert ask(KeyClient(), method, url).status_code == 401
    for persona in PERSONAS:
        code = ask(KeyClient(key_for(personas[persona])), method, url).status_code
        assert got_through(code) == (persona == "administrator"), (persona, code)
    if method != "get":
        read_only = KeyClient(key_for(personas["administrator"], can_write=False))
        assert ask(read_only, method, url).status_code == 403


@pytest.mark.parametrize("name,method", PORTFOLIO)
def test_the_portfolio_is_the_funding_bodys_staffs(name, method, world, personas):
    url = reverse(name)
    assert ask(KeyClient(), method, url).status_code == 401
    for persona in PERSONAS:
        code = ask(KeyClient(key_for(personas[persona])), method, url).status_code
        staff = persona in STAFF | {"other_case_officer"}
        assert got_through(code) == staff and (staff or code == 403), (persona, code)


@pytest.mark.parametrize("name,method,obj", OWN_JOBS)
def test_an_export_is_only_its_requesters(name, method, obj, world, personas):
    url = reverse(name, kwargs={obj: world[obj]})
    assert ask(KeyClient(), method, url).status_code == 401
    for persona in PERSONAS:
        code = ask(KeyClient(key_for(personas[persona])), method, url).status_code
        assert (got_through(code) if persona == "case_officer" else code == 404), (persona,
                                                                                    code)
    if method != "get":
        read_only = KeyClient(key_for(personas["case_officer"], can_write=False))
        assert ask(read_only, method, url).status_code == 403


@pytest.mark.parametrize("name,method,who", EXPORTS)
def test_exports_are_asked_for_by_those_who_may(name, method, who, world, personas):
    url = reverse(name)
    assert ask(KeyClient(), method, url).status_code == 401
    for persona in PERSONAS:
        code = ask(KeyClient(key_for(personas[persona])), method, url).status_code
        assert got_through(code) if persona in who else code == 403, (persona, code)
    if method != "get":
        read_only = KeyClient(key_for(personas["case_officer"], can_write=False))
        assert ask(read_only, method, url).status_code == 403


def test_a_ledger_is_removed_by_its_funding_bodys_case_officers(world, personas):
    url = reverse("portfolio_api:ledger", kwargs={"ledger_id": world["ledger_id"]})
    assert ask(KeyClient(), "delete", url).status_code == 401
    for persona in PERSONAS:
        code = ask(KeyClient(key_for(personas[persona])), "delete", url).status_code
        expected = (204 if persona in STAFF  # administrators see the first funding body
                    else 404 if persona == "other_case_officer"  # not in their portfolio
                    else 403)
        assert code == expected, (persona, code)
    read_only = KeyClient(key_for(personas["case_officer"], can_write=False))
    assert ask(read_only, "delete", url).status_code == 403
