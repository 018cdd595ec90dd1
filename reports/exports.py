"""Bulk exports: every final report (or application) of a programme or a funding body, of one
year when asked, printed as PDF/A into one zip by the task worker. The person asking must be
allowed to download the reports of every project in it, when asking and again when the
worker starts. The zip is written under a temporary name and renamed only when complete, so
a worker that dies mid-job leaves nothing that is offered for download."""

import os
import zipfile
from datetime import timedelta
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from portal.models import Organisation
from projects.access import REPORT_READERS, financed_by, submitted_once
from projects.models import DocumentKind, DocumentVersion, Programme, Project, ProjectRole
from projects.services.errors import NotAllowed, ServiceError
from reports.documents import print_job
from reports.models import ExportDocument, ExportJob, ExportStatus, RenderJob
from reports.pdf import LANGUAGES, render_pdf

MAX_PROJECTS = 2000  # one zip; a larger portfolio is exported programme by programme


def export_root() -> Path:
    root = Path(settings.EXPORT_ROOT)
    root.mkdir(parents=True, exist_ok=True)
    return root


def projects_in(job: ExportJob) -> QuerySet[Project]:
    """The projects whose document the export holds: those with a frozen version of it."""
    projects = Project.objects.select_related("programme__funding_body")
    if job.programme_id:
        projects = projects.filter(programme_id=job.programme_id)
    else:
        projects = projects.filter(programme__funding_body_id=job.funding_body_id)
    kind = (DocumentKind.FINAL_REPORT if job.document == ExportDocument.FINAL
            else DocumentKind.APPLICATION)
    versions = DocumentVersion.objects.filter(document__kind=kind)
    if job.year:
        versions = versions.filter(created_at__year=job.year)
    return projects.filter(pk__in=versions.values("document__project_id")).order_by("slug")


def unreadable(user, projects: QuerySet[Project]) -> int:
    """How many of the projects the person may not download the reports of."""
    if user.is_superuser:
        return 0
    ids = set(projects.values_list("pk", flat=True))
    readable = set()
    if user.is_case_officer and user.funding_body_id:
        readable |= set(projects.filter(programme__funding_body_id=user.funding_body_id)
                        .values_list("pk", flat=True))
    readable |= set(ProjectRole.objects.filter(user=user, project_id__in=ids,
                                               role__in=REPORT_READERS)
                    .values_list("project_id", flat=True))
    readable |= set(_financed(user, projects).values_list("pk", flat=True))
    return len(ids - readable)


def _financed(user, projects: QuerySet[Project]) -> QuerySet[Project]:
    """The projects the person reads as a financier through their organisation (as
    `projects.access` decides: submitted once, and not for the funding body's staff)."""
    if user.is_case_officer or user.organisation_id is None:
        return projects.none()
    return submitted_once(projects.filter(financed_by(user.organisation_id)))


def _check_reader(user, projects: QuerySet[Project]) -> None:
    missing = unreadable(user, projects)
    if missing:
        raise NotAllowed(_("You may not read the reports of %(n)s of the projects in this "
                           "export; ask for a programme whose projects you may all read.")
                         % {"n": missing})


def programmes_for(user) -> QuerySet[Programme]:
    """The programmes a person may choose: their funding body's, and those of their roles."""
    if user.is_superuser:
        return Programme.objects.order_by("name")
    condition = Q(projects__roles__user=user) | Q(
        projects__in=_financed(user, Project.objects.all()))
    if user.is_case_officer and user.funding_body_id:
        condition |= Q(funding_body_id=user.funding_body_id)
    return Programme.objects.filter(condition).distinct().order_by("name")


def funding_bodies_for(user) -> QuerySet[Organisation]:
    """The funding bodies whose whole export a person may ask for: their own, as its case
    officer; any, as an administrator of the portal."""
    if user.is_superuser:
        return Organisation.objects.filter(programmes__isnull=False).distinct()
    if user.is_case_officer and user.funding_body_id:
        return Organisation.objects.filter(pk=user.funding_body_id)
    return Organisation.objects.none()


