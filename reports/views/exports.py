"""Bulk exports: ask for one, watch it being made, download it, retry it when it failed."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from projects.services.errors import NotAllowed, ServiceError
from reports import exports
from reports.models import ExportDocument, ExportJob
from reports.views.common import language_of


def _own_job(request, job_id: int) -> ExportJob:
    job = (ExportJob.objects.select_related("programme", "funding_body")
           .filter(pk=job_id, requested_by=request.user).first())
    if job is None:
        raise Http404  # another person's export does not exist for this one
    return job


@login_required
def export_list(request):
    programmes = exports.programmes_for(request.user)
    bodies = exports.funding_bodies_for(request.user)
    if request.method == "POST":
        scope = request.POST.get("scope", "")
        programme = funding_body = None
        if scope.startswith("p"):
            programme = programmes.filter(pk=scope[1:] if scope[1:].isdigit() else 0).first()
        elif scope.startswith("f"):
            funding_body = bodies.filter(pk=scope[1:] if scope[1:].isdigit() else 0).first()
        year_text = request.POST.get("year", "").strip()
        try:
            if programme is None and funding_body is None:
                raise ServiceError(_("Choose a programme or a funding body."))
            if year_text and not year_text.isdigit():
                raise ServiceError(_("Give a year such as 2022."))
            job = exports.request_export(
                user=request.user, document=request.POST.get("document", ""),
                programme=programme, funding_body=funding_body,
                year=int(year_text) if year_text else None,
                language=request.POST.get("language", language_of(request)))
        except NotAllowed as refused:
            messages.error(request, str(refused))
            return render(request, "reports/exports.html", _context(request, programmes,
                                                                    bodies), status=403)
        except ServiceError as error:
            messages.error(request, str(error))
            return render(request, "reports/exports.html", _context(request, programmes,
                                                                    bodies), status=400)
        messages.success(request, _("The export is being made; this page follows it."))
        return redirect("reports:export", job_id=job.pk)
    return render(request, "reports/exports.html", _context(request, programmes, bodies))


def _context(request, programmes, bodies) -> dict:
    return {"programmes": programmes, "funding_bodies": bodies,
            "documents": ExportDocument.choices, "language": language_of(request),
            "jobs": ExportJob.objects.filter(requested_by=request.user)
            .select_related("programme", "funding_body")[:50],
            "posted": request.POST}


def _job_context(job: ExportJob) -> dict:
    return {"job": job, "stale": exports.is_stale(job), "may_retry": exports.may_retry(job),
            "ready": exports.file_of(job) is not None}


@login_required
@require_GET
def export_detail(request, job_id):
    job = _own_job(request, job_id)
    return render(request, "reports/export.html", _job_context(job))


@login_required
@require_GET
def export_status(request, job_id):
    """The part of the page that follows the job (fetched again while it runs)."""
    job = _own_job(request, job_id)
    return render(request, "reports/partials/export_status.html", _job_context(job))


@login_required
@require_GET
def export_download(request, job_id):
    job = _own_job(request, job_id)
    path = exports.file_of(job)
    if path is None:
        raise Http404
    return FileResponse(path.open("rb"), as_attachment=True, filename=job.file_name,
                        content_type="application/zip")


@login_required
@require_POST
def export_retry(request, job_id):
    job = _own_job(request, job_id)
    try:
        exports.retry_export(job=job, user=request.user)
    except NotAllowed as refused:
        raise PermissionDenied(str(refused)) from refused
    except ServiceError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("The export is being made again."))
    return redirect("reports:export", job_id=job.pk)
