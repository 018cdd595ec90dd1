"""The funding body's annual portfolio report (the kind seed 002 is): granted project money
by classification with amounts and shares computed, counts, leadership and expected new
jobs by gender, and the business-support figures the funding body reports only as totals."""

from dataclasses import dataclass

from portal.models import Organisation
from reports.portfolio.charts import BarChart, share_bars
from reports.portfolio.models import LedgerImport, ReportedStatistic
from reports.portfolio.selectors import Criteria
from reports.portfolio.totals import PortfolioTotals, portfolio_totals


@dataclass(frozen=True)
class AnnualReport:
    funding_body: Organisation
    year: int
    totals: PortfolioTotals
    charts: tuple[BarChart, ...]  # one per currency
    statistics: tuple[ReportedStatistic, ...]
    notes: tuple[str, ...]  # what the imported ledgers say of their source


def annual_report(funding_body: Organisation, year: int) -> AnnualReport:
    totals = portfolio_totals(funding_body.pk, Criteria(year=year))
    from django.utils.translation import gettext as _

    charts = tuple(share_bars(totals.by_focus_area, unnamed=_("Not classified"),
                              currency_index=index) for index in range(len(totals.amounts)))
    statistics = tuple(ReportedStatistic.objects.filter(funding_body=funding_body, year=year))
    notes = tuple(note for note in LedgerImport.objects.filter(
        funding_body=funding_body, year=year).values_list("note", flat=True) if note)
    return AnnualReport(funding_body, year, totals, charts, statistics, notes)
