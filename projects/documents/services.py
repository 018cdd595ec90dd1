"""Writing documents: a section at a time under its revision check, freezing versions, and
moving through the workflow. Every write locks the project and then the document, and checks
the person's right and the document's state inside that lock, so a save that arrives after a
submission is refused and nothing frozen is touched."""

from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from portal.audit import record_changes, record_event
from projects import extensions
from projects.access import access_for
from projects.documents.compare import flatten
from projects.documents.sections import SectionInput
from projects.documents.types import type_of
from projects.models import Document, DocumentVersion, Project, SectionState, StatusChange
from projects.services.errors import (
    ApplicationIncomplete,
    DocumentClosed,
    NotAllowed,
    SectionConflict,
    ServiceError,
    TransitionNotAllowed,
)


def lock_document(document: Document) -> Document:
    """The document with its project, both locked for this transaction, read fresh.

    Always the project first: every write to a project and its documents takes the same
    order, so two writers wait for each other instead of deadlocking."""
    project = (Project.objects.select_for_update().select_related("programme__funding_body")
               .get(pk=document.project_id))
    locked = Document.objects.select_for_update().get(pk=document.pk)
    locked.project = project
    return locked


@transaction.atomic
def save_section(*, document: Document, key: str, actor, data: SectionInput,
                 expected_revision: int) -> SectionState:
    """Save one section's fields and rows, unless someone saved it since `expected_revision`.

    Of two people who opened the same revision only the first saves; the second gets
    SectionConflict and keeps what they typed. Only this section's content is written."""
    locked = lock_document(document)
    document_type = type_of(locked)
    access = access_for(actor, locked.project)
    if not document_type.may_write(access, locked):
        raise NotAllowed(_("You may not write in this document."))
    if not document_type.is_open(access, locked):
        raise DocumentClosed(document_type.closed_message(locked))
    section = document_type.section(locked, key)
    if section is None:
        raise ServiceError(_("The document has no such section."))
    state, _created = SectionState.objects.get_or_create(document=locked, section=key)
    state = SectionState.objects.select_for_update().get(pk=state.pk)
    if state.revision != expected_revision:
        raise SectionConflict(state)
    before = flatten(section.content(locked))
    section.write(locked, data, state)
    after = flatten(section.content(locked))
    record_changes(actor=actor, obj=document_type.audit_object(locked), before=before,
                   after=after, project_id=locked.project_id,
                   action=document_type.section_action(key))
    state.revision += 1
    state.saved_at = timezone.now()
    state.saved_by = actor if getattr(actor, "pk", None) else None
    state.save(update_fields=["revision", "saved_at", "saved_by"])
    return state


def freeze_version(document: Document, actor, kind: str) -> DocumentVersion:
    """The document as it stands, frozen with today's schema number, in the portal's first
    language whatever language the person froze it in, so that versions compare value by
    value (choice labels, category names) and not language by language."""
    document_type = type_of(document)
    for hook in extensions.freeze_hooks:
        hook(document, kind)  # e.g. finance stores the exchange rate applied
    last = (DocumentVersion.objects.filter(document=document).order_by("-number")
            .values_list("number", flat=True).first() or 0)
    with translation.override(settings.LANGUAGE_CODE):
        content = {"schema": document_type.schema, **document_type.snapshot(document)}
    return DocumentVersion.objects.create(
        document=document, number=last + 1, kind=kind,
        created_by=actor if getattr(actor, "pk", None) else None, content=content,
    )


@dataclass(frozen=True)
class Moved:
    document: Document
    version: DocumentVersion | None


@transaction.atomic
def run_transition(*, document: Document, name: str, actor, comment: str = "") -> Moved:
    """One step of the document's workflow: the person's right, the state it starts from,
    the comment it needs and the completeness it needs, then the move, its record and the
    frozen version where the step freezes one. Inside the caller's transaction when there is
    one (a savepoint), so what the caller wrote before the step is refused with it."""
    locked = lock_document(document)
    document_type = type_of(locked)
    transition = document_type.transitions[name]
    abilities = document_type.abilities(access_for(actor, locked.project), locked)
    if not getattr(abilities, transition.ability):
        raise TransitionNotAllowed(transition.refused or _("You may not do this in this project."))
    current = document_type.status(locked)
    if current not in transition.sources:
        raise TransitionNotAllowed(_("Not possible while it is “%(status)s”.")
                                   % {"status": status_label(locked, current)})
    if transition.comment_required and not comment.strip():
        raise TransitionNotAllowed(transition.comment_required)
    if transition.requires_complete:
        gaps = document_type.missing(locked)
        if gaps:
            raise ApplicationIncomplete(gaps)
    StatusChange.objects.create(project=locked.project, document=locked, from_status=current,
                                to_status=transition.target, actor=actor, comment=comment)
    # Moved before it is recorded: what follows every audited change (the portfolio's line)
    # reads the new status.
    document_type.set_status(locked, transition.target)
    record_event(actor=actor, obj=document_type.audit_object(locked),
                 action=document_type.status_action, project_id=locked.project_id,
                 old=current, detail=transition.target)
    version = freeze_version(locked, actor, transition.freezes) if transition.freezes else None
    return Moved(locked, version)


def status_label(document: Document, status: str) -> str:
    return str(type_of(document).status_labels.get(status, status))
