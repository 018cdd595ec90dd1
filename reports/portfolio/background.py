"""Exports of a large filtered portfolio, made by the task worker: the page asks, the worker
writes the file under the reports' export folder (whole or not at all) and the person who
asked downloads it from the job's page. A small export stays immediate."""

import os
from pathlib import Path

from django.db import transaction
from django.http import QueryDict
from django.utils import timezone, translation

from reports.exports import export_root
from reports.portfolio import exports, page_parts
from reports.portfolio.access import portfolio_for
from reports.portfolio.kept import PortfolioStamps
from reports.portfolio.models import PortfolioExport

# More rows than this are exported in the background. Writing an xlsx costs about 0.1 ms a
# row beside some 9 ms for the request, its queries and the totals sheet (measured: 84 rows of
# the largest body's portfolio in 14 ms, 23 rows in 10 ms), so fifty rows keep the download
# as quick as a page.
BACKGROUND_ROWS = 50


def request_export(*, user, funding_body_id: int, kind: str, query: str, total: int,
                   language: str) -> PortfolioExport:
    """Queue the export of the portfolio filtered as `query` (the page's own filter)."""
    scope = portfolio_for(user, funding_body_id)  # 403 for whoever has no such portfolio
    job = PortfolioExport.objects.create(requested_by=user, funding_body=scope.funding_body,
                                         kind=kind, query=query, total=total,
                                         language=language)
    transaction.on_commit(lambda: _enqueue(job.pk))
    return job


def _enqueue(job_id: int) -> None:
    from reports.portfolio.tasks import build_portfolio_export

    build_portfolio_export.enqueue(job_id)


def file_name(job: PortfolioExport) -> str:
    return f"portfolio-{job.created_at:%Y-%m-%d}-{job.pk}.{job.kind}"


def build(job_id: int) -> None:
    """The worker's part: the person's access checked again (they may have moved on), the
    rows read as the page would, the file written under a temporary name, then renamed."""
    job = PortfolioExport.objects.select_related("requested_by").get(pk=job_id)
    if job.status == "done":
        return
    PortfolioExport.objects.filter(pk=job.pk).update(status="running", error="")
    final = export_root() / file_name(job)
    partial = final.with_name(final.name + ".part")
    try:
        with translation.override(job.language):
            data = _file_bytes(job)
        partial.write_bytes(data)
        os.replace(partial, final)
    except Exception as error:
        partial.unlink(missing_ok=True)
        PortfolioExport.objects.filter(pk=job.pk).update(
            status="failed", error=str(error)[:2000] or type(error).__name__,
            updated_at=timezone.now())
        raise
    PortfolioExport.objects.filter(pk=job.pk).update(
        status="done", file_name=final.name, file_size=len(data), updated_at=timezone.now())


def _file_bytes(job: PortfolioExport) -> bytes:
    scope = portfolio_for(job.requested_by, job.funding_body_id)
    _criteria, rows, totals = page_parts.exported(QueryDict(job.query),
                                                  PortfolioStamps(scope.funding_body.pk))
    return exports.file_bytes(job.kind, rows, totals)


def file_of(job: PortfolioExport) -> Path | None:
    """The finished file, or None: never a partial one."""
    if job.status != "done" or not job.file_name:
        return None
    path = export_root() / job.file_name
    return path if path.is_file() else None
