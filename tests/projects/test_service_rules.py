"""The projects services refuse, by themselves and inside their transaction, a person without
the right and a project in the wrong state, whatever a page would have offered."""

from decimal import Decimal

import pytest

from projects.models import ChangeRequest, ChangeRequestStatus, ProjectStatus
from projects.services import workflow
from projects.services.errors import TransitionNotAllowed
from tests.projects.helpers import complete_application


@pytest.fixture
def approved(project, personas):
    complete_application(project)
    workflow.submit_application(project=project, actor=personas["manager"])
    workflow.approve_application(project=project, actor=personas["case_officer"],
                                 granted_amount=Decimal("500000"))
    return project


@pytest.mark.parametrize("persona", ["member", "steering", "financier", "viewer",
                                     "case_officer", "administrator", "outsider"])
def test_only_the_manager_asks_for_a_change(approved, personas, persona):
    with pytest.raises(TransitionNotAllowed):
        workflow.open_change_request(project=approved, actor=personas[persona], reason="Mer")
    assert not ChangeRequest.objects.filter(project=approved).exists()


@pytest.mark.parametrize("status", [ProjectStatus.DRAFT, ProjectStatus.SUBMITTED,
                                    ProjectStatus.FINAL_REPORT_SUBMITTED,
                                    ProjectStatus.CLOSED])
def test_a_change_is_asked_for_only_in_follow_up(project, personas, status):
    type(project).objects.filter(pk=project.pk).update(status=status)
    project.refresh_from_db()
    with pytest.raises(TransitionNotAllowed):
        workflow.open_change_request(project=project, actor=personas["manager"], reason="Mer")


def test_a_change_needs_its_reason(approved, personas):
    with pytest.raises(TransitionNotAllowed):
        workflow.open_change_request(project=approved, actor=personas["manager"], reason="  ")


def test_a_change_is_submitted_by_the_manager_and_decided_by_the_funding_body(approved,
                                                                              personas):
    with pytest.raises(TransitionNotAllowed):  # nothing open yet
        workflow.submit_change_request(project=approved, actor=personas["manager"])
    workflow.open_change_request(project=approved, actor=personas["manager"], reason="Mer")
    with pytest.raises(TransitionNotAllowed):
        workflow.submit_change_request(project=approved, actor=personas["member"])
    with pytest.raises(TransitionNotAllowed):  # not submitted yet
        workflow.decide_change_request(project=approved, actor=personas["case_officer"],
                                       approve=True)
    workflow.submit_change_request(project=approved, actor=personas["manager"])
    for persona in ["manager", "steering", "other_case_officer"]:
        with pytest.raises(TransitionNotAllowed):
            workflow.decide_change_request(project=approved, actor=personas[persona],
                                           approve=True)
    with pytest.raises(TransitionNotAllowed):  # sending back needs a word on why
        workflow.decide_change_request(project=approved, actor=personas["case_officer"],
                                       approve=False, comment="")
    assert ChangeRequest.objects.get(project=approved).status == ChangeRequestStatus.SUBMITTED


def test_a_refused_approval_keeps_the_granted_amount_as_it_was(project, personas):
    complete_application(project)
    workflow.submit_application(project=project, actor=personas["manager"])
    with pytest.raises(TransitionNotAllowed):
        workflow.approve_application(project=project, actor=personas["manager"],
                                     granted_amount=Decimal("9000000"))
    project.refresh_from_db()
    assert project.granted_amount is None and project.status == ProjectStatus.SUBMITTED


def test_a_negative_grant_is_refused(project, personas):
    complete_application(project)
    workflow.submit_application(project=project, actor=personas["manager"])
    with pytest.raises(TransitionNotAllowed):
        workflow.approve_application(project=project, actor=personas["case_officer"],
                                     granted_amount=Decimal("-1"))
