"""The portfolio's background tasks (run by `manage.py worker`)."""

from django_tasks import task


@task()
def refresh_lights(project_id: int) -> None:
    from reports.portfolio.freshness import refresh

    refresh(project_id)


@task()
def build_portfolio_export(job_id: int) -> None:
    from reports.portfolio.background import build

    build(job_id)
