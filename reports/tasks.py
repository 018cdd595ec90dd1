"""The reports app's background tasks (Django's task API: the database backend by default,
Redis by the TASKS_BACKEND setting)."""

from django_tasks import task


@task()
def build_export(job_id: int) -> None:
    from reports.exports import build

    build(job_id)


@task()
def build_render(job_id: int) -> None:
    from reports.rendering import build

    build(job_id)
