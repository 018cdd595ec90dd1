"""Writing reports: starting a status report or the final report, and moving them through
their workflow. Each checks the person's right and the document's state inside the lock; the
final report moves with the project's workflow step "final report submitted"."""

from datetime import date

from django.db import transaction
from django.db.models import Max
from django.utils.translation import gettext as _

from portal.audit import record_event
from projects.access import access_for
from projects.documents.services import Moved, run_transition
from projects.models import Document, DocumentKind, Project, ReportStatus
from projects.services import workflow
from projects.services.errors import NotAllowed, ServiceError, TransitionNotAllowed
from reports.outlines import outline_for
from reports.report_type import ReportAccess


class InvalidPeriod(ServiceError):
    pass


def _locked_project(project: Project) -> Project:
    return (Project.objects.select_for_update().select_related("programme__funding_body")
            .get(pk=project.pk))


def _writer(project: Project, actor) -> ReportAccess:
    abilities = ReportAccess(access_for(actor, project))
    if not abilities.access.is_writer:
        raise NotAllowed(_("Only the project's manager and team members write its reports."))
    if not abilities.can_write_report:
        raise TransitionNotAllowed(_("Reports are written while the project is approved or "
                                     "running."))
    return abilities


@transaction.atomic
def start_status_report(*, project: Project, actor, period_start: date,
                        period_end: date) -> Document:
    """A new status report for a reporting period that overlaps no other."""
    locked = _locked_project(project)
    _writer(locked, actor)
    outline = outline_for(locked, DocumentKind.STATUS_REPORT)
    if outline is None:
        raise TransitionNotAllowed(_("The programme asks for no status reports."))
    if period_start is None or period_end is None or period_end < period_start:
        raise InvalidPeriod(_("The period needs a start and an end on or after it."))
    reports = Document.objects.filter(project=locked, kind=DocumentKind.STATUS_REPORT)
    overlapping = reports.filter(period_start__lte=period_end, period_end__gte=period_start)
    other = overlapping.first()
    if other is not None:
        raise InvalidPeriod(_("The period overlaps status report %(number)s (%(start)s – "
                              "%(end)s).") % {"number": other.number,
                                             "start": other.period_start,
                                             "end": other.period_end})
    number = (reports.aggregate(last=Max("number"))["last"] or 0) + 1
    document = Document.objects.create(
        project=locked, kind=DocumentKind.STATUS_REPORT, number=number,
        period_start=period_start, period_end=period_end, status=ReportStatus.DRAFT,
        outline=outline.slug, created_by=actor)
    record_event(actor=actor, obj=document, action="report:start", project_id=locked.pk,
                 detail=str(document))
    return document


@transaction.atomic
def start_final_report(*, project: Project, actor) -> Document:
    locked = _locked_project(project)
    _writer(locked, actor)
    existing = Document.objects.filter(project=locked, kind=DocumentKind.FINAL_REPORT).first()
    if existing is not None:
        return existing
    outline = outline_for(locked, DocumentKind.FINAL_REPORT)
    if outline is None:
        raise TransitionNotAllowed(_("The programme asks for no final report."))
    document = Document.objects.create(
        project=locked, kind=DocumentKind.FINAL_REPORT, number=1,
        period_start=locked.start_date, period_end=locked.end_date,
        status=ReportStatus.DRAFT, outline=outline.slug, created_by=actor)
    record_event(actor=actor, obj=document, action="report:start", project_id=locked.pk,
                 detail=str(document))
    return document


@transaction.atomic
def submit_report(*, document: Document, actor) -> None:
    """A status report is submitted on its own; the final report with the project's step."""
    if document.kind == DocumentKind.FINAL_REPORT:
        workflow.submit_final_report(project=document.project, actor=actor)
    else:
        run_transition(document=document, name="submit", actor=actor)


@transaction.atomic
def return_report(*, document: Document, actor, comment: str) -> None:
    if document.kind == DocumentKind.FINAL_REPORT:
        if not comment.strip():
            raise TransitionNotAllowed(_("Say what needs completing."))
        workflow.return_final_report(project=document.project, actor=actor, comment=comment)
    else:
        run_transition(document=document, name="return", actor=actor, comment=comment)


@transaction.atomic
def approve_report(*, document: Document, actor, comment: str = "") -> Moved:
    return run_transition(document=document, name="approve", actor=actor, comment=comment)


# The project's workflow steps move its final report with it ------------------------------

def final_report_of(project: Project) -> Document | None:
    return Document.objects.filter(project_id=project.pk, kind=DocumentKind.FINAL_REPORT).first()


def on_final_report_submitted(project: Project, actor, comment: str = "") -> None:
    document = final_report_of(project)
    if document is None:
        if outline_for(project, DocumentKind.FINAL_REPORT) is None:
            return  # a funding body's own report: nothing else to submit
        raise TransitionNotAllowed(_("Write the final report first (the Reports tab); "
                                     "submitting it submits the project's final report."))
    run_transition(document=document, name="submit", actor=actor)


def on_final_report_returned(project: Project, actor, comment: str = "") -> None:
    document = final_report_of(project)
    if document is not None and document.status == ReportStatus.SUBMITTED:
        run_transition(document=document, name="return", actor=actor, comment=comment)


def on_project_closed(project: Project, actor, comment: str = "") -> None:
    document = final_report_of(project)
    if document is not None and document.status == ReportStatus.SUBMITTED:
        run_transition(document=document, name="approve", actor=actor, comment=comment)
