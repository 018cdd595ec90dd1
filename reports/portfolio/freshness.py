"""Keeping the stored traffic lights fresh, so the portfolio's "off track" filter and count
are true without anyone opening the dashboard: a project's lights are recomputed in the
background after every audited change of it (once per transaction, however many rows it
wrote), and every granted project's once a day by `refresh_status_lights` (the time light
moves with the calendar alone; docs/deploy.md schedules it)."""

from django.db import connection, transaction

from projects.lifecycle import FUNDED_STATUSES
from projects.models import Project


class _Refresh:
    """The after-commit callback for one project; its id lets a transaction queue it once."""

    def __init__(self, project_id: int):
        self.project_id = project_id

    def __call__(self) -> None:
        from reports.portfolio.tasks import refresh_lights

        refresh_lights.enqueue(self.project_id)


def project_changed(project_id: int) -> None:
    """Registered with the audit trail: queue a refresh of the project's lights once the
    change is committed (nothing when it is rolled back)."""
    if connection.in_atomic_block and any(
            isinstance(waiting[1], _Refresh) and waiting[1].project_id == project_id
            for waiting in connection.run_on_commit):  # (savepoints, callback, robust)
        return
    transaction.on_commit(_Refresh(project_id))


def refresh(project_id: int) -> bool:
    """Recompute and store today's lights of the project (and, where the web workers share
    kept pages, today's dashboard and its funding body's first portfolio page); False when
    it is gone or not granted (an application has no lights to judge)."""
    from reports.portfolio import board_cache, page_parts

    project = (Project.objects.filter(pk=project_id, status__in=FUNDED_STATUSES)
               .select_related("programme", "programme__funding_body").first())
    if project is None:
        return False
    board_cache.refresh(project)
    # Last: storing the lights may itself have moved the funding body's stamp.
    page_parts.prepare_first_page(project.programme.funding_body_id)
    return True
