"""A document being printed by the worker: the page that follows it, and its file."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404
from django.http.response import HttpResponseBase
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from projects.access import project_for
from projects.pages import project_context
from projects.services.errors import NotAllowed, ServiceError
from reports import rendering
from reports.exports import is_stale
from reports.models import RenderJob
from reports.views.common import TAB


def served(request, project, document: str, **options) -> HttpResponseBase:
    """The PDF when it is already made, else the page that follows its printing."""
    try:
        job = rendering.request_render(request.user, project, document, **options)
    except NotAllowed as refused:
        raise PermissionDenied(str(refused)) from refused
    path = rendering.file_of(job)
    if path is not None:
        return _file(job, path)
    return redirect("reports:print", slug=project.slug, job_id=job.pk)


def _file(job: RenderJob, path) -> FileResponse:
    response = FileResponse(path.open("rb"), as_attachment=True, filename=job.download_name,
                            content_type="application/pdf")
    response["Cache-Control"] = "private, no-store"
    return response


def _job(request, slug, job_id):
    project, access = project_for(request.user, slug, "can_download_reports")
    job = RenderJob.objects.filter(pk=job_id, project=project).first()
    if job is None or not rendering.may_follow(request.user, job):
        raise Http404
    return project, access, job


def _context(job: RenderJob) -> dict:
    return {"job": job, "stale": is_stale(job), "may_retry": rendering.may_retry(job),
            "ready": rendering.file_of(job) is not None}


@login_required
@require_GET
def print_page(request, slug, job_id):
    project, access, job = _job(request, slug, job_id)
    return render(request, "reports/print.html",
                  project_context(project, access, TAB, page_title=_("Printing"),
                                  **_context(job)))


@login_required
@require_GET
def print_status(request, slug, job_id):
    """The part of the page that follows the printing (fetched again while it runs)."""
    project, _access, job = _job(request, slug, job_id)
    return render(request, "reports/partials/print_status.html",
                  {"project": project, **_context(job)})


@login_required
@require_GET
def print_download(request, slug, job_id):
    _project, _access, job = _job(request, slug, job_id)
    path = rendering.file_of(job)
    if path is None:
        raise Http404
    return _file(job, path)


@login_required
@require_POST
def print_retry(request, slug, job_id):
    project, _access, job = _job(request, slug, job_id)
    try:
        rendering.retry_render(job=job, person=request.user)
    except NotAllowed as refused:
        raise PermissionDenied(str(refused)) from refused
    except ServiceError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("The document is being printed again."))
    return redirect("reports:print", slug=project.slug, job_id=job.pk)
