"""What a kind of document is: its sections, its snapshot, its states and transitions, and who
may write it. Each kind registers one DocumentType; the engine asks it, never the kind."""

from collections.abc import Callable
from dataclasses import dataclass

from portal.types import Text
from projects.documents.sections import Section
from projects.models import Document

Upgrade = Callable[[dict], dict]


@dataclass(frozen=True)
class Transition:
    """One step of a document's workflow.

    `ability` names a property of the type's abilities object; `comment_required` is the
    message when a comment is needed and missing; `freezes` the VersionKind to freeze after
    the move; `requires_complete` refuses the step while anything is missing."""

    name: str
    sources: frozenset[str]
    target: str
    ability: str
    comment_required: Text = ""
    freezes: str = ""
    requires_complete: bool = False
    refused: Text = ""  # what the person is told when they may not take this step


class DocumentType:
    """Base of a kind of document. Subclasses fill in the parts marked below."""

    kind: str = ""
    status_action = "status"  # the audit action of a move in its workflow
    status_labels: dict[str, Text] = {}
    schema = 1  # the snapshot format frozen today
    upgrades: dict[int, Upgrade] = {}  # from schema n to n + 1, for versions frozen earlier
    transitions: dict[str, Transition] = {}

    # Sections ------------------------------------------------------------------------------
    def sections(self, document: Document) -> list[Section]:
        raise NotImplementedError

    def section(self, document: Document, key: str) -> Section | None:
        return next((s for s in self.sections(document) if s.key == key), None)

    def missing(self, document: Document) -> dict[str, list[Text]]:
        """Every gap that stops submission, by heading, in reading order."""
        gaps: dict[str, list[Text]] = {str(s.title): s.missing(document)
                                       for s in self.sections(document)}
        return {heading: problems for heading, problems in gaps.items() if problems}

    # State and rights ----------------------------------------------------------------------
    def status(self, document: Document) -> str:
        return document.status

    def set_status(self, document: Document, status: str) -> None:
        document.status = status
        document.save(update_fields=["status"])

    def abilities(self, access, document: Document):
        """The object whose properties the transitions' abilities name."""
        return access

    def may_write(self, access, document: Document) -> bool:
        """The person's role lets them write this document."""
        raise NotImplementedError

    def is_open(self, access, document: Document) -> bool:
        """The document's state lets it change now."""
        raise NotImplementedError

    def closed_message(self, document: Document) -> str:
        """Why a save was refused because of the document's state."""
        raise NotImplementedError

    def read_only_reason(self, document: Document) -> str:
        """Shown to a writer on a section they can no longer change."""
        return self.closed_message(document)

    # Snapshot, audit and words -------------------------------------------------------------
    def snapshot(self, document: Document) -> dict:
        raise NotImplementedError

    def upgrade(self, content: dict) -> dict:
        """A frozen version's content in today's format, whichever schema it was frozen in."""
        schema = int(content.get("schema", 1))
        while schema < self.schema:
            content = self.upgrades[schema](content)
            schema += 1
            content = {**content, "schema": schema}
        return content

    def describe_path(self, path: str) -> str:
        return path

    def audit_object(self, document: Document):
        return document

    def section_action(self, key: str) -> str:
        return f"{self.kind}:section:{key}"


_types: dict[str, DocumentType] = {}


def register(document_type: DocumentType) -> DocumentType:
    _types[document_type.kind] = document_type
    return document_type


def type_of(document: Document) -> DocumentType:
    return _types[document.kind]


def registered_types() -> list[DocumentType]:
    return list(_types.values())


def type_for_kind(kind: str) -> DocumentType:
    return _types[kind]
