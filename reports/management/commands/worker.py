"""Run the background task worker of the configured backend: the database's (default) or
Redis's (TASKS_BACKEND=redis)."""

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Run the task worker (bulk exports) for the configured task backend."

    def add_arguments(self, parser):
        parser.add_argument("--batch", action="store_true",
                            help="run the tasks waiting now, then stop")

    def handle(self, *args, batch, **options):
        if settings.TASKS_BACKEND == "redis":
            # Jobs are django-tasks' own, so the worker runs them with their job class.
            call_command("rqworker", "default", burst=batch,
                         job_class="django_tasks_rq.backend.Job")
        else:
            call_command("db_worker", batch=batch)
