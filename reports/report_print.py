"""A status report or the final report as a printed document: any frozen version, or the
report as it is being written (marked as not submitted)."""

from dataclasses import dataclass

from django.utils import timezone, translation
from django.utils.translation import gettext as _

from projects.documents.types import type_of
from projects.documents.versions import opened
from projects.models import Document, DocumentKind, DocumentVersion
from reports.application import NoSuchVersion, PrintJob
from reports.outlines import localized
from reports.pdf import PrintDocument, TocEntry, filename
from reports.printing import local_day, owner_name, project_facts

TEMPLATE = "reports/pdf/report.html"


@dataclass(frozen=True)
class AsAt:
    created_at: object


def kind_title(document: Document) -> str:
    if document.kind == DocumentKind.FINAL_REPORT:
        return _("Final report")
    return _("Status report %(number)s") % {"number": document.number}


def _version(document: Document, number: int | None) -> DocumentVersion | None:
    versions = document.versions.select_related("created_by")
    if number is not None:
        version = versions.filter(number=number).first()
        if version is None:
            raise NoSuchVersion(number)
        return version
    return versions.order_by("-number").first()


def report_content(document: Document, version: DocumentVersion | None) -> dict:
    return opened(version) if version is not None else type_of(document).snapshot(document)


def shown_sections(content: dict) -> list[dict]:
    """The frozen sections with their words in the language being spoken."""
    return [{**section, "title": str(localized(section.get("title"))),
             "intro": str(localized(section.get("intro", {}))),
             "fields": [{**f, "label": str(localized(f.get("label")))}
                        for f in section.get("fields", [])]}
            for section in content.get("sections", [])]


def report_print(document: Document, *, version: int | None = None,
                 language: str = "sv") -> PrintJob:
    with translation.override(language):
        return _report_print(document, version, language)


def _report_print(document: Document, number: int | None, language: str) -> PrintJob:
    project = document.project
    frozen = _version(document, number)
    content = report_content(document, frozen)
    sections = shown_sections(content)
    owner = owner_name(project)
    facts = project_facts(project, owner)
    period = content.get("period", {})
    if period.get("start") or period.get("end"):
        facts.append((_("Reporting period"), f"{period.get('start')} – {period.get('end')}"))
    title = kind_title(document)
    if frozen is not None:
        day = f"{local_day(frozen.created_at):%Y-%m-%d}"
        facts.append((_("Version"), f"{frozen.number}: {frozen.get_kind_display()}"))
        facts.append((_("Frozen"), day))
        subtitle = _("Version %(number)s, frozen %(day)s") % {"number": frozen.number,
                                                              "day": day}
        notice = ""
    else:
        facts.append((_("Version"), _("Not submitted")))
        subtitle = _("Draft as it stands %(day)s") % {"day": f"{local_day(None):%Y-%m-%d}"}
        notice = _("Draft: not submitted, and it may still change.")
    print_document = PrintDocument(
        title=title, project_title=content.get("title", project.title), language=language,
        author=owner, subtitle=subtitle, cover_facts=tuple(facts),
        toc=tuple(TocEntry(f"section-{s['key']}", s["title"]) for s in sections),
        created=local_day(frozen.created_at if frozen else None),
        keywords=(str(project.programme), project.slug, content.get("outline", {}).get(
            "name", "")), notice=notice)
    context = {"project": project, "report": document, "sections": sections,
               "figures": content.get("figures", {}),
               "version": frozen if frozen is not None else AsAt(timezone.now())}
    name = filename(project.slug, title, f"v{frozen.number}" if frozen else "")
    return PrintJob(TEMPLATE, context, print_document, name)
