"""The whole application's snapshot (what a frozen version keeps, what the API detail and the
versions diff build) costs the same number of queries for a small project and a large one:
budgets, lines, periods, financiers, activities, risks and section rows."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from projects import selectors
from projects.application import APPLICATION
from projects.services.applications import create_project
from tests.finance.test_finance_queries import build_named
from tests.plans.builders import build_plan, build_register
from tests.test_query_counts import add_participants, add_rows


def snapshot_queries(project) -> tuple[int, dict]:
    document = selectors.application_with_rows(project.slug)
    with CaptureQueriesContext(connection) as captured:
        content = APPLICATION.snapshot(document)
    return len(captured.captured_queries), content


def test_the_snapshot_costs_the_same_for_a_small_and_a_large_project(project, manager,
                                                                     programme, rules):
    small = project
    build_named(small, manager, "Liten budget")
    build_plan(small, packages=2, activities=2)
    build_register(small, risks=5)
    add_rows(small, 2)
    add_participants(small, 2, start=0)
    large = create_project(actor=manager, title="Stort projekt", slug="stort",
                           programme=programme)
    for n in range(3):
        build_named(large, manager, f"Partner {n}")
    build_plan(large, packages=20, activities=20)
    build_register(large, risks=100)
    add_rows(large, 40)
    add_participants(large, 40, start=2)

    few, small_content = snapshot_queries(small)
    many, large_content = snapshot_queries(large)
    assert len(large_content["parts"]["finance"]["budgets"]) == 3
    assert sum(len(p["activities"]) for p in
               large_content["parts"]["plan"]["work_packages"].values()) == 400
    assert len(large_content["parts"]["risks"]["risks"]) == 100
    assert many == few, (few, many)
    assert many <= 45


def test_the_plan_page_costs_the_same_for_4_and_400_activities(client, project, manager,
                                                                 programme):
    large = create_project(actor=manager, title="Stort projekt", slug="stort",
                           programme=programme)
    build_plan(project, packages=2, activities=2)
    build_plan(large, packages=20, activities=20)
    client.force_login(manager)
    counts = []
    for made in (project, large):
        with CaptureQueriesContext(connection) as captured:
            response = client.get(reverse("plans:plan", args=[made.slug]))
        assert response.status_code == 200
        counts.append(len(captured.captured_queries))
    assert counts[0] == counts[1], counts
    assert response.content.decode().count('class="gantt"') >= 13  # 420 rows, 32 a picture


def test_the_plan_table_shows_five_work_packages_a_page_and_the_chart_all(client, project,
                                                                         manager):
    build_plan(project, packages=12, activities=3)
    client.force_login(manager)
    address = reverse("plans:plan", args=[project.slug])
    first = client.get(address).content.decode()
    assert "Aktivitet 5.1" in first and "Aktivitet 6.1" not in first.split("plan-table")[1]
    assert 'href="?sida=2"' in first and "Arbetspaket 1–5 av 12" in first
    last = client.get(address, {"sida": "3"}).content.decode()
    table = last.split('class="plan-table"')[1]
    assert "Aktivitet 11.1" in table and "Aktivitet 10.1" not in table
    # The move buttons know the ends of the whole plan: only the very last package's
    # "down" is disabled on the last page, and no "up" there is.
    assert table.count("disabled") == 1
    assert last.count('class="gantt"') >= 2  # the chart draws every work package
