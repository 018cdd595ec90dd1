from decimal import Decimal

import pytest

from projects.models import (
    ChangeRequestStatus,
    ProjectStatus,
    StatusChange,
    VersionKind,
)
from projects.selectors import application_versions
from projects.services import workflow
from projects.services.errors import ApplicationIncomplete, TransitionNotAllowed
from tests.factories import past_submission
from tests.projects.helpers import complete_application

S = ProjectStatus


def test_submitting_an_incomplete_application_lists_what_is_missing_by_section(project, personas):
    with pytest.raises(ApplicationIncomplete) as raised:
        workflow.submit_application(project=project, actor=personas["manager"])
    gaps = raised.value.gaps
    assert "Bakgrund saknas" in gaps["Bakgrund"]
    assert "Syfte saknas" in gaps["Syfte och mål"]
    assert "Övergripande mål saknas" in gaps["Syfte och mål"]
    assert "Organisation" not in gaps  # the owner was given at creation
    project.refresh_from_db()
    assert project.status == S.DRAFT
    assert not application_versions(project).exists()


def test_a_complete_application_is_submitted_and_frozen(project, personas):
    complete_application(project)
    version = workflow.submit_application(project=project, actor=personas["manager"])
    project.refresh_from_db()
    assert project.status == S.SUBMITTED
    assert version.number == 1 and version.kind == VersionKind.SUBMITTED
    goals = version.content["sections"]["goals"]
    assert goals["fields"]["purpose"] == "Att öka antalet företag som växer."
    assert goals["sub_goals"] == [{"title": "Fler växande företag", "description": ""}]
    change = StatusChange.objects.get(project=project)
    assert (change.from_status, change.to_status, change.actor) == (
        S.DRAFT, S.SUBMITTED, personas["manager"]
    )


def test_the_frozen_version_does_not_follow_later_edits(project, personas):
    complete_application(project)
    version = workflow.submit_application(project=project, actor=personas["manager"])
    workflow.return_application(project=project, actor=personas["case_officer"],
                                comment="Komplettera budgeten")
    project.refresh_from_db()
    project.purpose = "Ett helt nytt syfte."
    project.save()
    version.refresh_from_db()
    assert version.content["sections"]["goals"]["fields"]["purpose"] == (
        "Att öka antalet företag som växer."
    )


@pytest.mark.parametrize("persona", ["member", "steering", "financier", "viewer", "case_officer"])
def test_only_the_manager_submits(project, personas, persona):
    complete_application(project)
    with pytest.raises(TransitionNotAllowed):
        workflow.submit_application(project=project, actor=personas[persona])


@pytest.mark.parametrize("persona", ["manager", "member", "other_case_officer"])
def test_only_the_funding_bodys_staff_decide(project, personas, persona):
    complete_application(project)
    workflow.submit_application(project=project, actor=personas["manager"])
    with pytest.raises(TransitionNotAllowed):
        workflow.approve_application(project=project, actor=personas[persona],
                                     granted_amount=Decimal("100"))


def test_return_then_resubmit_then_approve(project, personas):
    complete_application(project)
    manager, officer = personas["manager"], personas["case_officer"]
    workflow.submit_application(project=project, actor=manager)
    workflow.return_application(project=project, actor=officer, comment="Lägg till mål")
    project.refresh_from_db()
    assert project.status == S.RETURNED
    workflow.submit_application(project=project, actor=manager)
    approved = workflow.approve_application(project=project, actor=officer,
                                            granted_amount=Decimal("8356515"))
    project.refresh_from_db()
    assert project.status == S.APPROVED
    assert project.granted_amount == Decimal("8356515")
    assert [v.kind for v in application_versions(project)] == [
        VersionKind.SUBMITTED, VersionKind.SUBMITTED, VersionKind.APPROVED
    ]
    assert approved.number == 3
    assert [c.to_status for c in project.status_changes.all()] == [
        S.SUBMITTED, S.RETURNED, S.SUBMITTED, S.APPROVED
    ]


def test_returning_needs_a_reason(project, personas):
    complete_application(project)
    workflow.submit_application(project=project, actor=personas["manager"])
    with pytest.raises(TransitionNotAllowed):
        workflow.return_application(project=project, actor=personas["case_officer"], comment=" ")


def test_a_transition_from_the_wrong_state_is_refused(project, personas):
    past_submission(project, status="running")
    with pytest.raises(TransitionNotAllowed, match="Pågående|pågående"):
        workflow.approve_application(project=project, actor=personas["case_officer"],
                                     granted_amount=None)
    with pytest.raises(TransitionNotAllowed):
        workflow.close_project(project=project, actor=personas["case_officer"])


def test_the_whole_life_of_a_project(project, personas):
    complete_application(project)
    manager, officer = personas["manager"], personas["case_officer"]
    workflow.submit_application(project=project, actor=manager)
    workflow.approve_application(project=project, actor=officer, granted_amount=None)
    workflow.start_project(project=project, actor=officer)
    from reports.services import start_final_report
    from tests.reports.helpers import fill

    fill(start_final_report(project=project, actor=manager), manager)  # the report submitted
    workflow.submit_final_report(project=project, actor=manager)
    workflow.return_final_report(project=project, actor=officer, comment="Saknar bilaga")
    workflow.submit_final_report(project=project, actor=manager)
    workflow.close_project(project=project, actor=officer)
    project.refresh_from_db()
    assert project.status == S.CLOSED


def test_a_change_request_opens_the_application_and_freezes_a_new_version(project, personas):
    complete_application(project)
    manager, officer = personas["manager"], personas["case_officer"]
    workflow.submit_application(project=project, actor=manager)
    workflow.approve_application(project=project, actor=officer, granted_amount=None)
    from projects.access import access_for

    project.refresh_from_db()
    assert not access_for(manager, project).can_edit_application
    change = workflow.open_change_request(project=project, actor=manager,
                                          reason="Flytta medel mellan aktiviteter")
    assert access_for(manager, project).can_edit_application
    project.purpose = "Syftet efter ändringen."
    project.save()
    version = workflow.submit_change_request(project=project, actor=manager)
    assert version.kind == VersionKind.CHANGE
    assert not access_for(manager, project).can_edit_application
    workflow.decide_change_request(project=project, actor=officer, approve=True)
    change.refresh_from_db()
    assert change.status == ChangeRequestStatus.APPROVED and change.version == version
    contents = [v.content["sections"]["goals"]["fields"]["purpose"]
                for v in application_versions(project)]
    assert contents == ["Att öka antalet företag som växer.", "Att öka antalet företag som växer.",
                        "Syftet efter ändringen."]


def test_a_second_change_request_waits_for_the_first(project, personas):
    complete_application(project)
    manager, officer = personas["manager"], personas["case_officer"]
    workflow.submit_application(project=project, actor=manager)
    workflow.approve_application(project=project, actor=officer, granted_amount=None)
    workflow.open_change_request(project=project, actor=manager, reason="Första")
    with pytest.raises(TransitionNotAllowed):
        workflow.open_change_request(project=project, actor=manager, reason="Andra")
