"""`manage.py rebuild_portfolio_lines [--check]`: write the portfolio's read model again from
its sources (after a migration, a restore, or data written outside the services), or with
`--check` only compare it with them and fail when they differ."""

from django.core.management.base import BaseCommand, CommandError

from reports.portfolio import lines


class Command(BaseCommand):
    help = "Rebuild (or with --check, compare) the portfolio's lines."

    def add_arguments(self, parser):
        parser.add_argument("--check", action="store_true",
                            help="only compare the lines with their sources")

    def handle(self, *args, **options):
        if not options["check"]:
            self.stdout.write(f"{lines.rebuild()} portfolio lines written")
            return
        wrong, stale = lines.differences()
        for row in sorted(wrong, key=str)[:20]:
            self.stdout.write(f"missing or wrong: {row}")
        for row in sorted(stale, key=str)[:20]:
            self.stdout.write(f"stored but not in the sources: {row}")
        if wrong or stale:
            raise CommandError(f"{len(wrong)} lines missing or wrong, {len(stale)} stale; "
                               "run rebuild_portfolio_lines")
        self.stdout.write("The portfolio lines agree with their sources.")
