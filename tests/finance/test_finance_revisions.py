"""Revisions: after approval a budget changes only in a new version made under an open change
request; the approved version stays readable exactly as it was."""

from decimal import Decimal

import pytest
from django.urls import reverse

from finance.models import BudgetVersion, FinancingType
from finance.selectors import budget_figures
from finance.services.budgets import revise_budget, save_costs
from finance.services.errors import BudgetLocked
from finance.services.financing import SourceInput, save_financing
from projects.selectors import application_versions
from projects.services import workflow
from tests.finance.conftest import category, fill
from tests.projects.helpers import complete_application

T = FinancingType


@pytest.fixture
def approved(project, budget, manager, personas):
    fill(budget, {"externa-tjanster": [100, 200, 300]},
         [("Region", T.PUBLIC_CASH, [100, 200, 300])])
    complete_application(project)
    workflow.submit_application(project=project, actor=manager)
    workflow.approve_application(project=project, actor=personas["case_officer"],
                                 granted_amount=Decimal(600))
    project.refresh_from_db()
    budget.refresh_from_db()
    return budget


def current(budget):
    version = BudgetVersion.objects.get(budget=budget, superseded_at__isnull=True)
    version.budget = budget
    return version


def cell(budget, version, year="2019"):
    return {(category(budget.category_set, "externa-tjanster").pk,
             version.periods.get(label=year).pk): Decimal(999)}


def test_an_approved_budget_cannot_be_edited_in_place(approved, manager):
    version = current(approved)
    with pytest.raises(BudgetLocked):
        save_costs(version=version, actor=manager, amounts=cell(approved, version),
                   expected_revision=version.cost_revision)


def test_a_revision_needs_an_open_change_request(approved, manager):
    with pytest.raises(BudgetLocked):
        revise_budget(budget=approved, actor=manager, reason="Flytta pengar")


def test_even_with_a_change_request_open_the_approved_version_stays_as_it_was(approved, manager):
    workflow.open_change_request(project=approved.project, actor=manager, reason="Ny budget")
    version = current(approved)
    with pytest.raises(BudgetLocked):
        save_costs(version=version, actor=manager, amounts=cell(approved, version),
                   expected_revision=version.cost_revision)


def test_a_revision_is_a_new_version_and_the_approved_one_stays_readable(approved, manager):
    workflow.open_change_request(project=approved.project, actor=manager,
                                 reason="Resurser till Program för tillväxt")
    first = current(approved)
    second = revise_budget(budget=approved, actor=manager, reason="Flytta 100 kr")
    second.budget = approved
    assert second.number == 2 and second.change_request is not None
    save_costs(version=second, actor=manager, amounts=cell(approved, second),
               expected_revision=second.cost_revision)

    first.refresh_from_db()
    first.budget = approved
    assert first.superseded_at is not None
    assert budget_figures(first).cost_total == Decimal(600)  # no personnel: no flat rate
    assert budget_figures(current(approved)).cost_total == Decimal(999 + 200 + 300)
    assert budget_figures(current(approved)).financing_total == Decimal(600)  # copied too

    with pytest.raises(BudgetLocked):
        revise_budget(budget=approved, actor=manager, reason="En till")  # one per request


def test_the_versions_page_lists_both_and_the_old_one_shows_its_figures(approved, manager,
                                                                        client):
    workflow.open_change_request(project=approved.project, actor=manager, reason="Ändring")
    client.force_login(manager)
    url = reverse("finance:budget_revise", args=[approved.project.slug, approved.pk])
    response = client.post(url, {"reason": "Resurser flyttas"})
    assert response.status_code == 302
    second = current(approved)
    save_costs(version=second, actor=manager, amounts=cell(approved, second),
               expected_revision=second.cost_revision)

    listing = client.get(reverse("finance:budget_versions",
                                 args=[approved.project.slug, approved.pk]))
    assert listing.status_code == 200
    assert [v.number for v in listing.context["versions"]] == [2, 1]
    old = client.get(reverse("finance:budget_version",
                             args=[approved.project.slug, approved.pk, 1]))
    text = old.content.decode()
    assert "superseded" not in text  # the page says so in words, see below
    assert old.context["shown_version"].superseded_at is not None
    assert [row.total for row in old.context["figures"].rows if row.category.code ==
            "externa-tjanster"] == [Decimal(600)]


def test_a_revision_through_the_page_needs_a_reason(approved, manager, client):
    workflow.open_change_request(project=approved.project, actor=manager, reason="Ändring")
    client.force_login(manager)
    client.post(reverse("finance:budget_revise", args=[approved.project.slug, approved.pk]),
                {"reason": " "})
    assert current(approved).number == 1


def test_the_change_request_version_shows_the_budget_change_cell_by_cell(approved, manager):
    from projects.documents.compare import compare

    workflow.open_change_request(project=approved.project, actor=manager, reason="Ändring")
    second = revise_budget(budget=approved, actor=manager, reason="Mer personal")
    second.budget = approved
    save_costs(version=second, actor=manager, amounts=cell(approved, second),
               expected_revision=second.cost_revision)
    source = second.sources.get()
    periods = {p.label: p.pk for p in second.periods.all()}
    save_financing(version=second, actor=manager, expected_revision=second.financing_revision,
                   rows=[SourceInput(id=source.pk, financier_id=None, description="Region",
                                     financing_type=T.PUBLIC_CASH, preliminary=False,
                                     amounts={periods["2019"]: Decimal(999)})])
    changed = workflow.submit_change_request(project=approved.project, actor=manager)
    before = application_versions(approved.project).get(kind="approved")
    paths = {d.path: (d.old, d.new) for d in compare(before.content, changed.content)}
    cell_path = ("parts › finance › budgets › Svensk budget › costs › Externa tjänster › "
                 "amounts › 2019")
    assert paths[cell_path] == ("100", "999")
    assert paths["parts › finance › budgets › Svensk budget › version"] == ("1", "2")


def test_outcome_is_measured_against_the_approved_version_until_a_revision_is_approved(
        approved, manager, personas):
    from finance.selectors import approved_versions

    def approved_version(budget):
        return approved_versions(budget.project)[budget.pk]

    workflow.open_change_request(project=approved.project, actor=manager, reason="Ändring")
    second = revise_budget(budget=approved, actor=manager, reason="Mer")
    assert approved_version(approved).number == 1
    second.budget = approved
    workflow.submit_change_request(project=approved.project, actor=manager)
    assert approved_version(approved).number == 1
    workflow.decide_change_request(project=approved.project, actor=personas["case_officer"],
                                   approve=True)
    assert approved_version(approved).number == 2
