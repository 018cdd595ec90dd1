"""Query counts: the portfolio page, its exports and the dashboard cost the same with many
projects and grants as with few, and the dashboard the same for a large plan, register and
steering record as for a small one."""

from datetime import date
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from projects.models import Project, ProjectRole
from projects.services.applications import create_project
from reports.portfolio import background, lines
from reports.portfolio.models import (
    DecisionFacts,
    LedgerEntry,
    LedgerImport,
    PortfolioFinancier,
)
from tests.plans.builders import build_meetings, build_plan, build_register


def queries(action) -> int:
    with CaptureQueriesContext(connection) as captured:
        action()
    return len(captured.captured_queries)


def grow(funding_body, programme, personas, areas, municipalities, count: int) -> None:
    """`count` more granted projects with their facts and `count` more imported grants."""
    start = Project.objects.count()
    made = Project.objects.bulk_create(
        Project(slug=f"p{start + n}", title=f"Projekt {start + n}", programme=programme,
                status="running", granted_amount=Decimal(1000 + n))
        for n in range(count))
    DecisionFacts.objects.bulk_create(
        DecisionFacts(project=p, focus_area=areas[n % 3],
                      municipality=list(municipalities.values())[n % 4],
                      leadership=("woman", "man", "shared")[n % 3], decided_on=date(2017, 1, 1))
        for n, p in enumerate(made))
    ledger = LedgerImport.objects.create(funding_body=funding_body, year=2017, file_name="x")
    LedgerEntry.objects.bulk_create(
        LedgerEntry(ledger=ledger, funding_body=funding_body, row_number=n, name=f"AB {n}",
                    decided_on=date(2017, 1, 1), year=2017, granted_amount=Decimal(10),
                    focus_area=areas[n % 3], leadership="woman")
        for n in range(count))
    lines.rebuild()  # written in bulk, past the services


@pytest.mark.parametrize("url", [
    "portfolio:portfolio", "portfolio:report", "portfolio:ledgers", "portfolio:classification",
])
def test_portfolio_pages_do_not_grow_with_the_portfolio(client, personas, funding_body,
                                                        programme, areas, municipalities,
                                                        url):
    client.force_login(personas["case_officer"])
    grow(funding_body, programme, personas, areas, municipalities, 3)
    few = queries(lambda: client.get(reverse(url), {"year": "2017", "sort": "-amount"}))
    grow(funding_body, programme, personas, areas, municipalities, 120)
    many = queries(lambda: client.get(reverse(url), {"year": "2017", "sort": "-amount"}))
    assert many == few <= 30


FILTERED = {  # the page and the API, each filter as people and programs send it
    "text": lambda m: {"q": "projekt"},
    "municipality": lambda m: {"municipality": m["Kiruna"].pk},
    "municipality typed": lambda m: {"municipality": "", "municipality-search": "Kiruna"},
    "municipality chosen": lambda m: {"municipality": m["Kiruna"].pk,
                                      "municipality-search": "Kiruna kommun"},
    "financier": lambda m: {"financier": m["Luleå"].pk},
}
FILTERED_URLS = ["portfolio:portfolio", "portfolio_api:totals", "portfolio_api:portfolio"]


@pytest.mark.parametrize("url", FILTERED_URLS)
@pytest.mark.parametrize("how", sorted(FILTERED))
def test_filtered_pages_do_not_grow_with_the_portfolio(client, personas, funding_body,
                                                       programme, areas, municipalities,
                                                       url, how):
    client.force_login(personas["case_officer"])
    query = FILTERED[how](municipalities)

    def finance_all() -> None:  # every project co-financed by the municipality of Luleå
        PortfolioFinancier.objects.bulk_create(
            PortfolioFinancier(funding_body=funding_body, project_id=pk,
                               financier=municipalities["Luleå"])
            for pk in Project.objects.exclude(
                pk__in=PortfolioFinancier.objects.values("project_id"))
            .values_list("pk", flat=True))

    grow(funding_body, programme, personas, areas, municipalities, 3)
    finance_all()
    few = queries(lambda: client.get(reverse(url), query))
    grow(funding_body, programme, personas, areas, municipalities, 120)
    finance_all()
    many = queries(lambda: client.get(reverse(url), query))  # computed: the lines changed
    again = client.get(reverse(url), query)
    assert again.status_code == 200
    assert many == few <= 30
    assert queries(lambda: client.get(reverse(url), query)) <= many  # kept or not


@pytest.mark.parametrize("field", ["municipality", "financier"])
def test_the_filters_suggestions_do_not_grow_with_the_portfolio(client, personas, funding_body,
                                                               programme, areas,
                                                               municipalities, field):
    client.force_login(personas["case_officer"])
    url = reverse("portfolio:suggestions", args=[field])
    typed = {f"{field}-search": "a"}
    grow(funding_body, programme, personas, areas, municipalities, 3)
    few = queries(lambda: client.get(url, typed))
    grow(funding_body, programme, personas, areas, municipalities, 120)
    assert queries(lambda: client.get(url, typed)) == few <= 8


@pytest.mark.parametrize("kind", ["xlsx", "csv"])
def test_exports_do_not_grow_with_the_portfolio(client, personas, funding_body, programme,
                                                areas, municipalities, kind, monkeypatch):
    monkeypatch.setattr(background, "BACKGROUND_ROWS", 1000)  # written in the request here
    client.force_login(personas["case_officer"])
    grow(funding_body, programme, personas, areas, municipalities, 3)
    few = queries(lambda: client.get(reverse("portfolio:export", args=[kind])))
    grow(funding_body, programme, personas, areas, municipalities, 120)
    many = queries(lambda: client.get(reverse("portfolio:export", args=[kind])))  # computed
    response = client.get(reverse("portfolio:export", args=[kind]))
    assert response.status_code == 200
    assert many == few <= 30


def test_the_dashboard_does_not_grow_with_the_plan_register_or_meetings(client, personas,
                                                                       programme):
    def make(slug, packages, activities, risks, meetings):
        made = create_project(actor=personas["manager"], title=slug, slug=slug,
                              programme=programme)
        ProjectRole.objects.create(project=made, user=personas["steering"], role="steering")
        build_plan(made, packages=packages, activities=activities)
        build_register(made, risks=risks)
        build_meetings(made, meetings=meetings, actions=3)
        Project.objects.filter(pk=made.pk).update(status="running")
        return made

    client.force_login(personas["steering"])
    computed, kept = [], []
    for made in (make("small", 2, 2, 5, 2), make("large", 20, 20, 100, 20)):
        url = reverse("portfolio:dashboard", args=[made.slug])
        computed.append(queries(lambda url=url: client.get(url)))
        kept.append(queries(lambda url=url: client.get(url)))
    assert computed[0] == computed[1] <= 120
    assert kept[0] == kept[1] <= 12
