"""Bulk exports: made by the task worker, followed on a page, offered only when complete,
retried after a failure or a worker that stopped, refused for people who may not read every
project in them; on the database backend and on Redis."""

from datetime import timedelta

import pytest
from django.urls import reverse

from portal.models import User
from projects.models import ProjectRole, RoleKind
from projects.services.errors import NotAllowed
from reports import exports
from reports.models import ExportJob, ExportStatus
from tests.reports.exporting import ask, work

pytestmark = pytest.mark.usefixtures("export_root")


@pytest.fixture
def demo(demo_projects):
    """The demo, loaded once for the module (tests/conftest.py) rather than for each test as
    tests/reports/conftest.py does; each test's writes are rolled back. The export through
    a committed transaction and the database worker is in tests/reports/test_export_worker.py."""
    return demo_projects


def test_someone_who_may_not_read_every_project_is_refused(client, nis, demo):
    financier = User.objects.create_user("finansiar-nis", password="x")
    ProjectRole.objects.create(project=nis, user=financier, role=RoleKind.FINANCIER)
    other = demo["invest-in-norrbotten"]
    assert exports.unreadable(financier, exports.projects_in(
        ExportJob(document="application", programme=other.programme))) == 1
    response = ask(client, financier, nis, document="application",
                   scope=f"p{other.programme_id}")
    assert response.status_code == 400  # not a programme this person may choose
    with pytest.raises(NotAllowed):
        exports.request_export(user=financier, document="application",
                               programme=other.programme)
    assert not ExportJob.objects.exists()


def test_the_demo_financier_exports_what_its_organisation_co_finances(nis, demo):
    """Region Västerbotten co-finances NIS 6.0 (no role set by hand): its programme is one to
    choose, and its reports are readable; another programme's are not."""
    financier = User.objects.get(username="finansiar")
    assert not ProjectRole.objects.filter(user=financier).exists()
    assert list(exports.programmes_for(financier)) == [nis.programme]
    assert exports.unreadable(financier, exports.projects_in(
        ExportJob(document="final", programme=nis.programme))) == 0
    other = demo["invest-in-norrbotten"]
    assert exports.unreadable(financier, exports.projects_in(
        ExportJob(document="application", programme=other.programme))) == 1


def test_a_failed_export_says_why_and_is_retried(client, officer, nis, monkeypatch,
                                                 django_capture_on_commit_callbacks,
                                                 export_root):
    with django_capture_on_commit_callbacks(execute=True):
        ask(client, officer, nis)
    job = ExportJob.objects.get()

    def broken(*args, **kwargs):
        raise RuntimeError("Skrivaren saknar typsnitt")

    monkeypatch.setattr(exports, "render_pdf", broken)
    with pytest.raises(RuntimeError):
        exports.build(job.pk)
    job.refresh_from_db()
    assert (job.status, job.error) == (ExportStatus.FAILED, "Skrivaren saknar typsnitt")
    assert list(export_root.iterdir()) == []  # nothing half-written left
    page = client.get(reverse("reports:export", args=[job.pk])).content.decode()
    assert "Skrivaren saknar typsnitt" in page and reverse(
        "reports:export_retry", args=[job.pk]) in page
    monkeypatch.undo()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("reports:export_retry", args=[job.pk]))
    job.refresh_from_db()
    assert job.status == ExportStatus.QUEUED
    work(job)
    job.refresh_from_db()
    assert (job.status, job.attempts) == (ExportStatus.DONE, 2)


class Killed(BaseException):
    """What a worker killed mid-job leaves: no except clause runs."""


def test_a_killed_worker_leaves_no_file_offered_and_the_job_can_be_retried(
        client, officer, nis, monkeypatch, settings, export_root,
        django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        ask(client, officer, nis)
    job = ExportJob.objects.get()
    monkeypatch.setattr(exports, "render_pdf", lambda *a, **k: (_ for _ in ()).throw(Killed()))
    with pytest.raises(Killed):
        exports.build(job.pk)
    job.refresh_from_db()
    assert job.status == ExportStatus.RUNNING
    assert [p.suffix for p in export_root.iterdir()] == [".part"]  # the half-written zip
    assert exports.file_of(job) is None
    assert client.get(reverse("reports:export_download", args=[job.pk])).status_code == 404
    assert not exports.may_retry(job)  # still within the time a page may take
    ExportJob.objects.filter(pk=job.pk).update(
        updated_at=job.updated_at - timedelta(seconds=settings.EXPORT_STALE_SECONDS + 1))
    job.refresh_from_db()
    assert exports.is_stale(job) and exports.may_retry(job)
    monkeypatch.undo()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("reports:export_retry", args=[job.pk]))
    work(job)
    job.refresh_from_db()
    assert job.status == ExportStatus.DONE
    assert [p.name for p in export_root.iterdir()] == [job.file_name]


def test_another_persons_export_is_not_found(client, officer, nis,
                                             django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        ask(client, officer, nis)
    job = ExportJob.objects.get()
    client.force_login(User.objects.get(username="projektledare"))
    for name in ("reports:export", "reports:export_status", "reports:export_download"):
        assert client.get(reverse(name, args=[job.pk])).status_code == 404
    assert client.post(reverse("reports:export_retry", args=[job.pk])).status_code == 404


def _redis_answers() -> bool:
    import redis

    try:
        return bool(redis.Redis.from_url("redis://127.0.0.1:6379/15",
                                         socket_connect_timeout=1).ping())
    except redis.exceptions.ConnectionError:
        return False


@pytest.mark.skipif(not _redis_answers(), reason="no Redis answers at 127.0.0.1:6379")
def test_the_redis_backend_runs_the_same_export(client, officer, nis, settings,
                                                django_capture_on_commit_callbacks):
    import django_rq
    from django_tasks_rq.backend import Job
    from rq import SimpleWorker

    settings.RQ_QUEUES = {"default": {"URL": "redis://127.0.0.1:6379/15"}}
    settings.TASKS = {"default": {"BACKEND": "django_tasks_rq.RQBackend",
                                  "QUEUES": ["default"]}}
    monkey = pytest.MonkeyPatch()
    monkey.setattr(django_rq.settings, "QUEUES", settings.RQ_QUEUES)
    queue = django_rq.get_queue("default", job_class=Job)
    queue.empty()
    try:
        with django_capture_on_commit_callbacks(execute=True):
            ask(client, officer, nis)
        job = ExportJob.objects.get()
        assert queue.count == 1
        SimpleWorker([queue], connection=queue.connection, job_class=Job).work(burst=True)
        job.refresh_from_db()
        assert job.status == ExportStatus.DONE and exports.file_of(job) is not None
    finally:
        queue.empty()
        monkey.undo()
