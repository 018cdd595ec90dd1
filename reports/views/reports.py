"""Status reports and the final report: start one, read it with its figures, write its
sections, submit, return or approve it, and print any version of it."""

from datetime import date

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_POST

from projects.access import project_for
from projects.documents.types import type_of
from projects.documents.versions import opened
from projects.models import Document, DocumentKind, ReportStatus
from projects.pages import project_context
from projects.services.errors import ApplicationIncomplete, NotAllowed, ServiceError
from projects.views.section_page import SectionPage, section_page
from reports import services
from reports.application import NoSuchVersion
from reports.report_print import AsAt, kind_title, report_content, report_print, shown_sections
from reports.report_type import ReportAccess
from reports.views.common import TAB, language_of, number_of, preview_response
from reports.views.printing import served

KINDS: dict[str, str] = {"lagesrapport": DocumentKind.STATUS_REPORT,
                         "slutrapport": DocumentKind.FINAL_REPORT}
SLUGS: dict[str, str] = {kind: slug for slug, kind in KINDS.items()}
# The printed document each kind of report is (reports.documents names them so).
SLUGS_TO_DOCUMENT = {"lagesrapport": "status", "slutrapport": "final"}


def report_for(user, slug: str, kind: str, number: int, ability: str = "can_view"):
    """(project, abilities, document): 404 for a report of another project or none."""
    if kind not in KINDS:
        raise Http404
    project, access = project_for(user, slug)
    abilities = ReportAccess(access).require(ability)
    document = (Document.objects.filter(project=project, kind=KINDS[kind], number=number)
                .first())
    if document is None:
        raise Http404
    document.project = project
    return project, abilities, document


def report_url(document: Document, name: str = "reports:report") -> str:
    return reverse(name, args=[document.project.slug, SLUGS[document.kind], document.number])


@login_required
@require_POST
def start_status_report(request, slug):
    project, _access = project_for(request.user, slug)
    try:
        start = date.fromisoformat(request.POST.get("period_start", ""))
        end = date.fromisoformat(request.POST.get("period_end", ""))
    except ValueError:
        messages.error(request, _("Give the period's first and last day (YYYY-MM-DD)."))
        return redirect("reports:documents", slug=slug)
    try:
        document = services.start_status_report(project=project, actor=request.user,
                                                period_start=start, period_end=end)
    except NotAllowed as refused:
        raise_forbidden(refused)
    except ServiceError as error:
        messages.error(request, str(error))
        return redirect("reports:documents", slug=slug)
    return redirect(report_url(document))


@login_required
@require_POST
def start_final_report(request, slug):
    project, _access = project_for(request.user, slug)
    try:
        document = services.start_final_report(project=project, actor=request.user)
    except NotAllowed as refused:
        raise_forbidden(refused)
    except ServiceError as error:
        messages.error(request, str(error))
        return redirect("reports:documents", slug=slug)
    return redirect(report_url(document))


def raise_forbidden(error):
    from django.core.exceptions import PermissionDenied

    raise PermissionDenied(str(error))


@login_required
@require_GET
def report(request, slug, kind, number):
    project, abilities, document = report_for(request.user, slug, kind, number)
    document_type = type_of(document)
    versions = list(document.versions.select_related("created_by").order_by("-number"))
    # A report in the funding body's hands reads as it was frozen; one being written, live.
    frozen = versions[0] if versions and document.status in (
        ReportStatus.SUBMITTED, ReportStatus.APPROVED) else None
    content = report_content(document, frozen) if abilities.can_read_report else {}
    editable = (document_type.may_write(abilities.access, document)
                and document_type.is_open(abilities.access, document))
    gaps = document_type.missing(document) if abilities.can_submit_report and editable else {}
    return render(request, "reports/report.html", project_context(
        project, abilities.access, TAB, report=document, title=kind_title(document),
        abilities=abilities, editable=editable, gaps=gaps, versions=versions,
        sections=shown_sections(content), figures=content.get("figures", {}),
        version=frozen or AsAt(timezone.now()), frozen=frozen,
        language=language_of(request), kind_slug=kind,
        may_submit=abilities.can_submit_report and document.status in (
            ReportStatus.DRAFT, ReportStatus.RETURNED) and abilities.lifecycle.is_follow_up,
        may_decide=abilities.can_decide_report and document.status == ReportStatus.SUBMITTED,
    ))


