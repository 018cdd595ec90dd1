"""The application as a document type: its sections are the project's fields and row lists,
its state is the project's status, and its workflow runs from draft to the decision."""

from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _

from portal import stamps
from portal.types import Text
from projects import extensions
from projects.documents.types import DocumentType, Transition, register
from projects.models import (
    Document,
    DocumentKind,
    Project,
    ProjectStatus,
    VersionKind,
)
from projects.sections import PREFETCH, sections_for

S = ProjectStatus


def application_of(project: Project) -> Document:
    """The project's application document, with the project attached (no second query)."""
    document = Document.objects.get(project_id=project.pk, kind=DocumentKind.APPLICATION)
    document.project = project
    return document


# The organisations rows name, read with the rows where their names are shown.
ROW_ORGANISATIONS = ("participations__organisation", "group_members__organisation",
                     "staff__organisation")


def with_rows(project: Project, *, organisations: bool = False) -> Project:
    related = [*PREFETCH, *(ROW_ORGANISATIONS if organisations else ())]
    return Project.objects.select_related("programme").prefetch_related(*related).get(
        pk=project.pk)


def application_now(project: Project) -> dict:
    """The application as it is now, as its next frozen version would hold it, for pages that
    show or compare it (comparing versions with now, the API's project read): built once per
    change of the project (300 ms for the stress project) and kept under its change stamps,
    the release and the language its labels are in. Freezing builds it anew."""
    from projects.snapshot import build_snapshot

    return stamps.kept("application-now", project.pk, (get_language(),),
                       lambda: build_snapshot(with_rows(project, organisations=True)))


class ApplicationType(DocumentType):
    kind = DocumentKind.APPLICATION
    status_labels = dict(ProjectStatus.choices)
    transitions = {
        t.name: t for t in (
            Transition("submit", frozenset({S.DRAFT, S.RETURNED}), S.SUBMITTED, "can_submit",
                       freezes=VersionKind.SUBMITTED, requires_complete=True,
                       refused=gettext_lazy("Only the project manager submits the "
                                            "application.")),
            Transition("return", frozenset({S.SUBMITTED}), S.RETURNED, "can_review",
                       comment_required=gettext_lazy("Say what needs completing.")),
            Transition("approve", frozenset({S.SUBMITTED}), S.APPROVED, "can_review",
                       freezes=VersionKind.APPROVED),
            Transition("reject", frozenset({S.SUBMITTED}), S.REJECTED, "can_review",
                       comment_required=gettext_lazy("Give the reason for rejecting.")),
            Transition("start", frozenset({S.APPROVED}), S.RUNNING, "can_review"),
            Transition("submit_final_report", frozenset({S.RUNNING}),
                       S.FINAL_REPORT_SUBMITTED, "can_submit"),
            Transition("return_final_report", frozenset({S.FINAL_REPORT_SUBMITTED}), S.RUNNING,
                       "can_review",
                       comment_required=gettext_lazy("Say what needs completing.")),
            Transition("close", frozenset({S.FINAL_REPORT_SUBMITTED}), S.CLOSED, "can_review"),
        )
    }

    def sections(self, document: Document):
        return sections_for(document.project)

    def missing(self, document: Document) -> dict[str, list[Text]]:
        """The sections' gaps and every check another app registered, by heading."""
        project = with_rows(document.project)
        gaps: dict[str, list[Text]] = {str(s.title): s.missing(project)
                                       for s in sections_for(project)}
        for check in extensions.submission_checks:
            for heading, problems in check(project).items():
                gaps.setdefault(str(heading), []).extend(problems)
        return {heading: problems for heading, problems in gaps.items() if problems}

    def status(self, document: Document) -> str:
        return document.project.status

    def set_status(self, document: Document, status: str) -> None:
        project = document.project
        project.status = status
        project.save(update_fields=["status", "updated_at"])

    def may_write(self, access, document: Document) -> bool:
        return access.is_writer

    def is_open(self, access, document: Document) -> bool:
        return access.lifecycle.application_is_open

    def closed_message(self, document: Document) -> str:
        return _("The application is “%(status)s” and can no longer be changed here; nothing "
                 "was saved. An approved project changes through a change request.") % {
            "status": document.project.get_status_display()}

    def read_only_reason(self, document: Document) -> str:
        return _("The application is frozen; an approved project changes through a change "
                 "request.")

    def snapshot(self, document: Document) -> dict:
        from projects.snapshot import build_snapshot

        return build_snapshot(with_rows(document.project, organisations=True))

    def describe_path(self, path: str) -> str:
        from projects.snapshot import describe_path

        return describe_path(path)

    def audit_object(self, document: Document):
        return document.project

    def section_action(self, key: str) -> str:
        return f"section:{key}"


APPLICATION = register(ApplicationType())
