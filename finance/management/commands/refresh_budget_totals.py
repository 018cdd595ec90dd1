"""Write the stored totals of every budget version from its parts: once after upgrading to
stored totals, or to check that nothing drifted (`--check` changes nothing and fails when a
stored figure differs from its parts)."""

from collections import defaultdict

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from finance.conversion import application_is_open, conversions_for
from finance.models import BudgetVersion
from finance.selectors import figures_of_versions, programme_rules
from finance.services.totals import refresh_totals, totals_from

DERIVED = ("cost_total", "income_total", "eligible_total", "flat_rate_total", "in_kind_total",
           "financing_total", "public_financing_total", "eu_financing_total")


class Command(BaseCommand):
    help = "Write (or with --check, verify) the totals stored with every budget version."

    def add_arguments(self, parser):
        parser.add_argument("--check", action="store_true")

    def handle(self, *args, check=False, **options):
        by_project = defaultdict(list)
        for version in BudgetVersion.objects.select_related("budget__project__programme"):
            by_project[version.budget.project_id].append(version)
        wrong = 0
        for versions in by_project.values():
            project = versions[0].budget.project
            if not check:
                with transaction.atomic():
                    refresh_totals(versions, project)
                continue
            conversions = conversions_for(project, versions, programme_rules(project),
                                          is_open=application_is_open(project))
            figures = figures_of_versions(versions)
            for version in versions:
                expected = totals_from(figures[version.pk], conversions[version.budget_id])
                if any(getattr(version, name) != expected[name] for name in DERIVED):
                    wrong += 1
                    self.stderr.write(f"{version}: stored totals differ from the parts")
        if wrong:
            raise CommandError(f"{wrong} budget versions differ from their parts.")
        self.stdout.write(f"{sum(map(len, by_project.values()))} budget versions "
                          f"{'checked' if check else 'written'}.")
