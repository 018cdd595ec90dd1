"""`manage.py refresh_status_lights [--funding-body NAME]`: recompute and store today's traffic
lights of every granted project, so the portfolio's "off track" filter is current even for
projects whose dashboard nobody opened today. Meant for a nightly run."""

from django.core.management.base import BaseCommand

from projects.lifecycle import FUNDED_STATUSES
from projects.models import Project
from reports.portfolio.dashboard import dashboard, store_lights


class Command(BaseCommand):
    help = "Recompute the stored traffic lights of every granted project."

    def add_arguments(self, parser):
        parser.add_argument("--funding-body", default="", help="only this funding body's")

    def handle(self, *args, **options):
        projects = Project.objects.filter(status__in=FUNDED_STATUSES).select_related(
            "programme", "programme__funding_body").order_by("pk")
        if options["funding_body"]:
            projects = projects.filter(programme__funding_body__name=options["funding_body"])
        count = 0
        for project in projects.iterator(chunk_size=200):
            store_lights(dashboard(project))
            count += 1
        self.stdout.write(f"{count} projects")
