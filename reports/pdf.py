"""The portal's one PDF helper: a print template rendered to HTML, then by WeasyPrint to PDF.

Every document the portal prints goes through `render_pdf`: the base template
(`reports/pdf/base.html`) gives it a cover, a table of contents with page numbers, a running
header with the project's name, "sida x av y" in the document's language, tables that repeat
their header and never split a row, and the metadata (title, author, language). `archival`
makes a PDF/A-3u file for the funder's ten-year archive; every PDF is tagged for screen
readers.

Nothing is fetched from the network: the documents' own stylesheets are read from the static
files, and any other address is refused, so a link someone typed into a text cannot make the
renderer reach out.
"""

import mimetypes
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.text import slugify
from django.utils.translation import gettext as _
from weasyprint import HTML
from weasyprint.urls import URLFetcher, URLFetcherResponse

BASE_URL = "https://portal.invalid/"
STATIC_PREFIX = "/static/"
ARCHIVAL_VARIANT = "pdf/a-3u"
LANGUAGES = ("sv", "nb", "en")


@dataclass(frozen=True)
class TocEntry:
    """One line of the table of contents: the anchor of a heading and its words."""

    anchor: str
    title: str
    level: int = 1


@dataclass(frozen=True)
class PrintDocument:
    """What a print template needs beside its own content: who, what, which language."""

    title: str  # the document's title, e.g. "Slutrapport"
    project_title: str
    language: str = "sv"
    author: str = ""  # the project owner, or the funding body for its own reports
    subtitle: str = ""
    cover_facts: tuple[tuple[str, str], ...] = ()  # (label, value) on the cover
    toc: tuple[TocEntry, ...] = ()
    created: date | None = None
    keywords: tuple[str, ...] = ()
    notice: str = ""  # a line on the cover, e.g. "Preview: not submitted"
    extra: dict = field(default_factory=dict)

    @property
    def full_title(self) -> str:
        return f"{self.title}: {self.project_title}" if self.project_title else self.title


class StaticFilesOnly(URLFetcher):
    """Serves the portal's static files to WeasyPrint and refuses every other address."""

    def fetch(self, url, headers=None):
        if url.startswith("data:"):
            return super().fetch(url, headers)
        path = url.removeprefix(BASE_URL.rstrip("/"))
        if path == url or not path.startswith(STATIC_PREFIX):
            raise ValueError(f"Not fetched while printing: {url[:80]}")
        name = path.removeprefix(STATIC_PREFIX).split("?")[0]
        if ".." in name.split("/") or name.startswith("/"):
            raise ValueError(f"Not a static file: {path[:80]}")
        found = finders.find(name) or _collected(name)
        if not found:
            raise ValueError(f"No such static file: {path[:80]}")
        body = Path(found).read_bytes()
        kind = mimetypes.guess_type(found)[0] or "application/octet-stream"
        return URLFetcherResponse(url, body, {"Content-Type": kind})


def _collected(name: str) -> str | None:
    """A collected static file (a hashed name in production), when the finders lack it."""
    try:
        return staticfiles_storage.path(name) if staticfiles_storage.exists(name) else None
    except NotImplementedError:  # storage without local paths
        return None


def page_of_css(language: str) -> str:
    """'Sida %(page)s av %(pages)s' as a CSS content value with the page counters."""
    with translation.override(language):
        pattern = _("Page %(page)s of %(pages)s")
    parts = re.split(r"(%\(page\)s|%\(pages\)s)", pattern)
    tokens = []
    for part in parts:
        if part == "%(page)s":
            tokens.append("counter(page)")
        elif part == "%(pages)s":
            tokens.append("counter(pages)")
        elif part:
            tokens.append('"' + part.replace("\\", "\\\\").replace('"', '\\"') + '"')
    return " ".join(tokens)


def render_html(template: str, context: dict, document: PrintDocument) -> str:
    """The print template as HTML in the document's language (also the HTML preview)."""
    language = document.language if document.language in LANGUAGES else "sv"
    with translation.override(language):
        return render_to_string(template, {
            **context, "doc": document, "language": language,
            "page_of_css": page_of_css(language),
        })


def pdf_options(*, archival: bool = False, tagged: bool = True) -> dict:
    options = {"pdf_tags": tagged}
    if archival:
        options["pdf_variant"] = ARCHIVAL_VARIANT
    return options


def laid_out(html: str, **options):
    """WeasyPrint's pages of the HTML (a `weasyprint.Document`), before they are written."""
    return HTML(string=html, base_url=BASE_URL, url_fetcher=StaticFilesOnly()).render(**options)


def render_pdf(template: str, context: dict, document: PrintDocument, *,
               archival: bool = False, tagged: bool = True) -> bytes:
    """The template as a PDF: tagged for screen readers, PDF/A-3u when archival."""
    options = pdf_options(archival=archival, tagged=tagged)
    return laid_out(render_html(template, context, document), **options).write_pdf(**options)


def filename(*parts: str) -> str:
    """'nis-6-0', 'slutrapport', 'v2' -> 'nis-6-0-slutrapport-v2.pdf', safe in a header."""
    words = [slugify(str(part)) for part in parts if part]
    return "-".join(word for word in words if word) + ".pdf"
