"""What the report pages share: the language and version asked for, and the HTML preview."""

from django.http import Http404, HttpResponse
from django.urls import reverse
from django.utils import translation

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


def preview_response(job, *, pdf_url: str, slug: str) -> HttpResponse:
    back = reverse(TAB, args=[slug])
    html = render_html(job.template, {**job.context,
                                      "preview_bar": {"pdf_url": pdf_url, "back_url": back}},
                       job.document)
    response = HttpResponse(html)
    response["Cache-Control"] = "private, no-store"
    return response
