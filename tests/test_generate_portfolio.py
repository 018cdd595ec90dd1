"""The generated portfolio for benchmarks: the same rules as data written by the services."""

import pytest
from django.db.models import Count

from demo import portfolio
from demo.portfolio.stress import SLUG, Size
from finance.models import Budget
from indicators.models import ProjectIndicator
from indicators.services.totals import refresh_totals
from plans.models import Activity
from portal.models import User
from projects.access import visible_projects
from projects.models import (
    Document,
    DocumentVersion,
    Participation,
    ParticipationRole,
    Project,
    ProjectRole,
    ProjectStatus,
    RoleKind,
)
from projects.sections import SECTIONS
from risks.models import Risk
from tests.conftest import kept_for_the_module

TINY = Size(periods=3, financiers=4, outcome_reports=2, sub_goals=2, group_members=3, staff=2,
            indicators=2, indicator_periods=2, companies=3, work_packages=2, activities=3,
            risks=4)


@pytest.fixture(scope="module")
def generated_once(django_db_setup, django_db_blocker):
    yield from kept_for_the_module(
        django_db_blocker, lambda: portfolio.generate(40, stress_size=TINY))


@pytest.fixture
def generated(generated_once, db):
    """The portfolio generated once for the module; each test's writes are rolled back."""
    return generated_once


def totals(projects):
    return list(ProjectIndicator.objects.filter(project__in=projects).order_by("pk")
                .values_list("actual", "actual_women", "actual_men"))


def test_every_generated_project_has_what_the_services_would_give_it(generated):
    projects = Project.objects.filter(slug__startswith="portfolj-0")
    assert projects.count() == 40 and generated.added == 40
    assert set(Document.objects.filter(project__in=projects).annotate(
        states=Count("section_states")).values_list("kind", "states")) == {
        ("application", len(SECTIONS))}
    assert Participation.objects.filter(project__in=projects,
                                        role=ParticipationRole.OWNER).count() == 40
    assert ProjectRole.objects.filter(project__in=projects, role=RoleKind.MANAGER).count() == 40
    assert Budget.objects.filter(project__in=projects).count() >= 40
    assert len({p.programme_id for p in projects}) > 3


def test_every_submitted_generated_application_is_frozen(generated):
    projects = Project.objects.filter(slug__startswith="portfolj-")
    for project in projects.exclude(status=ProjectStatus.DRAFT):
        versions = DocumentVersion.objects.filter(document__project=project)
        assert versions.exists(), project.status
        assert versions.first().content["title"] == project.title
    assert not DocumentVersion.objects.filter(document__project__status=ProjectStatus.DRAFT,
                                              document__project__in=projects).exists()


def test_stored_indicator_totals_equal_what_the_outcomes_add_up_to(generated):
    projects = list(Project.objects.filter(slug__startswith="portfolj-"))
    before = totals(projects)
    assert any(actual is not None for actual, _women, _men in before)
    for project in projects:
        refresh_totals(project)
    assert totals(projects) == before


def test_the_stress_project_is_written_through_the_services(generated):
    stress = Project.objects.get(slug=SLUG)
    assert stress.status == ProjectStatus.RUNNING
    assert stress.change_requests.get().status == "open"
    assert all(b.versions.count() == 2 for b in stress.budgets.all())
    assert stress.budgets.count() == 3
    assert [v.kind for v in DocumentVersion.objects.filter(document__project=stress)] == [
        "submitted", "approved"]
    assert stress.participations.count() == 1 + TINY.financiers
    assert stress.indicators.count() == TINY.indicators
    assert Activity.objects.filter(work_package__project=stress).count() == 2 * 3
    assert Risk.objects.filter(project=stress).count() == TINY.risks


def test_generating_again_adds_nothing_and_growing_adds_the_rest(generated):
    again = portfolio.generate(40, stress_size=TINY)
    assert again.added == 0 and again.total == 41
    grown = portfolio.generate(45, stress_size=TINY)
    assert grown.added == 5 and grown.total == 46


def test_a_case_officer_of_the_generated_portfolio_sees_their_funding_body_only(generated):
    officer = User.objects.get(username=generated.case_officer)
    visible = visible_projects(officer)
    assert visible.exists()
    assert set(visible.values_list("programme__funding_body", flat=True)) == {
        officer.funding_body_id}


def test_removing_the_generated_portfolio_leaves_nothing_of_it(generated):
    assert portfolio.remove() == 41
    assert not Project.objects.filter(slug__startswith="portfolj-").exists()


def test_stored_budget_totals_of_the_generated_portfolio_equal_their_parts(generated):
    from django.core.management import call_command

    from finance.models import BudgetVersion

    assert BudgetVersion.objects.filter(totals_at__isnull=False).count() == \
        BudgetVersion.objects.count()
    assert BudgetVersion.objects.filter(cost_total__gt=0).exists()
    call_command("refresh_budget_totals", "--check")
