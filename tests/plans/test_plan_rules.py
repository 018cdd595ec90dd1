"""The plan's rules, at the service: bad input is refused where it was typed, with nothing
written; a project period that moves shows activities outside it as conflicts."""

import pytest

from plans.integration import submission_check
from plans.models import Activity, Plan, Resolution, WorkPackage
from plans.selectors import plan_view
from plans.services.errors import InvalidInput
from plans.services.structure import (
    PlanSettingsInput,
    WorkPackageInput,
    save_plan_settings,
    save_work_package,
)
from tests.plans.conftest import D, activity, deliverable

pytestmark = pytest.mark.usefixtures("in_english")


def test_it_saves_a_work_package_with_its_activities_and_deliverables(package):
    made = package("Företagsbesök", [
        activity("Besök", D(2019, 3, 1), D(2019, 9, 1), responsible="Vindelns kommun",
                 deliverables=[deliverable("Besöksrapport", D(2019, 9, 1))]),
        activity("Uppföljning", D(2019, 10, 1), D(2020, 3, 1))])
    assert made.revision == 1
    assert list(made.activities.values_list("title", "position")) == [
        ("Besök", 0), ("Uppföljning", 1)]
    assert Activity.objects.get(title="Besök").deliverables.get().title == "Besöksrapport"


@pytest.mark.parametrize("start,end,field,message", [
    (D(2019, 6, 1), D(2019, 3, 1), "end", "The activity ends before it starts."),
    (D(2018, 11, 1), D(2019, 3, 1), "start", "Starts before the project"),
    (D(2022, 6, 1), D(2023, 2, 1), "end", "Ends after the project"),
])
def test_it_refuses_a_bad_period_at_the_row_and_writes_nothing(package, dated, start, end,
                                                               field, message):
    with pytest.raises(InvalidInput) as refused:
        package("Nätverk", [activity("Träffar", D(2019, 1, 1), D(2019, 2, 1)),
                            activity("Mässa", start, end)])
    assert message in refused.value.errors[f"activities.1.{field}"]
    assert not WorkPackage.objects.filter(project=dated).exists()


def test_it_refuses_a_deliverable_due_outside_its_activity(package):
    with pytest.raises(InvalidInput) as refused:
        package("Nätverk", [activity("Träffar", D(2019, 1, 1), D(2019, 6, 1), deliverables=[
            deliverable("Rapport", D(2019, 5, 1)), deliverable("Sen rapport", D(2019, 8, 1))])])
    assert list(refused.value.errors) == ["activities.0.deliverables.1.due"]
    assert "Due outside its activity (2019-01 – 2019-06)" in refused.value.errors[
        "activities.0.deliverables.1.due"]


def test_a_quarter_plan_takes_quarters_and_compares_with_the_project_by_quarter(
        dated, manager, package):
    dated.start_date = D(2019, 3, 1)  # the first quarter is the project's, from 1 March
    dated.save(update_fields=["start_date"])
    save_plan_settings(project=dated, actor=manager,
                       data=PlanSettingsInput(resolution=Resolution.QUARTER))
    package("Delmål 1", [activity("Fra start", D(2019, 1, 1), D(2019, 12, 1))])
    with pytest.raises(InvalidInput) as refused:
        package("Delmål 2", [activity("Mitt i", D(2019, 2, 1), D(2019, 12, 1))])
    assert "quarter" in refused.value.errors["activities.0.start"]


def test_moving_the_project_period_shows_the_activities_left_outside_as_conflicts(
        dated, package):
    package("Nätverk", [activity("Träffar", D(2019, 1, 1), D(2019, 6, 1)),
                        activity("Slutkonferens", D(2022, 10, 1), D(2022, 12, 1))])
    dated.end_date = D(2022, 6, 30)
    dated.save(update_fields=["end_date"])
    plan = plan_view(dated)
    assert [a.title for a in plan.conflicts] == ["Slutkonferens"]
    assert "Ends after the project" in plan.conflicts[0].conflict
    problems = submission_check(dated)["Time and activity plan"]
    assert problems == ["1.2 Slutkonferens: Ends after the project (2019-01 – 2022-06)."]


def test_switching_to_quarters_is_refused_while_activities_sit_mid_quarter(dated, manager,
                                                                           package):
    package("Nätverk", [activity("Träffar", D(2019, 2, 1), D(2019, 6, 1))])
    with pytest.raises(InvalidInput) as refused:
        save_plan_settings(project=dated, actor=manager,
                           data=PlanSettingsInput(resolution=Resolution.QUARTER))
    assert "Träffar" in refused.value.errors["resolution"]
    assert not Plan.objects.filter(project=dated, resolution=Resolution.QUARTER).exists()


def test_saving_again_replaces_the_rows_and_removes_the_missing_ones(package, dated, manager):
    made = package("Nätverk", [activity("Träffar", D(2019, 1, 1), D(2019, 6, 1)),
                               activity("Mässa", D(2019, 3, 1), D(2019, 3, 1))])
    kept = made.activities.get(title="Mässa")
    save_work_package(project=dated, actor=manager, work_package_id=made.pk,
                      expected_revision=1, data=WorkPackageInput(title="Nätverk", activities=[
                          activity("Mässa i Umeå", D(2019, 3, 1), D(2019, 4, 1), id=kept.pk)]))
    assert list(made.activities.values_list("pk", "title")) == [(kept.pk, "Mässa i Umeå")]
