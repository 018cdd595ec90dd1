"""Following up the plan: statuses kept as dated records, read as they stood on any day;
deliverables done; lateness judged once the project is funded; milestones reached."""

from datetime import timedelta

import pytest
from django.utils import timezone

from plans.models import ActivityProgress, ActivityStatus
from plans.selectors import plan_view
from plans.services.errors import EditConflict, InvalidInput
from plans.services.milestones import MilestoneInput, mark_reached, save_milestones
from plans.services.progress import ActivityProgressInput, ProgressInput, record_progress
from projects.services.errors import NotAllowed
from tests.plans.conftest import D, activity, deliverable

pytestmark = pytest.mark.usefixtures("in_english")


@pytest.fixture
def followed(package, running, manager):
    made = package("Företagsbesök", [
        activity("Besök", D(2019, 1, 1), D(2019, 6, 1),
                 deliverables=[deliverable("Besöksrapport", D(2019, 6, 1))]),
        activity("Uppföljning", D(2020, 1, 1), D(2022, 12, 1))])
    project = running()
    return project, made


def report(project, manager, made, status, day, revision, count=None, deliverables=None):
    first = made.activities.get(title="Besök")
    return record_progress(project=project, actor=manager, work_package_id=made.pk,
                           expected_revision=revision, data=ProgressInput(
                               activities=[ActivityProgressInput(first.pk, status, count)],
                               deliverables_done=deliverables or {}, reported_on=day))


def test_statuses_are_dated_records_read_as_they_stood_on_a_day(followed, manager):
    project, made = followed
    report(project, manager, made, ActivityStatus.ONGOING, D(2019, 2, 1), 0, count=3)
    report(project, manager, made, ActivityStatus.DONE, D(2019, 7, 1), 1, count=12)
    assert ActivityProgress.objects.count() == 2
    then = plan_view(project, as_at=D(2019, 3, 1)).activities[0]
    assert (then.status, then.done_count) == (ActivityStatus.ONGOING, 3)
    before = plan_view(project, as_at=D(2019, 1, 15)).activities[0]
    assert before.status == ActivityStatus.PLANNED
    now = plan_view(project).activities[0]
    assert (now.status, now.done_count, now.late) == (ActivityStatus.DONE, 12, False)


def test_an_activity_past_its_end_and_not_done_is_late_once_the_project_is_funded(
        followed, manager, package):
    project, made = followed
    late = plan_view(project).activities[0]
    assert late.late and late.status == ActivityStatus.PLANNED
    report(project, manager, made, ActivityStatus.CANCELLED, None, 0)
    assert not plan_view(project).activities[0].late


def test_nothing_in_an_application_not_yet_funded_is_late(package, dated):
    package("Nätverk", [activity("Träffar", D(2019, 1, 1), D(2019, 2, 1))])
    assert not plan_view(dated).late_activities


def test_a_report_dated_before_the_last_one_or_in_the_future_is_refused(followed, manager):
    project, made = followed
    report(project, manager, made, ActivityStatus.ONGOING, D(2019, 5, 1), 0)
    with pytest.raises(InvalidInput) as refused:
        report(project, manager, made, ActivityStatus.DONE, D(2019, 4, 1), 1)
    assert "A newer status was reported on 2019-05-01." in refused.value.errors.values()
    with pytest.raises(InvalidInput):
        report(project, manager, made, ActivityStatus.DONE,
               timezone.localdate() + timedelta(days=1), 1)


def test_two_reports_on_the_same_work_package_conflict(followed, manager):
    project, made = followed
    report(project, manager, made, ActivityStatus.ONGOING, None, 0)
    with pytest.raises(EditConflict):
        report(project, manager, made, ActivityStatus.DONE, None, 0)


def test_deliverables_are_marked_done_on_the_day_reported(followed, manager):
    project, made = followed
    item = made.activities.get(title="Besök").deliverables.get()
    report(project, manager, made, ActivityStatus.DONE, D(2019, 6, 20), 0,
           deliverables={item.pk: True})
    assert plan_view(project).activities[0].deliverables[0].done
    assert not plan_view(project, as_at=D(2019, 6, 1)).activities[0].deliverables[0].done


def test_statuses_are_not_reported_before_approval(package, dated, manager):
    made = package()
    with pytest.raises(NotAllowed):
        record_progress(project=dated, actor=manager, work_package_id=made.pk,
                        data=ProgressInput())


def test_a_milestone_needs_a_date_but_a_decision_point_may_wait_for_one(dated, manager):
    with pytest.raises(InvalidInput) as refused:
        save_milestones(project=dated, actor=manager, milestones=[
            MilestoneInput("Halvtid", "milestone"),
            MilestoneInput("Beslut om hovedprosjekt", "decision_point")])
    assert list(refused.value.errors) == ["milestones.0.due_on"]
    save_milestones(project=dated, actor=manager, milestones=[
        MilestoneInput("Beslut om hovedprosjekt", "decision_point")])
    assert [m.due_on for m in plan_view(dated).milestones] == [None]


def test_a_milestone_outside_the_project_period_is_refused(dated, manager):
    with pytest.raises(InvalidInput) as refused:
        save_milestones(project=dated, actor=manager, milestones=[
            MilestoneInput("Slutkonferens", "milestone", D(2023, 3, 1))])
    assert refused.value.errors == {
        "milestones.0.due_on": "After the project ends (2022-12-31)."}


def test_reaching_a_milestone_is_follow_up_and_a_late_one_shows(dated, manager, running):
    save_milestones(project=dated, actor=manager, milestones=[
        MilestoneInput("Halvtid", "milestone", D(2020, 12, 31))])
    project = running()
    plan = plan_view(project)
    assert plan.late_milestones and plan.milestones[0].reached_on is None
    mark_reached(project=project, actor=manager, expected_revision=1,
                 reached={plan.milestones[0].id: D(2021, 1, 15)})
    assert plan_view(project).milestones[0].reached_on == D(2021, 1, 15)
    assert plan_view(project, as_at=D(2021, 1, 1)).milestones[0].reached_on is None
