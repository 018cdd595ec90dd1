"""Status reports and the final report as document types of the engine: sections from the
programme's outline, text saved a section at a time, draft → submitted → returned → approved,
and a frozen version that keeps the texts and every figure as they stood."""

from dataclasses import dataclass

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from projects.access import Abilities
from projects.documents.types import DocumentType, Transition, register
from projects.models import Document, DocumentKind, ReportStatus, VersionKind
from reports import figures
from reports.outlines import outline_named, text_sections

R = ReportStatus
OPEN_STATES = frozenset({R.DRAFT, R.RETURNED})


@dataclass(frozen=True)
class ReportAccess(Abilities):
    """Managers and members write, the manager submits, case officers return or approve,
    everyone allowed to download reports (steering group, financiers) reads them."""

    @property
    def can_write_report(self) -> bool:
        return self.access.is_writer and self.lifecycle.is_follow_up

    @property
    def can_submit_report(self) -> bool:
        return self.access.can_submit

    @property
    def can_decide_report(self) -> bool:
        return self.access.can_review

    @property
    def can_read_report(self) -> bool:
        return self.access.can_download_reports


def outline_of(document: Document) -> dict:
    """The outline's sections the document is written in, read once per document."""
    cached = document.__dict__.get("_outline")
    if cached is None:
        outline = outline_named(document.outline)
        cached = {"slug": document.outline, "name": outline.name if outline else "",
                  "sections": list(outline.sections) if outline else []}
        document.__dict__["_outline"] = cached
    return cached


def wanted_figures(outline: dict) -> set[str]:
    return {name for section in outline["sections"] for name in section.get("figures", [])}


class ReportType(DocumentType):
    status_action = "report:status"
    status_labels = dict(ReportStatus.choices)
    schema = 1
    transitions = {
        t.name: t for t in (
            Transition("submit", OPEN_STATES, R.SUBMITTED, "can_submit_report",
                       freezes=VersionKind.REPORT_SUBMITTED, requires_complete=True,
                       refused=gettext_lazy("Only the project manager submits the report.")),
            Transition("return", frozenset({R.SUBMITTED}), R.RETURNED, "can_decide_report",
                       comment_required=gettext_lazy("Say what needs completing."),
                       refused=gettext_lazy("Only the funding body returns a report.")),
            Transition("approve", frozenset({R.SUBMITTED}), R.APPROVED, "can_decide_report",
                       freezes=VersionKind.REPORT_APPROVED,
                       refused=gettext_lazy("Only the funding body approves a report.")),
        )
    }

    def __init__(self, kind: str):
        self.kind = kind

    def sections(self, document: Document):
        return text_sections(outline_of(document)["sections"])

    def abilities(self, access, document: Document) -> ReportAccess:
        return ReportAccess(access)

    def may_write(self, access, document: Document) -> bool:
        return access.is_writer

    def is_open(self, access, document: Document) -> bool:
        return document.status in OPEN_STATES and access.lifecycle.is_follow_up

    def closed_message(self, document: Document) -> str:
        return _("The report is “%(status)s” and can no longer be changed; nothing was "
                 "saved.") % {"status": document.get_status_display()}

    def read_only_reason(self, document: Document) -> str:
        if document.status in OPEN_STATES:
            return _("Reports are written while the project is approved or running.")
        return _("The report is “%(status)s”; a returned report can be changed and submitted "
                 "again.") % {"status": document.get_status_display()}

    def snapshot(self, document: Document) -> dict:
        """Texts and figures as they stand, with the outline they were written in."""
        outline = outline_of(document)
        project = document.project
        sections = []
        by_key = {s.key: s for s in self.sections(document)}
        for section in outline["sections"]:
            texts = by_key[section["key"]].texts(document)
            sections.append({
                "key": section["key"], "title": section.get("title", {}),
                "intro": section.get("intro", {}), "figures": section.get("figures", []),
                "fields": [{"name": f["name"], "label": f.get("label", {}),
                            "text": texts.get(f["name"], "")}
                           for f in section.get("fields", [])],
            })
        return {
            "title": project.title, "kind": document.kind, "number": document.number,
            "period": {"start": _day(document.period_start), "end": _day(document.period_end)},
            "outline": {"slug": outline["slug"], "name": outline["name"]},
            "sections": sections,
            "figures": figures.build(project, document, wanted_figures(outline)),
            "meta": {"status": document.status},
        }

    def section_action(self, key: str) -> str:
        return "report:section"


def _day(value) -> str:
    return f"{value:%Y-%m-%d}" if value else ""


STATUS_REPORT = register(ReportType(DocumentKind.STATUS_REPORT))
FINAL_REPORT = register(ReportType(DocumentKind.FINAL_REPORT))
