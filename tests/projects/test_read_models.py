"""What reports, dashboards and the API read about a project: frozen records from the
selectors, in a fixed number of queries, never model instances with attributes stuck on."""

import dataclasses
from decimal import Decimal

import pytest

from projects import selectors
from projects.models import ProjectRole, RoleKind, VersionKind
from projects.services import workflow
from tests import factories
from tests.projects.helpers import complete_application


def approved(project, personas):
    complete_application(project)
    workflow.submit_application(project=project, actor=personas["manager"])
    workflow.approve_application(project=project, actor=personas["case_officer"],
                                 granted_amount=Decimal("1200000"))


def test_the_summary_names_programme_funding_body_owner_and_managers(project, personas):
    summary = selectors.project_summary(project)
    assert (summary.slug, summary.title, summary.funding_body) == (
        "nis", "Näringsliv i samverkan", "Tillväxtverket")
    assert summary.card.owner == "Umeå kommun"
    assert summary.managers == ("Maja Ledare",)
    assert [(p.name, p.role_label) for p in summary.participants] == [
        ("Umeå kommun", "Projektägare")]
    assert summary.version_in_force is None


def test_read_models_are_frozen(project):
    summary = selectors.project_summary(project)
    with pytest.raises(dataclasses.FrozenInstanceError):
        summary.card.title = "Annat"


def test_the_version_in_force_follows_approval_and_approved_changes(project, personas):
    approved(project, personas)
    assert selectors.version_in_force(project) == 2  # 1 submitted, 2 approved
    workflow.open_change_request(project=project, actor=personas["manager"], reason="Mer")
    version = workflow.submit_change_request(project=project, actor=personas["manager"])
    assert selectors.version_in_force(project) == 2  # not yet decided
    workflow.decide_change_request(project=project, actor=personas["case_officer"],
                                   approve=True)
    assert selectors.version_in_force(project) == version.number == 3
    assert selectors.project_summary(project).card.granted_amount == Decimal("1200000")


def test_versions_and_status_steps_read_as_records(project, personas):
    approved(project, personas)
    versions = selectors.version_summaries(project)
    assert [(v.number, v.kind, v.created_by) for v in versions] == [
        (1, VersionKind.SUBMITTED, "Maja Ledare"), (2, VersionKind.APPROVED, "case_officer")]
    assert versions[0].kind_label == "Inlämnad ansökan"
    steps = selectors.status_history(project)
    assert [(s.from_status, s.to_status, s.actor) for s in steps] == [
        ("draft", "submitted", "Maja Ledare"), ("submitted", "approved", "case_officer")]


def test_the_team_reads_by_role_with_organisations(project, personas):
    team = selectors.project_team(project)
    assert [m.role for m in team] == [RoleKind.MANAGER, RoleKind.MEMBER, RoleKind.STEERING,
                                      RoleKind.FINANCIER, RoleKind.VIEWER]
    assert team[0].name == "Maja Ledare" and team[0].role_label == "Projektledare"


def test_reading_a_summary_does_not_grow_with_the_project(project, personas,
                                                          django_assert_max_num_queries):
    body = project.programme.funding_body
    for _ in range(20):
        factories.organisation()
        ProjectRole.objects.create(project=project, user=factories.person(),
                                   role=RoleKind.MANAGER)
    participants = [factories.municipality() for _ in range(20)]
    for organisation in participants:
        project.participations.create(organisation=organisation, role="partner")
    with django_assert_max_num_queries(6):
        summary = selectors.project_summary(project)
    assert len(summary.managers) == 21 and len(summary.participants) == 21
    assert body.name == summary.funding_body
    with django_assert_max_num_queries(1):
        assert len(selectors.project_team(project)) == 25
