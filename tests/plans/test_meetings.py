"""Steering-group meetings: who records them and when, approved minutes that no longer
change while their actions are still followed up, and open and overdue actions read as they
stood on any day, on the project and on the person's own page."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from plans.models import Action, ActionStatus, Meeting
from plans.selectors import my_actions, steering_view
from plans.services.errors import InvalidInput, RecordClosed
from plans.services.meetings import (
    ActionInput,
    ActionUpdateInput,
    AttendeeInput,
    MeetingInput,
    approve_minutes,
    save_meeting,
    update_action,
)
from projects.access import visible_projects
from projects.services.errors import NotAllowed

pytestmark = pytest.mark.usefixtures("in_english")
TODAY = timezone.localdate()


def record(project, actor, *, held_on=None, actions=(), **extra):
    return save_meeting(project=project, actor=actor, data=MeetingInput(
        held_on=held_on or TODAY - timedelta(days=40), actions=list(actions), **extra))


def test_the_steering_group_records_a_meeting_with_decisions_and_actions(running, personas):
    project = running()
    steering = personas["steering"]
    meeting = record(project, steering, title="Styrgruppsmöte 1",
                     attendees=[AttendeeInput(user_id=steering.pk, role="Ordförande"),
                                AttendeeInput(name="Anna Nilsson", role="Adjungerad")],
                     decisions=["Mentorprogrammet skjuts upp."],
                     actions=[ActionInput("Ny tidplan", TODAY + timedelta(days=5),
                                          owner_id=personas["manager"].pk)])
    view = steering_view(project).meetings[0]
    assert (view.label, view.decisions) == ("Styrgruppsmöte 1", ("Mentorprogrammet skjuts upp.",))
    assert [a.name for a in view.attendees] == ["steering", "Anna Nilsson"]
    assert meeting.actions.get().updates.get().status == ActionStatus.OPEN


@pytest.mark.parametrize("persona,allowed", [("manager", True), ("steering", True),
                                             ("case_officer", True), ("member", False),
                                             ("financier", False), ("viewer", False)])
def test_who_records_meetings(running, personas, persona, allowed):
    project = running()
    if allowed:
        record(project, personas[persona])
    else:
        with pytest.raises(NotAllowed):
            record(project, personas[persona])


def test_meetings_are_recorded_only_while_the_project_is_approved_or_running(project,
                                                                            personas):
    with pytest.raises(NotAllowed):
        record(project, personas["manager"])


def test_it_refuses_a_meeting_in_the_future_and_an_action_without_owner_or_due_date(
        running, personas):
    project = running()
    with pytest.raises(InvalidInput) as refused:
        record(project, personas["manager"], held_on=TODAY + timedelta(days=1),
               actions=[ActionInput("Boka lokal", None)])
    assert refused.value.errors == {
        "held_on": "A meeting is recorded once it has been held.",
        "actions.0.owner": "Name who owns the action.",
        "actions.0.due_on": "Give a due date."}
    assert not Meeting.objects.exists()


def test_approved_minutes_no_longer_change_but_their_actions_are_followed_up(running,
                                                                          personas):
    project = running()
    manager = personas["manager"]
    meeting = record(project, manager, actions=[ActionInput("Boka lokal", TODAY,
                                                            owner_name="Eva")])
    approve_minutes(project=project, actor=personas["steering"], meeting_id=meeting.pk,
                    expected_revision=1)
    with pytest.raises(RecordClosed):
        save_meeting(project=project, actor=manager, meeting_id=meeting.pk,
                     data=MeetingInput(held_on=meeting.held_on))
    action = meeting.actions.get()
    update_action(project=project, actor=personas["member"], action_id=action.pk,
                  data=ActionUpdateInput(status=ActionStatus.DONE, note="Bokad"),
                  expected_revision=0)
    assert Action.objects.get(pk=action.pk).status == ActionStatus.DONE


def test_open_and_overdue_actions_read_as_they_stood_on_a_past_day(running, personas):
    project = running()
    manager = personas["manager"]
    held = TODAY - timedelta(days=40)
    meeting = record(project, manager, held_on=held, actions=[
        ActionInput("Boka lokal", held + timedelta(days=10), owner_id=manager.pk),
        ActionInput("Ring Almi", held + timedelta(days=60), owner_name="Eva")])
    late = meeting.actions.get(title="Boka lokal")
    update_action(project=project, actor=manager, action_id=late.pk, expected_revision=0,
                  data=ActionUpdateInput(status=ActionStatus.DONE,
                                         changed_on=held + timedelta(days=20)))
    then = steering_view(project, as_at=held + timedelta(days=15))
    assert [(a.title, a.overdue) for a in then.open_actions] == [("Boka lokal", True),
                                                                 ("Ring Almi", False)]
    now = steering_view(project)
    assert [(a.title, a.overdue) for a in now.open_actions] == [("Ring Almi", False)]
    assert steering_view(project, as_at=held - timedelta(days=1)).meetings == ()


def test_a_persons_own_page_lists_their_open_actions_overdue_first(running, personas, login):
    project = running()
    manager = personas["manager"]
    record(project, manager, actions=[
        ActionInput("Skriv lägesrapport", TODAY + timedelta(days=30), owner_id=manager.pk),
        ActionInput("Boka lokal", TODAY - timedelta(days=3), owner_id=manager.pk),
        ActionInput("Ring Almi", TODAY - timedelta(days=3), owner_name="Eva")])
    found = my_actions(manager, visible_projects(manager))
    assert [(a.title, a.overdue) for a in found] == [("Boka lokal", True),
                                                     ("Skriv lägesrapport", False)]
    page = login(manager).get(reverse("plans:my_actions")).content.decode()
    assert "Boka lokal" in page and "overdue" in page and "Ring Almi" not in page
    assert my_actions(personas["outsider"], visible_projects(personas["outsider"])) == []
