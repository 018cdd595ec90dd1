"""The pages that show a whole application (the submit page and each of its tabs, the versions
diff, the API detail and diff) and the pages that list a project's largest registers make as
many queries for a project of Jems' size as for a small one: budgets, lines, periods,
financiers, activities, risks, rows, indicators and companies."""

import pytest
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from projects.services.applications import create_project
from projects.services.workflow import return_application, submit_application
from tests.finance.test_finance_queries import build_named
from tests.indicators.builders import build as build_indicators
from tests.plans.builders import build_plan, build_register
from tests.projects.helpers import complete_application
from tests.test_query_counts import add_participants, add_rows

PAGES = [
    ("projects:submit", ""), ("projects:submit", "?del=finance"),
    ("projects:submit", "?del=plan"), ("projects:submit", "?del=risks"),
    ("projects:submit", "?del=indicators"),
    ("projects:compare", "?fran=1&till=nu"), ("projects_api:detail", ""),
    ("projects_api:compare", "?fran=1&till=nu"),
    ("plans:export", ""), ("indicators:companies", ""), ("indicators:companies_export", ""),
    ("indicators_api:companies", ""), ("indicators_api:outcomes", ""),
]


def made(personas, programme, slug, *, budgets, packages, risks, rows, start, indicators,
         companies):
    """Submitted once (version 1) and returned, then grown to its size: the diff compares
    version 1 with all of it."""
    manager = personas["manager"]
    project = create_project(actor=manager, title=slug, slug=slug, programme=programme)
    complete_application(project)
    submit_application(project=project, actor=manager)
    return_application(project=project, actor=personas["case_officer"], comment="Mer.")
    for n in range(budgets):
        build_named(project, manager, f"Partner {n}")
    build_plan(project, packages=packages, activities=packages)
    build_register(project, risks=risks)
    add_rows(project, rows)
    add_participants(project, rows, start=start)
    build_indicators(project, indicators=indicators, periods=12, companies=companies)
    return project


def page_queries(client, project, name, query) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(reverse(name, args=[project.slug]) + query)
    assert response.status_code == 200, (name, query, response.status_code)
    return len(captured.captured_queries)


@pytest.mark.django_db
def test_whole_application_pages_cost_the_same_for_a_small_and_a_jems_size_project(
        client, personas, programme, rules):
    manager = personas["manager"]
    small = made(personas, programme, "litet", budgets=1, packages=2, risks=5, rows=2,
                 start=0, indicators=5, companies=10)
    large = made(personas, programme, "stort", budgets=3, packages=20, risks=100, rows=40,
                 start=2, indicators=100, companies=300)
    client.force_login(manager)
    few = {f"{name}{query}": page_queries(client, small, name, query) for name, query in PAGES}
    many = {f"{name}{query}": page_queries(client, large, name, query) for name, query in PAGES}
    assert many == few
    assert max(many.values()) <= 64, many


@pytest.mark.django_db
def test_the_overview_costs_the_same_for_a_small_and_a_jems_size_project(
        client, personas, programme, rules):
    """The first visit works the checklist out (every section's rows, the budgets, the plan,
    the risks, the indicators); the next reads it kept, under the project's change stamps."""
    small = made(personas, programme, "litet", budgets=1, packages=2, risks=5, rows=2,
                 start=0, indicators=5, companies=10)
    large = made(personas, programme, "stort", budgets=3, packages=20, risks=100, rows=40,
                 start=2, indicators=100, companies=300)
    for persona in ("manager", "case_officer"):
        caches["pages"].clear()
        client.force_login(personas[persona])
        counts = [[page_queries(client, project, "projects:overview", "") for _ in range(2)]
                  for project in (small, large)]
        assert counts[0] == counts[1], persona
        first, kept = counts[1]
        assert kept <= first - 15, counts


BUDGET_PAGES = ["finance:budget", "finance:financing", "finance:budget_export",
                "finance:budget_versions", "finance_api:budget"]


def budget_page_queries(client, project, name) -> int:
    budget = project.budgets.order_by("position", "pk").first()
    with CaptureQueriesContext(connection) as captured:
        response = client.get(reverse(name, args=[project.slug, budget.pk]))
    assert response.status_code == 200, (name, response.status_code)
    return len(captured.captured_queries)


@pytest.mark.django_db
def test_a_budgets_pages_cost_the_same_for_one_budget_and_three_of_60_periods(
        client, personas, programme, rules):
    """The grids, the export and the API of a budget: as many queries whether the project
    has one budget or three of Jems' size (60 periods, financiers on every period)."""
    manager = personas["manager"]
    counts = []
    for slug, budgets in (("en-budget", 1), ("tre-budgetar", 3)):
        project = create_project(actor=manager, title=slug, slug=slug, programme=programme)
        for n in range(budgets):
            build_named(project, manager, f"Partner {n}")
        client.force_login(manager)
        counts.append({name: budget_page_queries(client, project, name)
                       for name in BUDGET_PAGES})
    assert counts[1] == counts[0]


@pytest.mark.django_db
def test_the_budget_tab_reads_the_programme_rules_and_category_sets_once(
        client, personas, programme, rules):
    """The form for a new budget offers the sets the rules allow: from the rules the tab has
    read for its checks, not from a second reading of them, nor of the sets."""
    manager = personas["manager"]
    project = create_project(actor=manager, title="Ny", slug="ny-budget", programme=programme)
    build_named(project, manager, "Partner")
    client.force_login(manager)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(reverse("finance:budgets", args=[project.slug]))
    assert response.status_code == 200
    assert b'name="category_set"' in response.content  # the form is there
    sql = [query["sql"] for query in captured.captured_queries]
    assert sum('FROM "finance_programmerules"' in s for s in sql) == 1, sql
    # The sets: once, as the rules' alternatives are read with them.
    assert sum('FROM "finance_costcategoryset"' in s.split("WHERE")[0] for s in sql) == 1, sql
