"""python manage.py generate_portfolio [--projects 10000] [--reset] [--no-stress]

Generates a portfolio for measuring the portal at scale (see demo.portfolio). Running it again
adds only what is missing; --reset removes the generated projects first."""

from django.core.management.base import BaseCommand

from demo import portfolio


class Command(BaseCommand):
    help = "Generates many projects and one of Jems' stress size, for benchmarks."

    def add_arguments(self, parser):
        parser.add_argument("--projects", type=int, default=10_000,
                            help="How many generated projects there should be (default 10 000).")
        parser.add_argument("--seed", type=int, default=2026)
        parser.add_argument("--reset", action="store_true",
                            help="Remove the generated projects before generating.")
        parser.add_argument("--no-stress", action="store_true",
                            help="Leave out the project of Jems' stress size.")

    def handle(self, *args, projects, seed, reset, no_stress, **options):
        if reset:
            self.stdout.write(f"Removed {portfolio.remove()} generated projects.")
        result = portfolio.generate(projects, seed=seed, with_stress=not no_stress,
                                    report=self.stdout.write)
        self.stdout.write(self.style.SUCCESS(
            f"{result.added} projects added, {result.total} generated in all "
            f"({result.seconds:.0f} s). Stress project: {result.stress_slug}. "
            f"Logins (password {portfolio.PASSWORD}): manager {result.manager}, "
            f"case officer {result.case_officer}."))
