"""The application's workflow. Each transition is one named service running the document
engine's step: it checks the person's right and the current status inside the lock, freezes a
version where the rules say so, and records who and when.

draft → submitted → (returned → submitted) → approved | rejected → running
      → final report submitted → closed
"""

from decimal import Decimal

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from portal.audit import record_event
from portal.types import Text
from projects import extensions, notifications
from projects.access import access_for
from projects.application import APPLICATION, application_of
from projects.documents.services import freeze_version, lock_document, run_transition
from projects.models import (
    ChangeRequest,
    ChangeRequestStatus,
    DocumentVersion,
    Project,
    VersionKind,
)
from projects.services.errors import ApplicationIncomplete, TransitionNotAllowed


def missing_for_submission(project: Project) -> dict[str, list[Text]]:
    """Every gap that stops submission, by section heading, in reading order."""
    return APPLICATION.missing(application_of(project))


def _step(project: Project, name: str, actor, comment: str = "") -> DocumentVersion | None:
    moved = run_transition(document=application_of(project), name=name, actor=actor,
                           comment=comment)
    project.status = moved.document.project.status
    notifications.notify(moved.document.project, name, actor, comment)
    return moved.version


def _frozen(version: DocumentVersion | None) -> DocumentVersion:
    if version is None:
        raise RuntimeError("this step freezes a version")  # a Transition without `freezes`
    return version


@transaction.atomic
def submit_application(*, project: Project, actor) -> DocumentVersion:
    return _frozen(_step(project, "submit", actor))


@transaction.atomic
def return_application(*, project: Project, actor, comment: str) -> None:
    _step(project, "return", actor, comment)


@transaction.atomic
def approve_application(
    *, project: Project, actor, granted_amount: Decimal | None, comment: str = ""
) -> DocumentVersion:
    if granted_amount is not None and granted_amount < 0:
        raise TransitionNotAllowed(_("The granted amount cannot be negative."))
    document = lock_document(application_of(project))
    locked = document.project
    old_amount = locked.granted_amount
    # The amount is part of the decision, so it is set before the approved version freezes.
    locked.granted_amount = granted_amount
    locked.save(update_fields=["granted_amount"])
    version = _step(project, "approve", actor, comment)
    record_event(actor=actor, obj=locked, action="granted_amount", project_id=locked.pk,
                 old="" if old_amount is None else str(old_amount),
                 detail="" if granted_amount is None else str(granted_amount))
    project.granted_amount = granted_amount
    return _frozen(version)


@transaction.atomic
def reject_application(*, project: Project, actor, comment: str) -> None:
    _step(project, "reject", actor, comment)


@transaction.atomic
def start_project(*, project: Project, actor) -> None:
    _step(project, "start", actor)


@transaction.atomic
def submit_final_report(*, project: Project, actor) -> None:
    """Checked first: a final report with an outcome report still being written would send
    figures nobody has stood behind."""
    lock_document(application_of(project))
    problems = extensions.final_report_problems(project)
    if problems:
        raise ApplicationIncomplete(problems)
    _step(project, "submit_final_report", actor)
    extensions.run_workflow_hooks("submit_final_report", project, actor)


@transaction.atomic
def return_final_report(*, project: Project, actor, comment: str) -> None:
    _step(project, "return_final_report", actor, comment)
    extensions.run_workflow_hooks("return_final_report", project, actor, comment)


@transaction.atomic
def close_project(*, project: Project, actor, comment: str = "") -> None:
    _step(project, "close", actor, comment)
    extensions.run_workflow_hooks("close", project, actor, comment)


# Change requests: how an approved application changes without losing what was approved.

def _locked_with_access(project: Project, actor):
    document = lock_document(application_of(project))
    return document, access_for(actor, document.project)


@transaction.atomic
def open_change_request(*, project: Project, actor, reason: str) -> ChangeRequest:
    document, access = _locked_with_access(project, actor)
    current = document.project
    if not access.can_submit:
        raise TransitionNotAllowed(_("Only the project manager can ask for a change."))
    if not access.lifecycle.is_follow_up:
        raise TransitionNotAllowed(_("Only an approved or running project is changed this way."))
    if access.lifecycle.pending_change_request is not None:
        raise TransitionNotAllowed(_("A change request is already under way."))
    if not reason.strip():
        raise TransitionNotAllowed(_("Say what should change and why."))
    change = ChangeRequest.objects.create(project=current, reason=reason, opened_by=actor)
    record_event(actor=actor, obj=current, action="change_request:open",
                 project_id=current.pk, detail=reason)
    return change


@transaction.atomic
def submit_change_request(*, project: Project, actor) -> DocumentVersion:
    document, access = _locked_with_access(project, actor)
    current = document.project
    change = _pending_change(current, ChangeRequestStatus.OPEN)
    if not access.can_submit:
        raise TransitionNotAllowed(_("Only the project manager can submit the change."))
    gaps = APPLICATION.missing(document)
    if gaps:
        raise ApplicationIncomplete(gaps)
    change.status = ChangeRequestStatus.SUBMITTED
    change.version = freeze_version(document, actor, VersionKind.CHANGE)
    change.save(update_fields=["status", "version"])
    record_event(actor=actor, obj=current, action="change_request:submit", project_id=current.pk)
    notifications.notify(current, "change_request:submit", actor)
    return change.version


@transaction.atomic
def decide_change_request(*, project: Project, actor, approve: bool, comment: str = ""):
    """Approve the change, or send it back to the manager for another round."""
    document, access = _locked_with_access(project, actor)
    current = document.project
    change = _pending_change(current, ChangeRequestStatus.SUBMITTED)
    if not access.can_review:
        raise TransitionNotAllowed(_("Only the funding body decides on changes."))
    if not approve and not comment.strip():
        raise TransitionNotAllowed(_("Say what needs completing."))
    change.status = ChangeRequestStatus.APPROVED if approve else ChangeRequestStatus.OPEN
    change.decided_by, change.decided_at = actor, timezone.now()
    change.decision_comment = comment
    change.save(update_fields=["status", "decided_by", "decided_at", "decision_comment"])
    record_event(
        actor=actor, obj=current, project_id=current.pk, detail=comment,
        action="change_request:approve" if approve else "change_request:return",
    )
    notifications.notify(current, "change_request:approve" if approve
                         else "change_request:return", actor, comment)
    return change


def _pending_change(project: Project, status: str) -> ChangeRequest:
    change = project.change_requests.filter(status=status).first()
    if change is None:
        raise TransitionNotAllowed(_("There is no change request waiting for this step."))
    return change
