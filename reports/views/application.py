"""The application as a PDF and as its HTML preview, any version."""

from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.urls import reverse
from django.views.decorators.http import require_GET

from projects.access import project_for
from reports.application import NoSuchVersion, application_print
from reports.views.common import language_of, number_of, preview_response
from reports.views.printing import served


def _job(project, version: int | None, language: str):
    try:
        return application_print(project, version=version, language=language)
    except NoSuchVersion as missing:
        raise Http404 from missing


@login_required
@require_GET
def application_pdf(request, slug):
    project, _access = project_for(request.user, slug, "can_download_reports")
    return served(request, project, "application", version=number_of(request, "version"),
                  language=language_of(request), archival=request.GET.get("arkiv") == "1")


@login_required
@require_GET
def application_preview(request, slug):
    project, _access = project_for(request.user, slug, "can_download_reports")
    language, version = language_of(request), number_of(request, "version")
    query = request.GET.urlencode()
    pdf_url = reverse("reports:application_pdf", args=[slug]) + (f"?{query}" if query else "")
    return preview_response(project, "application", (version, language),
                            lambda: _job(project, version, language), pdf_url=pdf_url)
