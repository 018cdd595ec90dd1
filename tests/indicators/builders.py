"""Large projects for query-count tests and the benchmark, written in bulk: what matters
there is the shape of the data, not how it was typed."""

from datetime import date, timedelta
from decimal import Decimal

from indicators.models import (
    ActivityType,
    EmployeeCount,
    IndicatorOutcome,
    ParticipationRecord,
    ProjectIndicator,
    RegisterRule,
    ReportingPeriod,
    Source,
    SupportedCompany,
)
from indicators.services.totals import refresh_totals

START = date(2019, 1, 1)


def build(project, *, indicators: int, periods: int, companies: int, records: int = 0):
    """`indicators` indicators (four of them counted from the registers) over `periods`
    quarters, `companies` companies with two counts of employees each, and `records`
    participation records."""
    project.start_date = START
    project.end_date = START + timedelta(days=91 * periods)
    project.save(update_fields=["start_date", "end_date"])
    made_periods = ReportingPeriod.objects.bulk_create(
        ReportingPeriod(project=project, label=f"Q{n + 1}", start=START + timedelta(91 * n),
                        end=START + timedelta(91 * n + 90)) for n in range(periods))
    kind = ActivityType.objects.create(project=project, name="Träffar", stated_count=records)
    counted = [
        ProjectIndicator(project=project, name="Deltagare", unit="personer", gender_split=True,
                         source=Source.REGISTER, rule=RegisterRule.PARTICIPANTS, target=1000),
        ProjectIndicator(project=project, name="Träffar", unit="träffar",
                         source=Source.REGISTER, rule=RegisterRule.ACTIVITIES,
                         activity_type=kind, target=100),
        ProjectIndicator(project=project, name="Företag", unit="företag", counting="once",
                         source=Source.REGISTER, rule=RegisterRule.COMPANIES, target=500),
        ProjectIndicator(project=project, name="Nya jobb", unit="heltider", kind="result",
                         source=Source.REGISTER, rule=RegisterRule.EMPLOYMENT_GROWTH,
                         target=40),
    ][:indicators]
    typed = [ProjectIndicator(project=project, name=f"Indikator {n}", unit="st",
                              gender_split=n % 2 == 0, target=Decimal(100 + n), position=n + 4)
             for n in range(max(0, indicators - len(counted)))]
    made = ProjectIndicator.objects.bulk_create(counted + typed)
    IndicatorOutcome.objects.bulk_create(
        IndicatorOutcome(indicator=indicator, period=period, value=Decimal(5),
                         women=Decimal(2) if indicator.gender_split else None,
                         men=Decimal(3) if indicator.gender_split else None,
                         reported_on=period.end)
        for indicator in made if indicator.source == Source.TYPED for period in made_periods)
    made_companies = SupportedCompany.objects.bulk_create(
        SupportedCompany(project=project, name=f"Företag {n}", municipality="Vindeln",
                         supported_from=START + timedelta(days=n % (91 * periods)),
                         leadership=("woman", "man", "shared", "")[n % 4])
        for n in range(companies))
    EmployeeCount.objects.bulk_create(
        EmployeeCount(company=company, measured_on=day, employees=Decimal(n % 7 + offset))
        for n, company in enumerate(made_companies)
        for day, offset in ((START, 1), (project.end_date, 2)))
    through = SupportedCompany.indicators.through
    through.objects.bulk_create(
        through(supportedcompany_id=company.pk, projectindicator_id=indicator.pk)
        for company in made_companies for indicator in made
        if indicator.rule in (RegisterRule.COMPANIES, RegisterRule.EMPLOYMENT_GROWTH))
    ParticipationRecord.objects.bulk_create(
        ParticipationRecord(project=project, activity_type=kind,
                            held_on=START + timedelta(days=n % (91 * periods)),
                            title=f"Träff {n}", women=n % 5, men=n % 3)
        for n in range(records))
    refresh_totals(project)
    return made
