"""Every finance URL, every persona: who may read, who may change, and in which state.

A finance URL added without a line here fails `test_every_finance_url_is_in_the_matrix`.
"""

from decimal import Decimal

import pytest
from django.urls import reverse

from finance.models import BudgetVersion, FinancingSource, FinancingType
from portal.models import Organisation, OrganisationKind
from projects.services import workflow
from tests.conftest import make_user
from tests.finance.conftest import fill, report_rows
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
from tests.projects.helpers import complete_application

# name: (URL arguments beyond the slug, who may read it)
READS = {
    "finance:budgets": ({}, EVERYONE),
    "finance:budget": ({"budget_id": "budget"}, EVERYONE),
    "finance:financing": ({"budget_id": "budget"}, EVERYONE),
    "finance:split": ({"budget_id": "budget"}, EVERYONE),
    "finance:budget_settings": ({"budget_id": "budget"}, EVERYONE),
    "finance:budget_versions": ({"budget_id": "budget"}, EVERYONE),
    "finance:budget_version": ({"budget_id": "budget", "number": 1}, EVERYONE),
    "finance:budget_export": ({"budget_id": "budget"}, EVERYONE),
    "finance:budget_import": ({"budget_id": "budget"}, EVERYONE),
    "finance:outcome": ({}, EVERYONE),
    "finance:outcome_report": ({"report_id": "report"}, EVERYONE),
    "finance_api:budgets": ({}, EVERYONE),
    "finance_api:budget": ({"budget_id": "budget"}, EVERYONE),
    "finance_api:outcome": ({}, EVERYONE),
}
# (name, URL arguments, who may, project state, posted data)
WRITES = [
    ("finance:budget_create", {}, WRITERS, "draft",
     {"name": "Partnerbudget", "currency": "SEK", "country": "SE", "category_set": "set",
      "first_year": 2019, "last_year": 2020}),
    ("finance:budget", {"budget_id": "budget"}, WRITERS, "draft", {"revision": "0"}),
    ("finance:budget_totals", {"budget_id": "budget"}, WRITERS, "draft", {"revision": "0"}),
    ("finance:financing", {"budget_id": "budget"}, WRITERS, "draft",
     {"revision": "0", "rows": "0"}),
    ("finance:financing_totals", {"budget_id": "budget"}, WRITERS, "draft", {"rows": "0"}),
    ("finance:split", {"budget_id": "budget"}, WRITERS, "draft",
     {"amount": "1000", "mode": "equal", "apply": "1", "period": "", "revision": "0"}),
    ("finance:budget_settings", {"budget_id": "budget"}, WRITERS, "draft",
     {"revision": "0", "name": "Svensk budget", "periods": "0"}),
    ("finance:budget_import", {"budget_id": "budget"}, WRITERS, "draft", {}),
    ("finance:budget_revise", {"budget_id": "budget"}, WRITERS, "change_request",
     {"reason": "Flytta pengar"}),
    ("finance:outcome_create", {"budget_id": "budget"}, WRITERS, "approved",
     {"label": "2019"}),
    ("finance:outcome_report", {"report_id": "report"}, WRITERS, "approved", {"revision": "0"}),
]


CASES = cases(READS, WRITES)


def test_every_finance_url_is_in_the_matrix():
    finance = {name for name in url_names() if name.startswith(("finance:", "finance_api:"))}
    from tests.api.test_api_access import API_NAMES

    # The API's writes are walked persona by persona in the API's own matrix.
    covered = set(READS) | {name for name, *_ in WRITES}
    assert finance - API_NAMES == covered - API_NAMES


@pytest.fixture
def world(project, budget, personas, tvv_set):
    fill(budget, {"externa-tjanster": [100, 0, 0]},
         [("Region", FinancingType.PUBLIC_CASH, [100, 0, 0])])
    report = report_rows(budget, label="2019")
    return {"project": project, "budget": budget.pk, "report": report.pk, "set": tvv_set.pk}


def bring_to(world, state, personas):
    project = world["project"]
    if state == "draft":
        return
    complete_application(project)
    workflow.submit_application(project=project, actor=personas["manager"])
    workflow.approve_application(project=project, actor=personas["case_officer"],
                                 granted_amount=Decimal(50))
    if state == "change_request":
        workflow.open_change_request(project=project, actor=personas["manager"],
                                     reason="Budgeten ändras")


