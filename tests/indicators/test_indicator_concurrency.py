"""Two people saving the same indicator's outcomes at the same moment: exactly one save goes
through; the other is told, and nothing is written on top of each other."""

import threading

import pytest
from django.db import OperationalError, connection

from indicators.models import IndicatorOutcome, ProjectIndicator
from indicators.services.errors import EditConflict
from indicators.services.outcomes import OutcomeInput, save_outcomes
from tests.indicators.conftest import D, own


# serialized_rollback: the shipped data (cost categories, catalogue) comes back afterwards.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_simultaneous_outcome_saves_let_exactly_one_through(add, years, running, manager,
                                                            personas):
    indicator = add(own("Träffar", target=D(10)))
    period = years()[0]
    project = running()
    barrier = threading.Barrier(2)
    results = []

    def save(actor, value):
        try:
            barrier.wait()
            save_outcomes(project=project, indicator_id=indicator.pk, actor=actor,
                          expected_revision=0, outcomes=[OutcomeInput(period.pk, D(value))])
            results.append("saved")
        except EditConflict:
            results.append("conflict")
        except OperationalError:  # SQLite's shared in-memory test database refuses outright
            results.append("refused")
        finally:
            connection.close()

    threads = [threading.Thread(target=save, args=(manager, 1)),
               threading.Thread(target=save, args=(personas["member"], 2))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if connection.vendor == "postgresql":
        assert sorted(results) == ["conflict", "saved"]
    else:
        assert sorted(results) in (["conflict", "saved"], ["refused", "saved"])
    assert ProjectIndicator.objects.get(pk=indicator.pk).outcome_revision == 1
    assert IndicatorOutcome.objects.filter(indicator=indicator).count() == 1
