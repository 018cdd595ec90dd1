"""`manage.py render_portfolio_report --funding-body "Region Norrbotten" --year 2017 -o FILE.pdf`:
the funding body's annual portfolio report as PDF, for batch use."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from portal.models import Organisation, OrganisationKind
from reports.portfolio.pdf import render_pdf
from reports.portfolio.report import annual_report


class Command(BaseCommand):
    help = "Render a funding body's annual portfolio report as PDF."

    def add_arguments(self, parser):
        parser.add_argument("--funding-body", required=True, help="the funding body's name")
        parser.add_argument("--year", type=int, required=True)
        parser.add_argument("-o", "--output", required=True, help="the PDF file to write")
        parser.add_argument("--language", default="sv", choices=["sv", "nb", "en"])

    def handle(self, *args, **options):
        body = Organisation.objects.filter(kind=OrganisationKind.FUNDING_BODY,
                                           name=options["funding_body"]).first()
        if body is None:
            raise CommandError(f"No funding body is named {options['funding_body']!r}.")
        if not 1990 <= options["year"] <= 2100:
            raise CommandError("The year must lie between 1990 and 2100.")
        with translation.override(options["language"]):
            pdf = render_pdf("portfolio/report_pdf.html",
                             {"report": annual_report(body, options["year"])})
        Path(options["output"]).write_bytes(pdf)
        self.stdout.write(f"{options['output']}: {len(pdf)} bytes")
