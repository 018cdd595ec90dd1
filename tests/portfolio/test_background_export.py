"""A large filtered portfolio is exported in the background: the page queues the job, the
worker writes the whole file (formula-safe like the immediate one) and only the person who
asked downloads it; a small export stays immediate."""

from datetime import date
from decimal import Decimal
from types import SimpleNamespace

import pytest
from django.urls import reverse

from reports.portfolio import background, lines
from reports.portfolio.models import LedgerEntry, LedgerImport, PortfolioExport


@pytest.fixture
def ledger(funding_body, areas):
    made = LedgerImport.objects.create(funding_body=funding_body, year=2017, file_name="x")
    LedgerEntry.objects.bulk_create(
        LedgerEntry(ledger=made, funding_body=funding_body, row_number=n,
                    name="=HYPERLINK(1)" if n == 0 else f"AB {n}", decided_on=date(2017, 1, 1),
                    year=2017, granted_amount=Decimal(10), focus_area=areas[0])
        for n in range(5))
    lines.rebuild()  # the rows above were written past the services
    return made


def test_a_small_export_is_immediate(client, personas, ledger):
    client.force_login(personas["case_officer"])
    response = client.get(reverse("portfolio:export", args=["csv"]))
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    assert not PortfolioExport.objects.exists()


def test_a_large_export_is_made_in_the_background(client, personas, ledger, monkeypatch,
                                                  settings, tmp_path,
                                                  django_capture_on_commit_callbacks):
    settings.EXPORT_ROOT = tmp_path
    monkeypatch.setattr(background, "BACKGROUND_ROWS", 3)
    from reports.portfolio import tasks

    worker_task = tasks.build_portfolio_export
    queued_exports: list[int] = []
    monkeypatch.setattr(tasks, "build_portfolio_export",
                        SimpleNamespace(enqueue=queued_exports.append))
    client.force_login(personas["case_officer"])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.get(reverse("portfolio:export", args=["csv"]), {"year": "2017"})
    job = PortfolioExport.objects.get()
    assert response.status_code == 302 and response["Location"] == reverse(
        "portfolio:export_job", args=[job.pk])
    assert (job.kind, job.total, job.status, job.query) == ("csv", 5, "queued", "year=2017")
    assert queued_exports == [job.pk]
    page = client.get(reverse("portfolio:export_job", args=[job.pk])).content.decode()
    assert 'hx-trigger="every 2s"' in page
    assert client.get(reverse("portfolio:export_job_download",
                              args=[job.pk])).status_code == 404  # not made yet

    worker_task.call(job.pk)  # what the worker runs
    job.refresh_from_db()
    assert job.status == "done" and not list(tmp_path.glob("*.part"))
    download = client.get(reverse("portfolio:export_job_download", args=[job.pk]))
    text = b"".join(download.streaming_content).decode("utf-8-sig")
    assert "'=HYPERLINK(1)" in text  # never a live formula
    assert text.count("AB ") == 4
    assert "every 2s" not in client.get(
        reverse("portfolio:export_job", args=[job.pk])).content.decode()


def test_the_worker_checks_access_again(personas, ledger, funding_body, settings, tmp_path):
    settings.EXPORT_ROOT = tmp_path
    officer = personas["case_officer"]
    job = PortfolioExport.objects.create(requested_by=officer, funding_body=funding_body,
                                         kind="xlsx", total=5)
    type(officer).objects.filter(pk=officer.pk).update(staff_role="")  # moved on
    with pytest.raises(Exception):  # noqa: B017 - whatever the refusal, no file
        background.build(job.pk)
    job.refresh_from_db()
    assert job.status == "failed" and not list(tmp_path.iterdir())
