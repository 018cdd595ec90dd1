"""The application as a printed document: any frozen version, or the draft as it stands.

Figures come from the frozen version itself (budgets, financing, plan, risks, indicators, as
each app froze them), drawn by the same partials as the version page, so a PDF printed in ten
years shows what was submitted."""

from dataclasses import dataclass

from django.utils import timezone, translation
from django.utils.translation import gettext as _

from projects import extensions, selectors
from projects.application import APPLICATION
from projects.documents.versions import opened
from projects.models import DocumentVersion, Project
from projects.sections import SECTIONS_BY_KEY
from reports.pdf import PrintDocument, TocEntry, filename
from reports.printing import local_day, owner_name, project_facts

TEMPLATE = "reports/pdf/application.html"


class NoSuchVersion(LookupError):
    pass


def part_titles() -> dict[str, str]:
    """Headings of the frozen parts, in the language being printed."""
    return {"finance": _("Budget and financing"), "plan": _("Time and activity plan"),
            "risks": _("Risk analysis"), "indicators": _("Indicators")}


@dataclass(frozen=True)
class AsAt:
    created_at: object


@dataclass(frozen=True)
class PrintJob:
    template: str
    context: dict
    document: PrintDocument
    filename: str


def _version(project: Project, number: int | None) -> DocumentVersion | None:
    versions = selectors.application_versions(project).select_related("document", "created_by")
    if number is not None:
        version = versions.filter(number=number).first()
        if version is None:
            raise NoSuchVersion(number)
        return version
    return versions.order_by("-number").first()


def application_print(project: Project, *, version: int | None = None,
                      language: str = "sv") -> PrintJob:
    """The application's print job: the given version, the newest frozen one, or the draft."""
    with translation.override(language):
        return _application_print(project, version, language)


def _application_print(project: Project, version: int | None, language: str) -> PrintJob:
    frozen = _version(project, version)
    if frozen is not None:
        content = opened(frozen)
    else:
        content = APPLICATION.snapshot(selectors.application_of_project(project))
    titles = part_titles()
    sections = []
    # A frozen dict comes back in the database's key order, so the sections are put back
    # in the application's reading order; a section no longer known goes last.
    order = {key: position for position, key in enumerate(SECTIONS_BY_KEY)}
    frozen_sections = content.get("sections", {})
    for key in sorted(frozen_sections, key=lambda k: (order.get(k, len(order)), k)):
        known, section = SECTIONS_BY_KEY.get(key), frozen_sections[key]
        sections.append((key, str(known.title) if known else section.get("title", key), section))
    parts = [(name, titles.get(name, name), extensions.snapshot_templates[name],
              extensions.shown_part(name, data))
             for name, data in content.get("parts", {}).items()
             if name in extensions.snapshot_templates]
    toc = [TocEntry(f"section-{key}", title) for key, title, _s in sections]
    toc += [TocEntry(f"part-{name}", title) for name, title, _t, _d in parts]
    owner = owner_name(project)
    facts = project_facts(project, owner)
    if frozen is not None:
        facts.append((_("Version"), f"{frozen.number}: {frozen.get_kind_display()}"))
        facts.append((_("Frozen"), f"{local_day(frozen.created_at):%Y-%m-%d}"))
        subtitle = _("Version %(number)s, frozen %(day)s") % {
            "number": frozen.number, "day": f"{local_day(frozen.created_at):%Y-%m-%d}"}
        notice = ""
    else:
        facts.append((_("Version"), _("Not submitted")))
        subtitle = _("Draft as it stands %(day)s") % {"day": f"{local_day(None):%Y-%m-%d}"}
        notice = _("Draft: not submitted, and it may still change.")
    document = PrintDocument(
        title=_("Project application"), project_title=content.get("title", project.title),
        language=language, author=owner, subtitle=subtitle, cover_facts=tuple(facts),
        toc=tuple(toc), created=local_day(frozen.created_at if frozen else None),
        keywords=(str(project.programme), project.slug), notice=notice)
    # The parts read a frozen version as at the day it froze; a draft reads as at today.
    as_at = frozen if frozen is not None else AsAt(timezone.now())
    context = {"project": project, "version": as_at, "sections": sections, "parts": parts}
    name = filename(project.slug, _("application"), f"v{frozen.number}" if frozen else "")
    return PrintJob(TEMPLATE, context, document, name)
