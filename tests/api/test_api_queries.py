"""Every list of the API costs the same number of queries for 5 objects as for 500."""

from datetime import date, timedelta
from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from finance.services.budgets import create_budget, save_costs
from finance.services.financing import SourceInput, save_financing
from portal.models import Country, Organisation, OrganisationKind
from projects.models import ProjectRole, RoleKind
from projects.services.applications import create_project
from tests.api.conftest import KeyClient, key_for
from tests.indicators.builders import build as build_indicators
from tests.plans.builders import build_meetings, build_plan, build_register


def with_team(project, _manager, people: int):
    users = get_user_model().objects.bulk_create(
        get_user_model()(username=f"{project.slug}-{n}") for n in range(people))
    ProjectRole.objects.bulk_create(ProjectRole(project=project, user=u, role=RoleKind.VIEWER)
                                    for u in users)


def with_financing(project, manager, rows: int):
    """One budget of three years whose plan has `rows` financiers."""
    budget = create_budget(project=project, actor=manager, name="Budget", currency="SEK",
                           country="SE", periods=[(str(y), date(y, 1, 1), date(y, 12, 31))
                                                  for y in (2019, 2020, 2021)])
    version = budget.versions.get()
    periods = list(version.periods.all())
    category = budget.category_set.categories.filter(kind="cost").first()
    save_costs(version=version, actor=manager, expected_revision=None,
               amounts={(category.pk, p.pk): 1000 * rows for p in periods})
    save_financing(version=version, actor=manager, expected_revision=None, rows=[
        SourceInput(id=None, financier_id=None, description=f"Finansiär {n}",
                    financing_type="public_cash", preliminary=False,
                    amounts={p.pk: 1000 for p in periods}) for n in range(rows)])


def with_outcomes(project, outcomes: int):
    """Outcomes of 5 typed indicators over one period, or of 50 over ten (the builder counts
    four more from the registers)."""
    small = outcomes <= 5
    build_indicators(project, indicators=9 if small else 54, periods=1 if small else 10,
                     companies=1)


def with_rates(project, manager, rates: int):
    """A budget in kronor of Norway, and `rates` of them to the Swedish kronor it reports in."""
    from finance.models import ExchangeRate

    create_budget(project=project, actor=manager, name="Norsk", currency="NOK", country="NO",
                  periods=[("2019", date(2019, 1, 1), date(2019, 12, 31))])
    start = ExchangeRate.objects.count()  # the rates are the portal's, not the project's
    ExchangeRate.objects.bulk_create(
        ExchangeRate(currency="NOK", per_currency="SEK", rate=Decimal("1.01"),
                     valid_from=date(1990, 1, 1) + timedelta(days=start + n))
        for n in range(rates))


def with_reports(project, manager, reports: int):
    from projects.models import Document, DocumentKind

    Document.objects.bulk_create(
        Document(project=project, kind=DocumentKind.STATUS_REPORT, number=n + 1,
                 period_start=date(2000, 1, 1) + timedelta(days=n),
                 period_end=date(2000, 1, 1) + timedelta(days=n), status="draft",
                 created_by=manager) for n in range(reports))


