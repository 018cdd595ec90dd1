"""`manage.py messages [app ...]`: extract and compile the Swedish, Norwegian and English
catalogs of the named apps (all when none is named)."""

from django.core.management import call_command
from django.core.management.base import BaseCommand

LANGUAGES = ["sv", "nb", "en"]
IGNORED = [".venv/*", "node_modules/*", "staticfiles/*", "test-artifacts/*"]


class Command(BaseCommand):
    help = "Update and compile the message catalogs of the named apps (default: all)."

    def add_arguments(self, parser):
        parser.add_argument("apps", nargs="*", help="e.g. finance; 'portal' is the top level")

    def handle(self, *args, **options):
        call_command("makemessages", locale=LANGUAGES, ignore_patterns=IGNORED,
                     apps=options["apps"], no_obsolete=True, verbosity=options["verbosity"])
        call_command("compilemessages", ignore_patterns=IGNORED,
                     verbosity=options["verbosity"])
