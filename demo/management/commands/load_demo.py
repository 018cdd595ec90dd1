"""`manage.py load_demo`: load the four seed projects, seed 002 as portfolio data and the demo
logins, once."""

from django.core.management.base import BaseCommand, CommandError

from demo import loader
from projects.demo.people import DEMO_PASSWORD, PEOPLE


class Command(BaseCommand):
    help = "Loads the demo projects and logins. Running it again changes nothing."

    def handle(self, *args, **options):
        try:
            result = loader.load()
        except loader.DemoNotSubmittable as failed:
            lines = [f"  {heading}: {', '.join(map(str, problems))}"
                     for heading, problems in failed.gaps.items()]
            raise CommandError(
                f"The demo project {failed.slug} could not be submitted:\n" + "\n".join(lines)
            ) from failed

        if result.created:
            self.stdout.write(self.style.SUCCESS(
                f"Loaded {len(result.created)} demo projects: {', '.join(result.created)}"
            ))
        if result.kept:
            self.stdout.write(f"Already loaded, left unchanged: {', '.join(result.kept)}")
        self._print_logins()

    def _print_logins(self) -> None:
        rows = [(p.username, f"{p.first_name} {p.last_name}", p.description) for p in PEOPLE]
        widths = [max(len(row[i]) for row in rows) for i in range(2)]
        self.stdout.write(f"\nDemo logins (password for all: {DEMO_PASSWORD})")
        for username, name, description in rows:
            self.stdout.write(
                f"  {username.ljust(widths[0])}  {name.ljust(widths[1])}  {description}"
            )
