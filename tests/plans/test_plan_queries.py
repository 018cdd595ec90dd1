"""Query counts do not grow with the plan (2 × 2 to 20 work packages × 20 activities), the
register (5 to 100 risks) or the steering group's record."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from plans.selectors import plan_view, steering_view
from projects.services.applications import create_project
from risks.selectors import register_view
from tests.kept import assert_api_answer_kept_until_change
from tests.plans.builders import START, build_meetings, build_plan, build_register


def queries(action) -> int:
    with CaptureQueriesContext(connection) as captured:
        action()
    return len(captured.captured_queries)


@pytest.fixture
def small_and_large(personas, programme):
    from projects.models import ProjectRole

    def make(slug, packages, activities, risks, meetings):
        made = create_project(actor=personas["manager"], title=slug, slug=slug,
                              programme=programme)
        ProjectRole.objects.create(project=made, user=personas["steering"], role="steering")
        build_plan(made, packages=packages, activities=activities)
        build_register(made, risks=risks)
        build_meetings(made, meetings=meetings, actions=3)
        return made
    return make("small", 2, 2, 5, 2), make("large", 20, 20, 100, 20)


@pytest.mark.parametrize("read", [
    lambda p: plan_view(p), lambda p: plan_view(p, as_at=START.replace(year=2020)),
    lambda p: register_view(p), lambda p: register_view(p, as_at=START.replace(year=2019)),
    lambda p: steering_view(p), lambda p: steering_view(p, as_at=START.replace(year=2020)),
], ids=["plan", "plan-as-at", "register", "register-as-at", "steering", "steering-as-at"])
def test_reads_make_as_many_queries_for_a_large_project_as_for_a_small_one(small_and_large,
                                                                           read):
    small, large = small_and_large
    assert queries(lambda: read(large)) == queries(lambda: read(small)) <= 8


@pytest.mark.parametrize("name,query", [
    ("plans:plan", ""), ("plans:plan", "?per=2020-06-30"), ("plans:gantt", ""),
    ("plans:milestones", ""), ("plans:meetings", ""), ("plans_api:plan", ""),
    ("plans_api:meetings", ""), ("risks:register", ""),
    ("risks:register", "?status=open&sort=title"),
    ("risks:heat_map", ""), ("risks_api:register", ""),
])
def test_pages_cost_the_same_for_a_large_plan_and_register_as_for_a_small_one(
        client, small_and_large, personas, name, query):
    client.force_login(personas["manager"])
    counts = []
    for made in small_and_large:
        url = reverse(name, args=[made.slug]) + query
        with CaptureQueriesContext(connection) as captured:
            response = client.get(url)
        assert response.status_code == 200
        counts.append(len(captured.captured_queries))
    assert counts[0] == counts[1] <= 30, counts


def test_the_editor_of_a_work_package_costs_the_same_for_two_or_twenty_activities(
        client, small_and_large, personas):
    from plans.models import WorkPackage

    client.force_login(personas["manager"])
    counts = []
    for made in small_and_large:
        package = WorkPackage.objects.filter(project=made).first()
        with CaptureQueriesContext(connection) as captured:
            assert client.get(reverse("plans:work_package",
                                      args=[made.slug, package.pk])).status_code == 200
        counts.append(len(captured.captured_queries))
    assert counts[0] == counts[1], counts


def test_the_large_plan_holds_what_was_built_and_its_chart_is_split_into_pages(
        small_and_large):
    from plans.gantt import ROWS_PER_PAGE, gantt_chart

    _small, large = small_and_large
    plan = plan_view(large)
    assert (len(plan.work_packages), len(plan.activities)) == (20, 400)
    chart = gantt_chart(plan)
    assert len(chart.pages) == 14  # 420 rows and 21 headings, 32 rows to a page
    assert all(len(page.rows) <= ROWS_PER_PAGE + 1 for page in chart.pages)
    assert register_view(large).total == 100


def test_the_api_plan_is_kept_until_the_plan_changes(client, dated, manager, package):
    package("Företagsbesök")
    client.force_login(manager)
    assert_api_answer_kept_until_change(
        client, reverse("plans_api:plan", args=[dated.slug]),
        lambda: package("Seminarieserie"), "Seminarieserie")
