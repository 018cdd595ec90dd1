"""A bulk export through committed transactions: queued when the request commits, made by
the database backend's worker command, followed on its page and downloaded. Transactional,
so it loads the demo itself (tests/reports/conftest.py), apart from test_exports.py."""

import io
import zipfile

import pytest
from django.core.management import call_command
from django.urls import reverse

from reports.models import ExportJob, ExportStatus
from tests.reports.exporting import ask
from tests.reports.pdfs import page_texts


@pytest.mark.django_db(transaction=True)
def test_a_case_officer_gets_every_final_report_of_the_programme_as_one_zip(
        client, officer, nis, django_capture_on_commit_callbacks, export_root):
    with django_capture_on_commit_callbacks(execute=True):
        response = ask(client, officer, nis)
    job = ExportJob.objects.get()
    assert response.status_code == 302 and response["Location"] == reverse(
        "reports:export", args=[job.pk])
    assert job.status == ExportStatus.QUEUED and job.task_id
    page = client.get(reverse("reports:export_status", args=[job.pk])).content.decode()
    assert 'hx-trigger="every 2s"' in page  # the page follows the job while it waits
    assert client.get(reverse("reports:export_download", args=[job.pk])).status_code == 404

    call_command("worker", "--batch", verbosity=0)  # the database backend's worker
    job.refresh_from_db()
    assert (job.status, job.percent, job.written) == (ExportStatus.DONE, 100, 1)
    page = client.get(reverse("reports:export", args=[job.pk])).content.decode()
    assert "every 2s" not in page and reverse("reports:export_download", args=[job.pk]) in page
    download = client.get(reverse("reports:export_download", args=[job.pk]))
    archive = zipfile.ZipFile(io.BytesIO(b"".join(download.streaming_content)))
    [name] = archive.namelist()
    assert name == "nis-6-0/nis-6-0-slutrapport-v1-pdfa.pdf"
    assert "Stödberättigande kostnad 16 713 030" in "\n".join(page_texts(archive.read(name)))
    assert list(export_root.iterdir()) == [export_root / job.file_name]