@transaction.atomic
def request_export(*, user, document: str, programme: Programme | None = None,
                   funding_body: Organisation | None = None, year: int | None = None,
                   language: str = "sv") -> ExportJob:
    if document not in ExportDocument.values:
        raise ServiceError(_("Choose final reports or applications."))
    if (programme is None) == (funding_body is None):
        raise ServiceError(_("Choose a programme or a funding body."))
    if year is not None and not 2000 <= year <= 2100:
        raise ServiceError(_("Give a year such as 2022."))
    job = ExportJob(requested_by=user, document=document, programme=programme,
                    funding_body=funding_body, year=year,
                    language=language if language in LANGUAGES else "sv")
    projects = projects_in(job)
    count = projects.count()
    if count == 0:
        raise ServiceError(_("There is nothing to export: no project in it has such a "
                             "document."))
    if count > MAX_PROJECTS:
        raise ServiceError(_("At most %(n)s projects in one export; choose a programme or a "
                             "year.") % {"n": MAX_PROJECTS})
    _check_reader(user, projects)
    job.total = count
    job.save()
    transaction.on_commit(lambda: enqueue(job))
    return job


def enqueue(job: ExportJob) -> None:
    from reports.tasks import build_export

    result = build_export.enqueue(job.pk)
    ExportJob.objects.filter(pk=job.pk).update(task_id=str(result.id))


def is_stale(job: "ExportJob | RenderJob") -> bool:
    """Running, but not heard from for longer than a page can take: its worker stopped."""
    limit = timedelta(seconds=settings.EXPORT_STALE_SECONDS)
    return job.status == ExportStatus.RUNNING and timezone.now() - job.updated_at > limit


def may_retry(job: ExportJob) -> bool:
    return job.status == ExportStatus.FAILED or is_stale(job)


@transaction.atomic
def retry_export(*, job: ExportJob, user) -> ExportJob:
    locked = ExportJob.objects.select_for_update().get(pk=job.pk)
    if locked.requested_by_id != user.pk:
        raise NotAllowed(_("Only the person who asked for the export retries it."))
    if not may_retry(locked):
        raise ServiceError(_("Only a failed or stopped export is retried."))
    _check_reader(user, projects_in(locked))
    locked.status, locked.percent, locked.written, locked.error = ExportStatus.QUEUED, 0, 0, ""
    locked.save(update_fields=["status", "percent", "written", "error", "updated_at"])
    transaction.on_commit(lambda: enqueue(locked))
    return locked


def zip_name(job: ExportJob) -> str:
    scope = (job.programme.slug if job.programme is not None
             else slugify(job.funding_body.name if job.funding_body is not None else ""))
    parts = [_("final-reports") if job.document == ExportDocument.FINAL else _("applications"),
             scope, str(job.year or "")]
    return "-".join(slugify(p) for p in parts if p) + f"-{job.pk}.zip"


def build(job_id: int) -> None:
    """The worker's part: print every document into a temporary zip, then rename it."""
    job = ExportJob.objects.select_related("requested_by", "programme", "funding_body").get(
        pk=job_id)
    if job.status == ExportStatus.DONE:
        return
    job.status, job.attempts, job.error = ExportStatus.RUNNING, job.attempts + 1, ""
    job.written, job.percent = 0, 0
    job.save(update_fields=["status", "attempts", "error", "written", "percent",
                            "updated_at"])
    final = export_root() / zip_name(job)
    partial = final.with_name(final.name + ".part")
    try:
        projects = list(projects_in(job))
        _check_reader(job.requested_by, projects_in(job))
        job.total = len(projects)
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for number, project in enumerate(projects, start=1):
                printed = print_job(project, job.document, language=job.language)
                archive.writestr(f"{project.slug}/{printed.filename.replace('.pdf', '')}"
                                 "-pdfa.pdf",
                                 render_pdf(printed.template, printed.context,
                                            printed.document, archival=True))
                job.written, job.percent = number, int(number * 100 / max(job.total, 1))
                job.save(update_fields=["written", "percent", "total", "updated_at"])
        os.replace(partial, final)  # complete or not there at all
    except Exception as error:
        partial.unlink(missing_ok=True)
        job.status, job.error = ExportStatus.FAILED, str(error)[:2000] or type(error).__name__
        job.finished_at = timezone.now()
        job.save(update_fields=["status", "error", "finished_at", "updated_at"])
        raise
    job.status, job.percent, job.file_name = ExportStatus.DONE, 100, final.name
    job.file_size, job.finished_at = final.stat().st_size, timezone.now()
    job.save(update_fields=["status", "percent", "file_name", "file_size", "finished_at",
                            "updated_at"])


def file_of(job: ExportJob) -> Path | None:
    """The finished zip, or None: never a partial one."""
    if job.status != ExportStatus.DONE or not job.file_name:
        return None
    path = export_root() / job.file_name
    return path if path.is_file() else None
