"""The workflow. Each transition is one named service: it checks the current status and
the person's right, freezes a version where the rules say so, and records who and when.

draft → submitted → (returned → submitted) → approved | rejected → running
      → final report submitted → closed
"""

from decimal import Decimal

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from portal.audit import record_event
from projects import extensions
from projects.access import access_for
from projects.models import (
    ApplicationVersion,
    ChangeRequest,
    ChangeRequestStatus,
    Project,
    ProjectStatus,
    StatusChange,
    VersionKind,
)
from projects.sections import PREFETCH, sections_for
from projects.services.errors import ApplicationIncomplete, TransitionNotAllowed
from projects.snapshot import build_snapshot

S = ProjectStatus


def missing_for_submission(project: Project) -> dict[str, list[str]]:
    """Every gap that stops submission, by section heading, in reading order."""
    project = _with_rows(project)
    gaps = {str(s.title): s.missing(project) for s in sections_for(project)}
    for check in extensions.submission_checks:
        for heading, problems in check(project).items():
            gaps.setdefault(str(heading), []).extend(problems)
    return {heading: problems for heading, problems in gaps.items() if problems}


def _with_rows(project: Project) -> Project:
    return Project.objects.select_related("programme").prefetch_related(*PREFETCH).get(
        pk=project.pk
    )


def _locked(project: Project) -> Project:
    return Project.objects.select_for_update().select_related("programme").get(pk=project.pk)


def _move(project: Project, actor, *, allowed_from: set, to: str, ability: str, comment=""):
    current = _locked(project)
    if not getattr(access_for(actor, current), ability):
        raise TransitionNotAllowed(_("You may not do this in this project."))
    if current.status not in allowed_from:
        raise TransitionNotAllowed(
            _("Not possible while the project is “%(status)s”.")
            % {"status": current.get_status_display()}
        )
    StatusChange.objects.create(
        project=current, from_status=current.status, to_status=to, actor=actor, comment=comment
    )
    record_event(
        actor=actor, obj=current, action="status", project_id=current.pk,
        old=current.status, detail=to,
    )
    current.status = to
    current.save(update_fields=["status", "updated_at"])
    project.status = to
    return current


def freeze_version(project: Project, actor, kind: str) -> ApplicationVersion:
    last = project.versions.order_by("-number").values_list("number", flat=True).first() or 0
    return ApplicationVersion.objects.create(
        project=project,
        number=last + 1,
        kind=kind,
        created_by=actor,
        content=build_snapshot(_with_rows(project)),
    )


@transaction.atomic
def submit_application(*, project: Project, actor) -> ApplicationVersion:
    gaps = missing_for_submission(project)
    if gaps:
        raise ApplicationIncomplete(gaps)
    current = _move(
        project, actor, allowed_from={S.DRAFT, S.RETURNED}, to=S.SUBMITTED, ability="can_submit"
    )
    return freeze_version(current, actor, VersionKind.SUBMITTED)


@transaction.atomic
def return_application(*, project: Project, actor, comment: str) -> None:
    if not comment.strip():
        raise TransitionNotAllowed(_("Say what needs completing."))
    _move(
        project, actor, allowed_from={S.SUBMITTED}, to=S.RETURNED,
        ability="can_review", comment=comment,
    )


@transaction.atomic
def approve_application(
    *, project: Project, actor, granted_amount: Decimal | None, comment: str = ""
) -> ApplicationVersion:
    if granted_amount is not None and granted_amount < 0:
        raise TransitionNotAllowed(_("The granted amount cannot be negative."))
    current = _move(
        project, actor, allowed_from={S.SUBMITTED}, to=S.APPROVED,
        ability="can_review", comment=comment,
    )
    current.granted_amount = granted_amount
    current.save(update_fields=["granted_amount"])
    project.granted_amount = granted_amount
    return freeze_version(current, actor, VersionKind.APPROVED)


@transaction.atomic
def reject_application(*, project: Project, actor, comment: str) -> None:
    if not comment.strip():
        raise TransitionNotAllowed(_("Give the reason for rejecting."))
    _move(
        project, actor, allowed_from={S.SUBMITTED}, to=S.REJECTED,
        ability="can_review", comment=comment,
    )


@transaction.atomic
def start_project(*, project: Project, actor) -> None:
    _move(project, actor, allowed_from={S.APPROVED}, to=S.RUNNING, ability="can_review")


@transaction.atomic
def submit_final_report(*, project: Project, actor) -> None:
    _move(
        project, actor, allowed_from={S.RUNNING}, to=S.FINAL_REPORT_SUBMITTED,
        ability="can_submit",
    )


@transaction.atomic
def return_final_report(*, project: Project, actor, comment: str) -> None:
    if not comment.strip():
        raise TransitionNotAllowed(_("Say what needs completing."))
    _move(
        project, actor, allowed_from={S.FINAL_REPORT_SUBMITTED}, to=S.RUNNING,
        ability="can_review", comment=comment,
    )


@transaction.atomic
def close_project(*, project: Project, actor, comment: str = "") -> None:
    _move(
        project, actor, allowed_from={S.FINAL_REPORT_SUBMITTED}, to=S.CLOSED,
        ability="can_review", comment=comment,
    )


# Change requests: how an approved application changes without losing what was approved.

@transaction.atomic
def open_change_request(*, project: Project, actor, reason: str) -> ChangeRequest:
    current = _locked(project)
    if not access_for(actor, current).can_submit:
        raise TransitionNotAllowed(_("Only the project manager can ask for a change."))
    if current.status not in {S.APPROVED, S.RUNNING}:
        raise TransitionNotAllowed(_("Only an approved or running project is changed this way."))
    if current.change_requests.filter(
        status__in=[ChangeRequestStatus.OPEN, ChangeRequestStatus.SUBMITTED]
    ).exists():
        raise TransitionNotAllowed(_("A change request is already under way."))
    if not reason.strip():
        raise TransitionNotAllowed(_("Say what should change and why."))
    change = ChangeRequest.objects.create(project=current, reason=reason, opened_by=actor)
    record_event(actor=actor, obj=current, action="change_request:open",
                 project_id=current.pk, detail=reason)
    return change


@transaction.atomic
def submit_change_request(*, project: Project, actor) -> ApplicationVersion:
    current = _locked(project)
    change = _pending_change(current, ChangeRequestStatus.OPEN)
    if not access_for(actor, current).can_submit:
        raise TransitionNotAllowed(_("Only the project manager can submit the change."))
    gaps = missing_for_submission(current)
    if gaps:
        raise ApplicationIncomplete(gaps)
    change.status = ChangeRequestStatus.SUBMITTED
    change.version = freeze_version(current, actor, VersionKind.CHANGE)
    change.save(update_fields=["status", "version"])
    record_event(actor=actor, obj=current, action="change_request:submit", project_id=current.pk)
    return change.version


@transaction.atomic
def decide_change_request(*, project: Project, actor, approve: bool, comment: str = ""):
    """Approve the change, or send it back to the manager for another round."""
    current = _locked(project)
    change = _pending_change(current, ChangeRequestStatus.SUBMITTED)
    if not access_for(actor, current).can_review:
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
    return change


def _pending_change(project: Project, status: str) -> ChangeRequest:
    change = project.change_requests.filter(status=status).first()
    if change is None:
        raise TransitionNotAllowed(_("There is no change request waiting for this step."))
    return change
