"""Sections: what a document is written in. A section knows what it holds, when it applies,
what is missing, how its content reads as plain data, and how to write what a person sent.

Two kinds live here and in the application: `TextSection` keeps its text in the document's
own section state (reports); the application's sections are fields and rows of the project
(`projects.sections.Section`). The engine treats both alike.
"""

from dataclasses import dataclass, field
from typing import Any, Protocol

from django.utils.translation import gettext as _

from portal.types import Text
from projects.models import Document, SectionState
from projects.services.errors import ServiceError

# Bounds that keep one save and one comparison cheap; a real application stays far below.
MAX_TEXT_LENGTH = 30_000
MAX_ROWS = 200


@dataclass(frozen=True)
class RowInput:
    """One row of a list in a section: an existing row by id, or a new one (id None)."""

    id: int | None
    values: dict[str, Any]
    delete: bool = False


@dataclass(frozen=True)
class SectionInput:
    """What a person sent for one section, as plain data: field values and row lists."""

    fields: dict[str, Any] = field(default_factory=dict)
    rows: dict[str, list[RowInput]] = field(default_factory=dict)


class InvalidSection(ServiceError):
    """What cannot be saved, keyed by where it was typed: a field name, or
    `list_name`, `list_name.index` or `list_name.index.field` for rows."""

    def __init__(self, errors: dict[str, list[str]]):
        self.errors = errors
        super().__init__("; ".join(f"{k}: {' '.join(v)}" for k, v in errors.items()))


class Section(Protocol):
    key: str
    title: Any

    def applies_to(self, document: Document) -> bool: ...

    def missing(self, document: Document) -> list[Text]: ...

    def content(self, document: Document) -> dict: ...

    def write(self, document: Document, data: SectionInput, state: SectionState) -> None: ...


def text_too_long(value: Any, limit: int = MAX_TEXT_LENGTH) -> str:
    if isinstance(value, str) and len(value) > limit:
        return _("At most %(limit)s characters; this is %(length)s.") % {
            "limit": f"{limit:,}".replace(",", "\u00a0"),
            "length": f"{len(value):,}".replace(",", "\u00a0")}
    return ""


@dataclass(frozen=True)
class TextField:
    name: str
    label: Any
    required: bool = True
    help_text: Any = ""
    max_length: int = MAX_TEXT_LENGTH


@dataclass(frozen=True)
class TextSection:
    """A section of Markdown texts kept in the document's own section state."""

    key: str
    title: Any
    fields: tuple[TextField, ...]
    intro: Any = ""

    def applies_to(self, document: Document) -> bool:
        return True

    def _state(self, document: Document) -> SectionState | None:
        states = getattr(document, "_section_states", None)
        if states is None:
            states = {s.section: s for s in document.section_states.all()}
            document._section_states = states
        return states.get(self.key)

    def texts(self, document: Document) -> dict[str, str]:
        state = self._state(document)
        saved = state.content if state is not None else {}
        return {f.name: str(saved.get(f.name, "")) for f in self.fields}

    def missing(self, document: Document) -> list[Text]:
        texts = self.texts(document)
        return [_("%(field)s is empty") % {"field": str(f.label)}
                for f in self.fields if f.required and not texts[f.name].strip()]

    def content(self, document: Document) -> dict:
        return {"fields": self.texts(document)}

    def write(self, document: Document, data: SectionInput, state: SectionState) -> None:
        errors = {}
        values = {}
        for spec in self.fields:
            value = str(data.fields.get(spec.name, "") or "").strip()
            if problem := text_too_long(value, spec.max_length):
                errors[spec.name] = [problem]
            values[spec.name] = value
        if unknown := set(data.fields) - {f.name for f in self.fields}:
            errors["__all__"] = [_("Not a field of this section: %(names)s")
                                 % {"names": ", ".join(sorted(unknown))}]
        if errors:
            raise InvalidSection(errors)
        state.content = values
        state.save(update_fields=["content"])
        document._section_states = None  # read again after the write


