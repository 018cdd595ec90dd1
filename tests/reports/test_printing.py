"""Single documents are printed by the task worker, not in the web request: asking for a PDF
starts a printing and shows a page that follows it; a frozen version is printed once per
language and variant and then served to every reader; a draft is printed afresh; a failed
or interrupted printing offers nothing half-written and can be tried again."""

import os
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from portal.models import User
from projects.models import ProjectRole, RoleKind
from reports import rendering
from reports.models import ExportStatus, RenderJob
from reports.tasks import build_render
from tests.factories import draft
from tests.reports.helpers import start_running
from tests.reports.pdfs import page_texts


@pytest.fixture(autouse=True)
def export_root(settings, tmp_path):
    settings.EXPORT_ROOT = tmp_path / "exports"
    return settings.EXPORT_ROOT


@pytest.fixture
def kreativ(project, personas):
    """A running project whose application has frozen versions (named for the address)."""
    return start_running(project, personas)


def reader(project, name="finansiar-utskrift", role=RoleKind.FINANCIER):
    user = User.objects.create_user(name, password="x")
    ProjectRole.objects.create(project=project, user=user, role=role)
    return user


def pdf_address(project):
    return reverse("reports:application_pdf", args=[project.slug])


def downloaded(response) -> bytes:
    assert response["Content-Type"] == "application/pdf"
    return b"".join(response.streaming_content)


@pytest.mark.django_db(transaction=True)
def test_asking_for_a_pdf_hands_it_to_the_worker_and_the_page_follows_it(
        client, kreativ, django_capture_on_commit_callbacks, export_root):
    client.force_login(reader(kreativ))
    with django_capture_on_commit_callbacks(execute=True):
        response = client.get(pdf_address(kreativ), {"version": "1", "sprak": "nb"})
    job = RenderJob.objects.get()
    page_address = reverse("reports:print", args=[kreativ.slug, job.pk])
    assert response.status_code == 302 and response["Location"] == page_address
    assert job.status == ExportStatus.QUEUED and job.task_id  # nothing printed in the request
    status = client.get(reverse("reports:print_status", args=[kreativ.slug, job.pk]))
    assert 'hx-trigger="every 2s"' in status.content.decode()
    download = reverse("reports:print_download", args=[kreativ.slug, job.pk])
    assert client.get(download).status_code == 404

    build_render.call(job.pk)  # what the worker runs

    page = client.get(page_address).content.decode()
    assert "every 2s" not in page and download in page
    response = client.get(download)
    assert f'filename="{kreativ.slug}-soknad-v1.pdf"' in response["Content-Disposition"]
    assert "Side 2 av" in page_texts(downloaded(response))[1]
    job.refresh_from_db()
    assert [p.name for p in (export_root / "prints").iterdir()] == [job.file_name]


@pytest.mark.django_db(transaction=True)
def test_a_frozen_version_is_printed_once_and_served_to_every_reader(
        client, kreativ, django_capture_on_commit_callbacks):
    first = reader(kreativ)
    job = rendering.request_render(first, kreativ, "application", version=1)
    build_render.call(job.pk)
    client.force_login(reader(kreativ, "styrgrupp-utskrift", RoleKind.STEERING))
    response = client.get(pdf_address(kreativ), {"version": "1"})
    assert response.status_code == 200 and downloaded(response).startswith(b"%PDF")
    assert RenderJob.objects.count() == 1  # served from the kept file
    # Another language or the archival variant is another document.
    assert client.get(pdf_address(kreativ), {"version": "1", "arkiv": "1"}).status_code == 302
    assert RenderJob.objects.count() == 2


@pytest.mark.django_db(transaction=True)
def test_the_draft_is_printed_afresh_when_asked_for_again_later(kreativ):
    person = reader(kreativ)
    job = rendering.request_render(person, kreativ, "application")
    assert rendering.request_render(person, kreativ, "application") == job  # still under way
    build_render.call(job.pk)
    assert rendering.request_render(person, kreativ, "application") == job  # just made
    RenderJob.objects.filter(pk=job.pk).update(
        finished_at=timezone.now() - rendering.DRAFT_KEPT - timedelta(seconds=1))
    again = rendering.request_render(person, kreativ, "application")
    assert again != job and again.status == ExportStatus.QUEUED