# (the list, how to give a project n objects of it, what to read in the answer)
LISTS = {
    "projects_api:team": (with_team, lambda data: data["count"]),
    "plans_api:plan": (lambda p, _m, n: build_plan(p, packages=5, activities=n // 5),
                       lambda data: sum(len(w["activities"]) for w in data["work_packages"])),
    "plans_api:meetings": (lambda p, _m, n: build_meetings(p, meetings=5, actions=n // 5),
                           lambda data: sum(len(m["actions"]) for m in data["results"])),
    "risks_api:register": (lambda p, _m, n: build_register(p, risks=n),
                           lambda data: data["count"]),
    "indicators_api:indicators": (
        lambda p, _m, n: with_outcomes(p, n),
        lambda data: sum(len(i["periods"]) for i in data["indicators"])),
    "indicators_api:outcomes": (
        lambda p, _m, n: with_outcomes(p, n),
        lambda data: data["count"]),
    "indicators_api:participants": (
        lambda p, _m, n: build_indicators(p, indicators=5, periods=1, companies=1, records=n),
        lambda data: data["summary"]["activities"]),
    "indicators_api:companies": (
        lambda p, _m, n: build_indicators(p, indicators=5, periods=1, companies=n),
        lambda data: data["count"]),
    "finance_api:project_rates": (with_rates, lambda data: data["count"]),
    "reports_api:reports": (with_reports, lambda data: data["count"]),
    "finance_api:budgets": (lambda p, m, n: with_financing(p, m, n),
                            lambda data: len(data["results"][0]["financing"])),
}


def warm(key: str) -> str:
    """A key that has been used: the first use is written down once, not on every call."""
    assert KeyClient(key).get(reverse("projects_api:list")).status_code == 200
    return key


def counted(key: str, url: str):
    client = KeyClient(key)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, response.text
    return len(captured.captured_queries), response.json()


@pytest.mark.parametrize("name", sorted(LISTS))
def test_a_list_costs_the_same_for_5_and_500_objects(name, personas, programme,
                                                      shipped_cost_category_sets):
    from finance.models import CostCategorySet, ProgrammeRules

    ProgrammeRules.objects.create(programme=programme, category_set=CostCategorySet.objects.get(
        slug="tillvaxtverket-2014-2020"))
    manager = personas["manager"]
    key = warm(key_for(manager))
    fill, read = LISTS[name]
    counts = []
    for size in (5, 500):
        project = create_project(actor=manager, title=f"P{size}", slug=f"p{size}",
                                 programme=programme)
        fill(project, manager, size)
        queries, data = counted(key, reverse(name, args=[project.slug]))
        assert read(data) >= size
        counts.append(queries)
    assert counts[0] == counts[1] <= 40, counts


@pytest.mark.parametrize("name", ["projects_api:organisations", "projects_api:list"])
def test_the_lists_outside_projects_cost_the_same_for_5_and_500(name, personas, programme):
    manager = personas["manager"]
    key = warm(key_for(manager))
    counts = []
    for size, start in ((5, 0), (495, 5)):
        Organisation.objects.bulk_create(
            Organisation(name=f"Organisation {n}", kind=OrganisationKind.COMPANY,
                         country=Country.SWEDEN) for n in range(start, start + size))
        if name == "projects_api:list":
            for n in range(start, start + size):
                create_project(actor=manager, title=f"Projekt {n:04}", slug=f"projekt-{n}",
                               programme=programme)
        queries, data = counted(key, reverse(name) + "?page_size=500&ordering=-name")
        assert data["count"] >= start + size
        counts.append(queries)
    assert counts[0] == counts[1] <= 8, counts


def test_the_portfolio_costs_the_same_for_5_and_500_projects(personas, programme):
    from projects.models import Project
    from reports.portfolio import lines

    officer = personas["case_officer"]
    key = warm(key_for(officer))
    counts = []
    for size, start in ((5, 0), (495, 5)):
        for n in range(start, start + size):
            create_project(actor=personas["manager"], title=f"Projekt {n:04}",
                           slug=f"projekt-{n}", programme=programme)
        Project.objects.update(status="running", granted_amount=100_000)
        lines.rebuild()  # the update above went past the services
        queries, data = counted(key, reverse("portfolio_api:portfolio") + "?page_size=500")
        assert data["count"] == start + size
        counts.append(queries)
        totals, _data = counted(key, reverse("portfolio_api:totals"))
        counts.append(totals)
    assert counts[0] == counts[2] <= 10 and counts[1] == counts[3] <= 20, counts


@pytest.mark.parametrize("name", ["reports_api:exports", "portfolio_api:ledgers"])
def test_the_exports_and_ledgers_cost_the_same_for_5_and_500(name, personas, programme):
    from reports.models import ExportJob
    from reports.portfolio.models import LedgerImport

    officer = personas["case_officer"]
    key = warm(key_for(officer))
    counts = []
    for size in (5, 495):
        if name == "reports_api:exports":
            ExportJob.objects.bulk_create(
                ExportJob(requested_by=officer, document="final", programme=programme,
                          status="failed") for _n in range(size))
        else:
            LedgerImport.objects.bulk_create(
                LedgerImport(funding_body=programme.funding_body, year=2017,
                             file_name=f"{n}.csv", imported_by=officer)
                for n in range(size))
        queries, data = counted(key, reverse(name) + "?page_size=500")
        assert len(data["results"]) >= size
        counts.append(queries)
    assert counts[0] == counts[1] <= 8, counts
