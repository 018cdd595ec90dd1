"""Remove the prints of drafts older than an hour (the worker also does it after each print)."""

from django.core.management.base import BaseCommand

from reports.rendering import DRAFT_FILE_KEPT, remove_old_drafts


class Command(BaseCommand):
    help = f"Remove printed drafts finished more than {DRAFT_FILE_KEPT} ago, file and job."

    def handle(self, *args, **options):
        removed = remove_old_drafts()
        self.stdout.write(f"Removed {removed} printed drafts.")
