"""The funding body's portfolio: the filtered list with its totals, and its exports."""

from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.utils import timezone, translation
from django.views.decorators.http import require_GET

from portal import organisation_chooser
from portal.models import Organisation, OrganisationKind
from portal.spreadsheets import CSV_TYPE, XLSX_TYPE, download
from reports.portfolio import background, exports, page_parts
from reports.portfolio.access import portfolio_for
from reports.portfolio.choosers import CHOOSERS, portfolio_organisations
from reports.portfolio.kept import PortfolioStamps
from reports.portfolio.models import LedgerImport, PortfolioExport, ReportedStatistic
from reports.portfolio.selectors import SORTS


@login_required
def portfolio(request):
    scope = portfolio_for(request.user, request.GET.get("funding_body"))
    body = scope.funding_body
    stamped = PortfolioStamps(body.pk)
    written = page_parts.written_filter(request.GET, stamped)
    criteria = written.criteria
    rows, totals = page_parts.listed(request.GET, stamped, criteria)
    page = page_parts.page_of(rows, stamped, criteria, request.GET.get("sida"))
    query = request.GET.copy()
    query.pop("sida", None)
    sort_query = query.copy()
    sort_query.pop("sort", None)
    statistics = []
    if criteria.year:
        statistics = list(ReportedStatistic.objects.filter(funding_body=body,
                                                           year=criteria.year))
    notes = [ledger for ledger in LedgerImport.objects.filter(funding_body=body)
             .only("file_name", "year", "note") if ledger.note
             and (not criteria.year or ledger.year == criteria.year)]
    return render(request, "portfolio/portfolio.html", {
        "scope": scope, "body": body, "filter_fields": written.fields, "page": page,
        "totals": totals,
        "criteria": criteria, "sort": rows.sort, "sorts": SORTS,
        "query": query.urlencode(), "sort_query": sort_query.urlencode(),
        "statistics": statistics, "notes": notes,
        "bodies": Organisation.objects.filter(kind=OrganisationKind.FUNDING_BODY)
        if request.user.is_superuser else [],
        "this_year": timezone.localdate().year,
    })


@login_required
@require_GET
def suggestions(request, field):
    """HTMX: the municipalities or financiers of the person's portfolio whose name (or
    organisation number) has the text typed so far, as the chooser's options."""
    if field not in CHOOSERS:
        raise Http404
    scope = portfolio_for(request.user, request.GET.get("funding_body"))
    text = request.GET.get(field + organisation_chooser.SEARCH_SUFFIX, "")
    target = "".join(c for c in request.GET.get("for", "") if c.isalnum() or c in "-_")
    within = portfolio_organisations(scope.funding_body.pk)[field]
    return render(request, "includes/organisation_options.html", {
        "organisations": organisation_chooser.search(text, within=within),
        "for": target or f"id_{field}", "text": organisation_chooser.printable(text),
    })


@login_required
def export(request, kind):
    if kind not in ("xlsx", "csv"):
        raise Http404
    scope = portfolio_for(request.user, request.GET.get("funding_body"))
    body_id = scope.funding_body.pk
    stamped = PortfolioStamps(body_id)
    criteria, rows, totals = page_parts.exported(request.GET, stamped)
    if totals.count > background.BACKGROUND_ROWS:
        job = background.request_export(
            user=request.user, funding_body_id=body_id, kind=kind,
            query=request.GET.urlencode(), total=totals.count,
            language=translation.get_language() or "sv")
        return redirect("portfolio:export_job", job_id=job.pk)
    # Kept like the page: the same filter's file again is read back until a line changes.
    # Few enough rows to read in one plain query rather than through a cursor.
    data = stamped.kept(
        "portfolio-export", (criteria, rows.sort, kind, translation.get_language()),
        lambda: exports.file_bytes(kind, rows[:background.BACKGROUND_ROWS], totals))
    return download(data, f"portfolio-{timezone.localdate().isoformat()}.{kind}")


def _own_job(request, job_id: int) -> PortfolioExport:
    portfolio_for(request.user)  # only funding-body staff have portfolio exports (403)
    job = PortfolioExport.objects.filter(pk=job_id, requested_by=request.user).first()
    if job is None:
        raise Http404  # another person's export does not exist for this one
    return job


def _job_context(job: PortfolioExport) -> dict:
    return {"job": job, "ready": background.file_of(job) is not None}


@login_required
@require_GET
def export_job(request, job_id):
    job = _own_job(request, job_id)
    return render(request, "portfolio/export_job.html", _job_context(job))


@login_required
@require_GET
def export_job_status(request, job_id):
    """The part of the page that follows the job (fetched again while it runs)."""
    job = _own_job(request, job_id)
    return render(request, "portfolio/partials/export_status.html", _job_context(job))


@login_required
@require_GET
def export_job_download(request, job_id):
    job = _own_job(request, job_id)
    path = background.file_of(job)
    if path is None:
        raise Http404
    return FileResponse(path.open("rb"), as_attachment=True, filename=job.file_name,
                        content_type=CSV_TYPE if job.kind == "csv" else XLSX_TYPE)