def url(world, name, kwargs):
    resolved = {k: world[v] if isinstance(v, str) else v for k, v in kwargs.items()}
    return reverse(name, kwargs={"slug": world["project"].slug, **resolved})


def data_for(world, data):
    return {k: world[v] if v == "set" else v for k, v in data.items()}


@pytest.mark.parametrize("name,state", read_walks(READS))
@pytest.mark.parametrize("persona", PERSONAS)
def test_reading(client, world, personas, name, state, persona):
    kwargs, who = READS[name]
    past_submission(world["project"], state)
    check(call(client, personas, persona, "get", url(world, name, kwargs)), persona, who, name,
          state=state)


@pytest.mark.parametrize("name,kwargs,who,state,data", WRITES,
                         ids=[f"{w[0]}-{w[3]}" for w in WRITES])
@pytest.mark.parametrize("persona", PERSONAS)
def test_writing(client, world, personas, name, kwargs, who, state, data, persona):
    bring_to(world, state, personas)
    response = call(client, personas, persona, "post", url(world, name, kwargs),
                    data_for(world, data))
    # An allowed import without a file is refused as bad input.
    allowed = (400,) if name == "finance:budget_import" else (200, 302)
    check(response, persona, who, name, allowed, state=state)


@pytest.mark.parametrize("name", ["finance:budget", "finance:financing",
                                  "finance:budget_totals"])
def test_writers_cannot_change_a_submitted_budget(client, world, personas, name):
    complete_application(world["project"])
    workflow.submit_application(project=world["project"], actor=personas["manager"])
    response = call(client, personas, "manager", "post",
                    url(world, name, {"budget_id": "budget"}), {"revision": "1", "rows": "0"})
    assert response.status_code == 403


def test_outcome_cannot_be_reported_before_approval(client, world, personas):
    response = call(client, personas, "manager", "post",
                    url(world, "finance:outcome_create", {"budget_id": "budget"}),
                    {"label": "2019"})
    assert response.status_code == 403


def test_a_budget_of_another_project_is_not_found_through_this_one(client, world, personas,
                                                                   programme, make_budget):
    from projects.services.applications import create_project

    other = create_project(actor=personas["manager"], title="Annat", slug="annat",
                           programme=programme)
    foreign = make_budget(target=other, name="Annan budget")
    client.force_login(personas["manager"])
    response = client.get(reverse("finance:budget", args=[world["project"].slug, foreign.pk]))
    assert response.status_code == 404


@pytest.fixture
def financiers_by_organisation(world):
    """A person of an organisation named in the financing plan, with no role in the project,
    and one of an organisation that finances another project only."""
    region = Organisation.objects.create(name="Region Västerbotten", country="SE",
                                         kind=OrganisationKind.REGION)
    version = BudgetVersion.objects.get(budget_id=world["budget"], superseded_at__isnull=True)
    FinancingSource.objects.create(version=version, financier=region,
                                   financing_type=FinancingType.PUBLIC_CASH, position=9)
    other = Organisation.objects.create(name="Region Norrbotten", country="SE",
                                        kind=OrganisationKind.REGION)
    return {"financier": make_user("regionens-finansiar", organisation=region),
            "outsider": make_user("grannregionens-finansiar", organisation=other)}


@pytest.mark.parametrize("name,state", read_walks(READS))
def test_a_financier_by_organisation_reads_as_a_financier_and_no_other_organisation_does(
        client, world, personas, financiers_by_organisation, name, state):
    """The financier's answers, with no role set by hand; a financier of another organisation
    gets the outsider's 404."""
    kwargs, who = READS[name]
    past_submission(world["project"], state)
    for persona, person in financiers_by_organisation.items():
        check(call(client, {persona: person}, persona, "get", url(world, name, kwargs)),
              persona, who, name, state=state)


@pytest.mark.parametrize("name,kwargs,who,state,data", WRITES,
                         ids=[f"{w[0]}-{w[3]}" for w in WRITES])
def test_a_financier_by_organisation_changes_nothing(client, world, personas,
                                                    financiers_by_organisation, name, kwargs,
                                                    who, state, data):
    bring_to(world, state, personas)
    for persona, person in financiers_by_organisation.items():
        response = call(client, {persona: person}, persona, "post", url(world, name, kwargs),
                        data_for(world, data))
        check(response, persona, who, name, state=state)