@pytest.mark.django_db(transaction=True)
def test_the_worker_removes_old_prints_of_drafts_and_keeps_frozen_ones(kreativ):
    from django.core.management import call_command

    person = reader(kreativ)
    old_draft = rendering.request_render(person, kreativ, "application")
    frozen = rendering.request_render(person, kreativ, "application", version=1)
    build_render.call(old_draft.pk)
    build_render.call(frozen.pk)
    old_file = rendering.file_of(RenderJob.objects.get(pk=old_draft.pk))
    assert old_file is not None
    long_ago = timezone.now() - rendering.DRAFT_FILE_KEPT - timedelta(minutes=1)
    RenderJob.objects.filter(pk__in=[old_draft.pk, frozen.pk]).update(finished_at=long_ago)
    left = rendering.render_root() / "stopped-1.pdf.part"  # a worker killed mid-print
    left.write_bytes(b"%PDF-")
    os.utime(left, (long_ago.timestamp(), long_ago.timestamp()))
    # The next print by the worker clears them out.
    recent = rendering.request_render(person, kreativ, "application", language="en")
    build_render.call(recent.pk)
    assert not RenderJob.objects.filter(pk=old_draft.pk).exists()
    assert not old_file.exists() and not left.exists()
    assert rendering.file_of(RenderJob.objects.get(pk=frozen.pk)) is not None
    assert rendering.file_of(RenderJob.objects.get(pk=recent.pk)) is not None
    RenderJob.objects.filter(pk=recent.pk).update(finished_at=long_ago)
    call_command("remove_old_prints", stdout=open(os.devnull, "w"))  # noqa: SIM115
    assert not RenderJob.objects.filter(pk=recent.pk).exists()


@pytest.mark.django_db(transaction=True)
def test_a_failed_printing_offers_nothing_and_is_tried_again(client, kreativ, monkeypatch,
                                                              export_root):
    person = reader(kreativ)
    job = rendering.request_render(person, kreativ, "application", version=1)

    def broken(*args, **kwargs):
        raise RuntimeError("fonts missing")

    monkeypatch.setattr(rendering, "render_pdf", broken)
    with pytest.raises(RuntimeError):
        rendering.build(job.pk)
    job.refresh_from_db()
    assert job.status == ExportStatus.FAILED and "fonts missing" in job.error
    assert list((export_root / "prints").iterdir()) == []  # no .part left behind
    client.force_login(person)
    page = client.get(reverse("reports:print", args=[kreativ.slug, job.pk])).content.decode()
    assert "fonts missing" in page and reverse("reports:print_retry",
                                               args=[kreativ.slug, job.pk]) in page
    response = client.post(reverse("reports:print_retry", args=[kreativ.slug, job.pk]))
    assert response.status_code == 302
    job.refresh_from_db()
    assert job.status == ExportStatus.QUEUED


@pytest.mark.django_db(transaction=True)
def test_the_worker_refuses_a_person_who_lost_the_right(kreativ):
    person = reader(kreativ)
    job = rendering.request_render(person, kreativ, "application", version=1)
    ProjectRole.objects.filter(user=person).delete()
    with pytest.raises(rendering.NotAllowed):
        rendering.build(job.pk)
    job.refresh_from_db()
    assert job.status == ExportStatus.FAILED and rendering.file_of(job) is None


@pytest.mark.django_db(transaction=True)
def test_a_printing_is_found_only_in_its_own_project_by_its_readers(client, kreativ):
    job = rendering.request_render(reader(kreativ), kreativ, "application", version=1)
    manager = User.objects.create_user("annan-ledare", password="x")
    other = draft(manager, programme=kreativ.programme)
    client.force_login(reader(other, "annan-finansiar"))
    assert client.get(reverse("reports:print", args=[other.slug, job.pk])).status_code == 404
    assert client.get(reverse("reports:print", args=[kreativ.slug, job.pk])).status_code == 404
    outsider = User.objects.create_user("utomstaende", password="x")
    with pytest.raises(rendering.NotAllowed):
        rendering.request_render(outsider, kreativ, "application", version=1)
