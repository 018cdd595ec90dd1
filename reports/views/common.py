"""What the report pages share: the language and version asked for, and the HTML preview."""

from collections.abc import Callable

from django.http import Http404, HttpResponse
from django.urls import reverse
from django.utils import timezone, translation

from portal import stamps
from reports.application import PrintJob
from reports.pdf import LANGUAGES, render_html

TAB = "reports:documents"


def language_of(request) -> str:
    """The language asked for (`?sprak=nb`), else the page's own."""
    asked = request.GET.get("sprak", "")
    if asked in LANGUAGES:
        return asked
    current = (translation.get_language() or "sv")[:2]
    return current if current in LANGUAGES else "sv"


def number_of(request, name: str) -> int | None:
    """A positive whole number from the query string; a malformed one is a missing page."""
    raw = request.GET.get(name, "").strip()
    if not raw:
        return None
    if not raw.isdigit() or int(raw) < 1:
        raise Http404
    return int(raw)


def preview_response(project, name: str, parts: tuple, job: Callable[[], PrintJob], *,
                     pdf_url: str) -> HttpResponse:
    """The print job's HTML preview. A job reads the project's data, a frozen version that
    never changes and, for a draft, today's date: the HTML is kept under the project's change
    stamp, `parts` (which document, version and language), the day and the addresses the
    preview bar links to (`portal.stamps`). It holds nothing of the person."""
    html = stamps.kept(f"preview-{name}", project.pk,
                       (*parts, timezone.localdate(), pdf_url),
                       lambda: _preview_html(job(), pdf_url, reverse(TAB, args=[project.slug])))
    response = HttpResponse(html)
    response["Cache-Control"] = "private, no-store"
    return response


def _preview_html(job: PrintJob, pdf_url: str, back_url: str) -> str:
    return render_html(job.template, {**job.context,
                                      "preview_bar": {"pdf_url": pdf_url, "back_url": back_url}},
                       job.document)