@login_required
def report_section(request, slug, kind, number, key):
    project, abilities, document = report_for(request.user, slug, kind, number)
    content = None

    def context(**extra):
        nonlocal content
        if content is None:
            content = report_content(document, None)
        section = next((s for s in shown_sections(content) if s["key"] == key), None)
        return project_context(project, abilities.access, TAB, report=document,
                               title=kind_title(document), figures=content.get("figures", {}),
                               shown=section, report_url=report_url(document),
                               version=AsAt(timezone.now()),
                               **extra)

    return section_page(request, document=document, access=abilities.access, key=key,
                        page=SectionPage(
                            section_url=lambda other: reverse(
                                "reports:report_section",
                                args=[slug, kind, number, other]),
                            done_url=report_url(document), context=context,
                            template="reports/section.html"))


TRANSITIONS = {
    "skicka-in": (lambda d, u, c: services.submit_report(document=d, actor=u),
                  gettext_lazy("The report was submitted.")),
    "returnera": (lambda d, u, c: services.return_report(document=d, actor=u, comment=c),
                  gettext_lazy("The report was returned.")),
    "godkann": (lambda d, u, c: services.approve_report(document=d, actor=u, comment=c),
                gettext_lazy("The report was approved.")),
}
ABILITY = {"skicka-in": "can_submit_report", "returnera": "can_decide_report",
           "godkann": "can_decide_report"}


@login_required
@require_POST
def report_transition(request, slug, kind, number, action):
    if action not in TRANSITIONS:
        raise Http404
    _project, _abilities, document = report_for(request.user, slug, kind, number,
                                                ABILITY[action])
    run, done = TRANSITIONS[action]
    try:
        run(document, request.user, request.POST.get("comment", ""))
    except ApplicationIncomplete as gaps:
        messages.error(request, _("The report is not complete: %(gaps)s") % {"gaps": gaps})
    except ServiceError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, str(done))
    return redirect(report_url(document))


def _job(document, version: int | None, language: str):
    try:
        return report_print(document, version=version, language=language)
    except NoSuchVersion as missing:
        raise Http404 from missing


@login_required
@require_GET
def report_pdf(request, slug, kind, number):
    project, _abilities, document = report_for(request.user, slug, kind, number,
                                               "can_read_report")
    return served(request, project, SLUGS_TO_DOCUMENT[kind], report_number=document.number,
                  version=number_of(request, "version"), language=language_of(request),
                  archival=request.GET.get("arkiv") == "1")


@login_required
@require_GET
def report_preview(request, slug, kind, number):
    project, _abilities, document = report_for(request.user, slug, kind, number,
                                               "can_read_report")
    language, version = language_of(request), number_of(request, "version")
    query = request.GET.urlencode()
    pdf_url = report_url(document, "reports:report_pdf") + (f"?{query}" if query else "")
    return preview_response(project, "report", (document.pk, version, language),
                            lambda: _job(document, version, language), pdf_url=pdf_url)


@login_required
@require_GET
def report_compare(request, slug, kind, number):
    """Two frozen versions of the report, value by value."""
    from projects.documents.compare import compare

    project, abilities, document = report_for(request.user, slug, kind, number,
                                              "can_read_report")
    versions = list(document.versions.order_by("number"))
    by_number = {str(v.number): v for v in versions}
    old = by_number.get(request.GET.get("fran")) or (versions[-2] if len(versions) > 1 else None)
    new = by_number.get(request.GET.get("till")) or (versions[-1] if versions else None)
    differences = compare(opened(old), opened(new)) if old and new and old != new else []
    return render(request, "reports/compare.html", project_context(
        project, abilities.access, TAB, report=document, title=kind_title(document),
        versions=versions, old=old, new=new, differences=differences,
        report_url=report_url(document)))
