"""The budget and outcome tabs and their API lists are rendered once per change of the
project and kept: a kept visit reads less and shows the same, a change saved through the
services shows at the next visit, each language is kept apart, and what depends on the
person (the forms) is drawn for each visit. The budget workbook is kept the same way."""

import io
from decimal import Decimal

import pytest
from django.core.cache import caches
from django.urls import reverse
from django.utils import translation
from openpyxl import load_workbook

from finance.budgets_body import budgets_body, rendered
from finance.models import FinancingType as T
from finance.services.outcome import create_report, save_report
from projects.services import workflow
from tests.finance.conftest import category, fill
from tests.kept import CSRF_TOKEN, assert_api_answer_kept_until_change, assert_visit_kept, visit
from tests.projects.helpers import complete_application


@pytest.fixture
def filled(budget):
    return fill(budget, {"egen-personal": [1000, 1000, 0], "externa-tjanster": [500, 0, 0]},
                [("Region", T.PUBLIC_CASH, [1650, 1150, 0])])


@pytest.fixture
def approved(project, budget, filled, manager, personas):
    complete_application(project)
    workflow.submit_application(project=project, actor=manager)
    workflow.approve_application(project=project, actor=personas["case_officer"],
                                 granted_amount=None)
    return budget


@pytest.mark.parametrize("name", ["finance:budgets", "finance:outcome",
                                  "finance_api:budgets", "finance_api:outcome"])
def test_a_kept_visit_reads_less_and_shows_the_same(client, manager, approved, name):
    caches["pages"].clear()
    client.force_login(manager)
    assert_visit_kept(client, name, approved.project)


def test_costs_saved_through_the_service_show_at_the_next_visit(client, manager, budget,
                                                                 filled):
    client.force_login(manager)
    page, _ = visit(client, "finance:budgets", budget.project)
    answer, _ = visit(client, "finance_api:budgets", budget.project)
    fill(budget, {"egen-personal": [1000, 1000, 1000], "externa-tjanster": [500, 0, 0]})
    after, _ = visit(client, "finance:budgets", budget.project)
    answer_after, _ = visit(client, "finance_api:budgets", budget.project)
    assert after != page and answer_after != answer
    assert after == CSRF_TOKEN.sub("", client.get(
        reverse("finance:budgets", args=[budget.project.slug]),
        HTTP_ACCEPT_LANGUAGE="sv").content.decode())
    with translation.override("sv"):
        assert budgets_body(budget.project) == rendered(budget.project)


def test_each_language_is_kept_apart(budget, filled):
    with translation.override("en"):
        english = budgets_body(budget.project)
        assert english == rendered(budget.project)
        assert "Eligible cost" in english.html
    with translation.override("sv"):
        swedish = budgets_body(budget.project)
        assert swedish == rendered(budget.project)
    assert english != swedish


def test_the_new_budget_form_is_drawn_for_each_person(client, manager, personas, project,
                                                      budget, filled):
    complete_application(project)
    workflow.submit_application(project=project, actor=manager)
    workflow.return_application(project=project, actor=personas["case_officer"],
                                comment="Komplettera budgeten.")
    client.force_login(manager)
    drawn, _ = visit(client, "finance:budgets", project)
    assert 'name="category_set"' in drawn  # the returned application is the manager's again
    client.force_login(personas["case_officer"])
    seen, _ = visit(client, "finance:budgets", project)
    assert 'name="category_set"' not in seen
    figures = drawn[drawn.index('<div class="budget-cards">'):]
    assert figures[:figures.index('aria-labelledby="new-budget-heading"')].rsplit(
        "<section", 1)[0] in seen  # the same kept figures


def test_an_outcome_report_saved_through_the_service_shows_at_the_next_visit(
        client, manager, personas, approved):
    project = approved.project
    client.force_login(manager)
    before, _ = visit(client, "finance:outcome", project)
    api_before, _ = visit(client, "finance_api:outcome", project)
    report = create_report(budget=approved, actor=manager, label="Första halvåret")
    save_report(report=report, actor=manager, expected_revision=0, received=[],
                costs={category(approved.category_set, "egen-personal").pk: Decimal(800)})
    after, _ = visit(client, "finance:outcome", project)
    api_after, _ = visit(client, "finance_api:outcome", project)
    assert "Första halvåret" in after and "Första halvåret" not in before
    assert "Första halvåret" in api_after and "Första halvåret" not in api_before
    assert 'name="label"' in after  # the manager may start the next report

    client.force_login(personas["case_officer"])
    officer, _ = visit(client, "finance:outcome", project)
    assert "Första halvåret" in officer
    assert 'name="label"' not in officer  # the form is the manager's, not kept


def test_the_workbook_is_kept_until_a_cost_is_saved(client, manager, budget, filled):
    client.force_login(manager)
    address = reverse("finance:budget_export", args=[budget.project.slug, budget.pk])

    def costs() -> list:
        book = load_workbook(io.BytesIO(client.get(address).content))
        return [row for sheet in book.worksheets for row in sheet.iter_rows(values_only=True)]

    first = client.get(address).content
    assert client.get(address).content == first
    before = costs()
    fill(budget, {"egen-personal": [1000, 1000, 7777], "externa-tjanster": [500, 0, 0]})
    assert "7777" not in str(before) and "7777" in str(costs())


def test_the_api_budget_is_kept_until_a_cost_is_saved(client, manager, budget, filled):
    client.force_login(manager)
    assert_api_answer_kept_until_change(
        client, reverse("finance_api:budget", args=[budget.project.slug, budget.pk]),
        lambda: fill(budget, {"egen-personal": [1000, 1000, 7777]}), "7777")


def test_the_cost_grid_is_kept_until_a_cost_is_saved(client, manager, budget, filled):
    client.force_login(manager)
    more = (budget.pk,)
    first = assert_visit_kept(client, "finance:budget", budget.project, more=more)
    fill(budget, {"egen-personal": [1000, 1000, 7777], "externa-tjanster": [500, 0, 0]})
    after, _ = visit(client, "finance:budget", budget.project, more=more)
    assert 'value="7\u00a0777"' in after and 'value="7\u00a0777"' not in first


def test_the_financing_plan_is_kept_until_it_is_saved(client, manager, budget, filled):
    client.force_login(manager)
    more = (budget.pk,)
    first = assert_visit_kept(client, "finance:financing", budget.project, more=more)
    fill(budget, {"egen-personal": [1000, 1000, 0], "externa-tjanster": [500, 0, 0]},
         [("Region", T.PUBLIC_CASH, [1650, 1150, 0]), ("Kommunen", T.PUBLIC_CASH, [0, 0, 0])])
    after, _ = visit(client, "finance:financing", budget.project, more=more)
    assert "Kommunen" in after and "Kommunen" not in first


def test_the_overview_s_final_report_check_follows_the_outcome_reports(
        client, manager, personas, approved):
    """The overview keeps what stops the final report; a report started or submitted
    through the services shows at the next visit."""
    from finance.services.outcome import submit_report

    project = approved.project
    workflow.start_project(project=project, actor=personas["case_officer"])
    client.force_login(manager)
    assert "Första halvåret" not in visit(client, "projects:overview", project)[0]
    report = create_report(budget=approved, actor=manager, label="Första halvåret")
    kept = assert_visit_kept(client, "projects:overview", project)
    assert "Utfallsrapporten ”Första halvåret”" in kept and "skrivs fortfarande" in kept
    submit_report(report=report, actor=manager)
    assert "Första halvåret" not in visit(client, "projects:overview", project)[0]
