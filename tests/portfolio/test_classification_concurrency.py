"""Two case officers renaming the same focus area at the same moment, on two database
connections, from the same page: exactly one rename goes through, the other is told of it,
and one audit entry is written."""

import threading

import pytest
from django.db import OperationalError, connection

from portal.models import AuditEntry
from reports.portfolio.models import FocusArea
from reports.portfolio.services import classification as service


def at_once(*renames):
    barrier = threading.Barrier(len(renames))
    results = []

    def run(rename):
        try:
            barrier.wait()
            rename()
            results.append("saved")
        except service.AreaConflict:
            results.append("conflict")
        except OperationalError:  # SQLite's writer lock may refuse the second outright
            results.append("refused")
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(rename,)) for rename in renames]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return sorted(results)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_renames_of_one_focus_area_from_the_same_page_let_exactly_one_through(
        personas, areas):
    area = areas[0]
    body_id = area.classification.funding_body_id
    officer = personas["case_officer"]

    def rename(name):
        return lambda: service.rename_focus_area(actor=officer, funding_body_id=body_id,
                                                 area_id=area.pk, name=name,
                                                 revision=area.revision)

    results = at_once(rename("Digitalisering"), rename("Digitala tjänster"))
    expected = [["conflict", "saved"]] if connection.vendor == "postgresql" else [
        ["conflict", "saved"], ["refused", "saved"]]
    assert results in expected
    assert FocusArea.objects.get(pk=area.pk).name in {"Digitalisering", "Digitala tjänster"}
    assert AuditEntry.objects.filter(action="portfolio:focus_area", field="name").count() == 1
