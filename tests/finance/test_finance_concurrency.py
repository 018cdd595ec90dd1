"""Two people editing the same budget: the second one is told, sees both versions, and keeps
what they typed."""

import threading
from decimal import Decimal

import pytest
from django.db import connection
from django.urls import reverse

from finance.forms import cell_name
from finance.models import BudgetVersion
from finance.services.budgets import save_costs
from finance.services.errors import EditConflict
from tests.finance.conftest import category


def current(budget):
    version = BudgetVersion.objects.get(budget=budget, superseded_at__isnull=True)
    version.budget = budget
    return version


def first_cell(budget):
    version = current(budget)
    return (category(budget.category_set, "egen-personal").pk,
            version.periods.get(label="2019").pk)


def test_the_second_save_from_the_same_revision_is_refused(budget, manager, personas):
    key = first_cell(budget)
    version = current(budget)
    save_costs(version=version, actor=manager, amounts={key: Decimal(100)},
               expected_revision=0)
    with pytest.raises(EditConflict):
        save_costs(version=version, actor=personas["member"], amounts={key: Decimal(200)},
                   expected_revision=0)
    assert current(budget).lines.get().amount == Decimal(100)


def test_the_page_shows_both_values_and_keeps_what_was_typed(budget, manager, personas, client):
    key = first_cell(budget)
    url = reverse("finance:budget", args=[budget.project.slug, budget.pk])
    save_costs(version=current(budget), actor=manager, amounts={key: Decimal(100)},
               expected_revision=0)  # the manager saved while the member was typing

    client.force_login(personas["member"])
    response = client.post(url, {"revision": "0", cell_name(*key): "250 000"})
    assert response.status_code == 200
    conflict = response.context["conflict"]
    assert conflict["saved_by"] == manager
    assert conflict["differences"] == [{"label": "Egen personal 2019", "theirs": "100",
                                        "yours": "250\u00a0000"}]
    html = response.content.decode()
    assert 'value="250 000"' in html  # the member's typing is still in the grid
    assert current(budget).lines.get().amount == Decimal(100)

    # Saving again from the revision the conflict page carries keeps the member's value.
    again = client.post(url, {"revision": str(response.context["revision"]),
                              cell_name(*key): "250 000"})
    assert again.status_code == 302
    assert current(budget).lines.get().amount == Decimal(250000)


def test_the_financing_plan_has_its_own_revision(budget, manager, client):
    """Saving the costs does not make someone editing the financing plan conflict."""
    key = first_cell(budget)
    save_costs(version=current(budget), actor=manager, amounts={key: Decimal(100)},
               expected_revision=0)
    client.force_login(manager)
    url = reverse("finance:financing", args=[budget.project.slug, budget.pk])
    version = current(budget)
    periods = list(version.periods.order_by("position"))
    response = client.post(url, {
        "revision": "0", "rows": "1", "s0-id": "", "s0-financier": "", "s0-description": "Region",
        "s0-type": "public_cash", **{f"s0-p{p.pk}": "10" for p in periods}})
    assert response.status_code == 302
    assert current(budget).financing_revision == 1


# serialized_rollback: the shipped cost-category sets come back for the tests after this one.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_simultaneous_saves_let_exactly_one_through(project, make_budget, manager, personas):
    """Row locks on PostgreSQL; on SQLite the second writer waits for the first (immediate
    transactions, a busy timeout) and then finds the revision moved. Either order of the two
    threads gives one save and one conflict, so the outcome does not depend on timing."""
    budget = make_budget()
    key = first_cell(budget)
    barrier = threading.Barrier(2)
    outcomes = []

    def save(actor, amount):
        try:
            barrier.wait()
            save_costs(version=current(budget), actor=actor, amounts={key: Decimal(amount)},
                       expected_revision=0)
            outcomes.append("saved")
        except EditConflict:
            outcomes.append("conflict")
        finally:
            connection.close()

    threads = [threading.Thread(target=save, args=(manager, 1)),
               threading.Thread(target=save, args=(personas["member"], 2))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["conflict", "saved"]  # never "database is locked"
    assert current(budget).cost_revision == 1  # one save, never two on top of each other
