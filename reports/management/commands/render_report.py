"""Print a project's document to a PDF file, for batch use and the archive."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from projects.models import Project
from reports import documents
from reports.pdf import LANGUAGES, render_pdf


class Command(BaseCommand):
    help = ("Render a project's application, status report or final report as PDF: "
            "render_report <project-slug> application|status|final [--version N] "
            "[--period N] [--archival] [--language sv|nb|en] -o FILE.pdf")

    def add_base_argument(self, parser, *args, **kwargs):
        if "--version" in args:
            return  # --version names the document's version here, not Django's
        super().add_base_argument(parser, *args, **kwargs)

    def add_arguments(self, parser):
        parser.add_argument("slug")
        parser.add_argument("document", choices=["application", "status", "final"])
        parser.add_argument("--version", type=int, default=None,
                            help="frozen version number (default: the newest, or the draft)")
        parser.add_argument("--period", type=int, default=None,
                            help="status report number, for status reports (default: newest)")
        parser.add_argument("--archival", action="store_true", help="PDF/A-3u for archiving")
        parser.add_argument("--language", choices=LANGUAGES, default="sv")
        parser.add_argument("-o", "--output", required=True, help="the PDF file to write")

    def handle(self, *args, slug, document, version, period, archival, language, output,
               **options):
        project = (Project.objects.select_related("programme__funding_body")
                   .filter(slug=slug).first())
        if project is None:
            raise CommandError(f"No project with the short name {slug!r}.")
        try:
            job = documents.print_job(project, document, version=version, period=period,
                                      language=language)
        except documents.NotPrintable as problem:
            raise CommandError(str(problem)) from problem
        data = render_pdf(job.template, job.context, job.document, archival=archival)
        target = Path(output)
        partial = target.with_name(target.name + ".part")
        partial.write_bytes(data)
        partial.replace(target)  # never a half-written file under the asked name
        self.stdout.write(f"{target} ({len(data):,} bytes)".replace(",", " "))
