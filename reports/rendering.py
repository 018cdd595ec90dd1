"""Single documents printed in the background: the application, a status report or the final
report of one project as a PDF, made by the task worker so that a web request never waits
for a large document.

A frozen version prints the same forever, so its file is made once per language and variant
and served again to everyone allowed to read it. A draft is printed afresh when asked for
again after a couple of minutes, and its file is removed by the worker after an hour.
The file is written under a temporary name and renamed only when complete, so a worker that
dies mid-job leaves nothing that is offered for download."""

import os
from datetime import date, timedelta
from pathlib import Path

from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from projects.access import access_for
from projects.models import Project
from projects.services.errors import NotAllowed, ServiceError
from reports.documents import KINDS, print_job
from reports.exports import export_root, is_stale
from reports.models import ExportStatus, RenderJob
from reports.pdf import LANGUAGES, render_pdf
from reports.portfolio.access import DashboardAccess

DASHBOARD = "dashboard"  # printed as the person who asked sees it, for them alone
DOCUMENTS = ("application", *KINDS, DASHBOARD)
DRAFT_KEPT = timedelta(minutes=2)  # asked for again within this, a draft's print is reused
# A draft's file is printed for one reader at one moment; it stays this long for its
# download link, then the worker removes it and its job (a frozen version's stays).
DRAFT_FILE_KEPT = timedelta(hours=1)
REMOVED_PER_ROUND = 200


def render_root() -> Path:
    root = export_root() / "prints"
    root.mkdir(parents=True, exist_ok=True)
    return root


def check_reader(person, project: Project, document: str = "application") -> None:
    access = access_for(person, project)
    allowed = (DashboardAccess(access).can_view_dashboard if document == DASHBOARD
               else access.can_download_reports)
    if not allowed:
        raise NotAllowed(_("You may not download the documents of this project."))


def may_follow(person, job: RenderJob) -> bool:
    """A dashboard is printed as its reader sees it (a financier: only their own share), so
    its printing is theirs alone; the other documents read the same for every reader."""
    return job.document != DASHBOARD or job.requested_by_id == person.pk


def file_of(job: RenderJob) -> Path | None:
    """The finished PDF, or None: never a partial one."""
    if job.status != ExportStatus.DONE or not job.file_name:
        return None
    path = render_root() / job.file_name
    return path if path.is_file() else None


def may_retry(job: RenderJob) -> bool:
    return job.status == ExportStatus.FAILED or is_stale(job)


@transaction.atomic
def request_render(person, project: Project, document: str, *, report_number: int | None = None,
                   version: int | None = None, language: str = "sv",
                   archival: bool = False, as_at: date | None = None,
                   compared_with: date | None = None) -> RenderJob:
    """The job that prints the document: a kept file of the same frozen version, one already
    under way for this person, or a new one handed to the worker."""
    if document not in DOCUMENTS:
        raise ServiceError(_("No such document: %(name)s") % {"name": document})
    locked = Project.objects.select_for_update().get(pk=project.pk)
    check_reader(person, locked, document)
    key = {"project": locked, "document": document, "report_number": report_number,
           "version": version, "language": language if language in LANGUAGES else "sv",
           "archival": archival, "as_at": as_at, "compared_with": compared_with}
    frozen = version is not None
    same = RenderJob.objects.filter(**key).exclude(status=ExportStatus.FAILED)
    if frozen:
        for kept in same.filter(frozen=True):
            if file_of(kept) is not None or (kept.status != ExportStatus.DONE
                                             and not is_stale(kept)):
                return kept
    else:
        # The person's own printing still under way, or just made: asking again (a page
        # reloaded, an API client coming back after 202) gets that one, not another.
        recent = timezone.now() - DRAFT_KEPT
        for mine in same.filter(requested_by=person).filter(
                Q(status__in=[ExportStatus.QUEUED, ExportStatus.RUNNING])
                | Q(status=ExportStatus.DONE, finished_at__gte=recent))[:3]:
            if file_of(mine) is not None or (mine.status != ExportStatus.DONE
                                             and not is_stale(mine)):
                return mine
    job = RenderJob.objects.create(requested_by=person, frozen=frozen, **key)
    transaction.on_commit(lambda: enqueue(job))
    return job


@transaction.atomic
def retry_render(*, job: RenderJob, person) -> RenderJob:
    locked = RenderJob.objects.select_for_update().get(pk=job.pk)
    check_reader(person, locked.project, locked.document)
    if not may_retry(locked):
        raise ServiceError(_("Only a failed or stopped printing is tried again."))
    locked.status, locked.error = ExportStatus.QUEUED, ""
    locked.save(update_fields=["status", "error", "updated_at"])
    transaction.on_commit(lambda: enqueue(locked))
    return locked


def enqueue(job: RenderJob) -> None:
    from reports.tasks import build_render

    result = build_render.enqueue(job.pk)
    RenderJob.objects.filter(pk=job.pk).update(task_id=str(result.id))


def build(job_id: int) -> None:
    """The worker's part: print the document into a temporary file, then rename it."""
    job = RenderJob.objects.select_related("project", "requested_by").get(pk=job_id)
    if job.status == ExportStatus.DONE and file_of(job) is not None:
        return
    job.status, job.attempts, job.error = ExportStatus.RUNNING, job.attempts + 1, ""
    job.save(update_fields=["status", "attempts", "error", "updated_at"])
    final = render_root() / f"{job.project.slug}-{job.pk}.pdf"
    partial = final.with_name(final.name + ".part")
    try:
        check_reader(job.requested_by, job.project, job.document)
        printed = print_job(job.project, job.document, version=job.version,
                            period=job.report_number, language=job.language,
                            person=job.requested_by, as_at=job.as_at,
                            compared_with=job.compared_with)
        partial.write_bytes(render_pdf(printed.template, printed.context, printed.document,
                                       archival=job.archival))
        os.replace(partial, final)  # complete or not there at all
    except Exception as error:
        partial.unlink(missing_ok=True)
        job.status, job.error = ExportStatus.FAILED, str(error)[:2000] or type(error).__name__
        job.finished_at = timezone.now()
        job.save(update_fields=["status", "error", "finished_at", "updated_at"])
        raise
    name = printed.filename.replace(".pdf", "-pdfa.pdf") if job.archival else printed.filename
    job.status, job.file_name, job.download_name = ExportStatus.DONE, final.name, name
    job.file_size, job.finished_at = final.stat().st_size, timezone.now()
    job.save(update_fields=["status", "file_name", "download_name", "file_size", "finished_at",
                            "updated_at"])
    remove_old_drafts()


def remove_old_drafts(now=None) -> int:
    """Removes the prints of drafts finished (or failed) more than DRAFT_FILE_KEPT ago, file
    and job, and any partial file a stopped worker left; returns how many jobs went. The
    worker does this after each print, so a busy portal never piles them up."""
    cutoff = (now or timezone.now()) - DRAFT_FILE_KEPT
    old = list(RenderJob.objects.filter(
        frozen=False, status__in=[ExportStatus.DONE, ExportStatus.FAILED],
        finished_at__lt=cutoff).values_list("pk", "file_name")[:REMOVED_PER_ROUND])
    root = render_root()
    for _pk, name in old:
        if name:
            (root / name).unlink(missing_ok=True)
    RenderJob.objects.filter(pk__in=[pk for pk, _name in old]).delete()
    for partial in root.glob("*.part"):
        if partial.stat().st_mtime < cutoff.timestamp():
            partial.unlink(missing_ok=True)
    return len(old)
