"""The dashboard as PDF: the same content and pictures as the page, for whoever may read the
dashboard, offered from the page and printed by the task worker, never in the web request.
A dashboard is printed as its reader sees it, so its printing is theirs alone."""

import io

import pytest
from django.urls import reverse
from pypdf import PdfReader

from projects.models import Project
from reports.models import ExportStatus, RenderJob
from reports.tasks import build_render


@pytest.fixture(autouse=True)
def export_root(settings, tmp_path):
    settings.EXPORT_ROOT = tmp_path / "exports"
    return settings.EXPORT_ROOT


def text_of(response) -> str:
    assert response["Content-Type"] == "application/pdf"
    data = b"".join(response.streaming_content)
    return "".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)


@pytest.mark.django_db(transaction=True)
def test_the_dashboard_is_printed_by_the_worker_and_downloaded_from_its_page(
        client, personas, project, django_capture_on_commit_callbacks):
    Project.objects.filter(pk=project.pk).update(status="running")
    client.force_login(personas["steering"])
    page = client.get(reverse("portfolio:dashboard", args=[project.slug])).content.decode()
    pdf = reverse("portfolio:dashboard_pdf", args=[project.slug])
    assert pdf in page
    with django_capture_on_commit_callbacks(execute=True):
        response = client.get(pdf, {"per": "2025-03-01"}, HTTP_ACCEPT_LANGUAGE="en")
    job = RenderJob.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("reports:print", args=[project.slug, job.pk])
    assert job.status == ExportStatus.QUEUED and job.task_id  # nothing printed in the request
    assert (job.document, str(job.as_at), job.language) == ("dashboard", "2025-03-01", "en")

    build_render.call(job.pk)  # what the worker runs

    download = reverse("reports:print_download", args=[project.slug, job.pk])
    assert download in client.get(response["Location"]).content.decode()
    got = client.get(download)
    assert "nis-dashboard-2025-03-01" in got["Content-Disposition"]
    text = text_of(got)
    assert "Status dashboard" in text and project.title in text
    assert "Time" in text and "Money" in text and "Results" in text
    # Asked for again at once: the file just made, from the same request address.
    again = client.get(pdf, {"per": "2025-03-01"}, HTTP_ACCEPT_LANGUAGE="en")
    assert again.status_code == 200 and RenderJob.objects.count() == 1


@pytest.mark.django_db(transaction=True)
def test_a_dashboard_printing_is_only_for_the_one_who_asked(client, personas, project):
    from reports import rendering

    Project.objects.filter(pk=project.pk).update(status="running")
    job = rendering.request_render(personas["financier"], project, "dashboard")
    build_render.call(job.pk)
    client.force_login(personas["manager"])  # reads the dashboard, but not their share
    for name in ("reports:print", "reports:print_status", "reports:print_download"):
        assert client.get(reverse(name, args=[project.slug, job.pk])).status_code == 404
    assert client.get(reverse("reports_api:print", args=[project.slug, job.pk])
                      ).status_code == 404
    client.force_login(personas["financier"])
    assert client.get(reverse("reports:print_download", args=[project.slug, job.pk])
                      ).status_code == 200
