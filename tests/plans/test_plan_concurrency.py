"""Two people saving at the same moment, on two database connections: of two saves of the
same work package or the same risk exactly one goes through and the other gets a conflict;
saves of different work packages both go through."""

import threading

import pytest
from django.db import OperationalError, connection

from plans.models import Activity
from plans.services.errors import EditConflict
from plans.services.structure import WorkPackageInput, save_work_package
from risks.models import Risk
from risks.services.errors import EditConflict as RiskConflict
from risks.services.risks import RiskInput, add_risk, update_risk
from tests.plans.conftest import D, activity


def at_once(*saves):
    """Run the saves in threads released together; each result is saved, conflict or
    refused (SQLite's writer lock may refuse the second outright)."""
    barrier = threading.Barrier(len(saves))
    results = []

    def run(save):
        try:
            barrier.wait()
            save()
            results.append("saved")
        except (EditConflict, RiskConflict):
            results.append("conflict")
        except OperationalError:
            results.append("refused")
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(save,)) for save in saves]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return sorted(results)


def one_saved(results):
    if connection.vendor == "postgresql":
        return results == ["conflict", "saved"]
    return results in (["conflict", "saved"], ["refused", "saved"])


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_saves_of_the_same_work_package_let_exactly_one_through(package, dated, manager,
                                                                    personas):
    made = package("Nätverk", [activity("Träffar", D(2019, 1, 1), D(2019, 6, 1))])
    kept = made.activities.get().pk

    def save(actor, title):
        return lambda: save_work_package(
            project=dated, actor=actor, work_package_id=made.pk, expected_revision=1,
            data=WorkPackageInput(title="Nätverk", activities=[
                activity(title, D(2019, 1, 1), D(2019, 6, 1), id=kept)]))

    results = at_once(save(manager, "Frukostmöten"), save(personas["member"], "Lunchmöten"))
    assert one_saved(results), results
    made.refresh_from_db()
    assert made.revision == 2
    assert Activity.objects.get(pk=kept).title in ("Frukostmöten", "Lunchmöten")


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_saves_of_different_work_packages_both_go_through(package, dated, manager, personas):
    first, second = package("Ett"), package("Två")

    def save(actor, made):
        return lambda: save_work_package(
            project=dated, actor=actor, work_package_id=made.pk, expected_revision=1,
            data=WorkPackageInput(title=made.title + " (ändrat)", activities=[]))

    assert at_once(save(manager, first), save(personas["member"], second)) == ["saved",
                                                                                "saved"]
    for made in (first, second):
        made.refresh_from_db()
        assert made.revision == 2 and made.title.endswith("(ändrat)")


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_saves_of_the_same_risk_let_exactly_one_through(project, personas):
    manager = personas["manager"]
    risk = add_risk(project=project, actor=manager, data=RiskInput(title="Konkurrens"))

    def save(actor, likelihood):
        return lambda: update_risk(project=project, actor=actor, risk_id=risk.pk,
                                   expected_revision=0,
                                   data=RiskInput(title="Konkurrens", likelihood=likelihood,
                                                  impact=3))

    results = at_once(save(manager, 2), save(personas["member"], 4))
    assert one_saved(results), results
    saved = Risk.objects.get(pk=risk.pk)
    assert saved.revision == 1 and saved.reviews.count() == 2
