"""Indicators of the generated projects, in bulk: two project-specific ones each with
targets, reporting periods for the projects in follow-up, outcomes per period, and the
stored outcome totals the portfolio adds up, equal to what the outcomes sum to."""

import random
from datetime import date
from decimal import Decimal

from demo.portfolio.bulk import Planned
from indicators.models import (
    Counting,
    IndicatorKind,
    IndicatorOutcome,
    PortfolioMeasure,
    ProjectIndicator,
    ReportingPeriod,
)


def write_indicators(rng: random.Random, planned: list[Planned]) -> None:
    indicators, periods = [], []
    for item in planned:
        norwegian = item.norwegian
        indicators.append(ProjectIndicator(
            project=item.project, position=0, kind=IndicatorKind.OUTPUT,
            name="Deltakere i aktiviteter" if norwegian else "Deltagare i aktiviteter",
            unit="personer", counting=Counting.SUMMED, gender_split=True,
            portfolio_measure=PortfolioMeasure.PARTICIPANTS,
            target=Decimal(rng.randrange(40, 600)), target_women=None, target_men=None))
        indicators.append(ProjectIndicator(
            project=item.project, position=1, kind=IndicatorKind.RESULT,
            name="Nye arbeidsplasser" if norwegian else "Nya arbetstillfällen",
            unit="arbeidsplasser" if norwegian else "arbetstillfällen",
            counting=Counting.SUMMED, portfolio_measure=PortfolioMeasure.JOBS,
            target=Decimal(rng.randrange(2, 40))))
        if item.followed_up:
            periods += [ReportingPeriod(project=item.project, label=str(year),
                                        start=date(year, 1, 1), end=date(year, 12, 31))
                        for year in item.years[:2]]
    ReportingPeriod.objects.bulk_create(periods, batch_size=5000)
    by_project: dict[int, list[ReportingPeriod]] = {}
    for period in periods:
        by_project.setdefault(period.project_id, []).append(period)
    values = []  # (indicator, period, value, women, men), totals set before the insert
    for indicator in indicators:
        total = women = men = Decimal(0)
        reported = by_project.get(indicator.project.pk, [])
        for period in reported:
            w: Decimal | None
            m: Decimal | None
            if indicator.gender_split:
                w, m = Decimal(rng.randrange(5, 80)), Decimal(rng.randrange(5, 80))
                value = w + m
                women, men = women + w, men + m
            else:
                w = m = None
                value = Decimal(rng.randrange(0, 10))
            total += value
            values.append((indicator, period, value, w, m))
        if reported:
            indicator.actual = total
            indicator.actual_women = women if indicator.gender_split else None
            indicator.actual_men = men if indicator.gender_split else None
    ProjectIndicator.objects.bulk_create(indicators, batch_size=5000)
    IndicatorOutcome.objects.bulk_create(
        [IndicatorOutcome(indicator=i, period=p, value=v, women=w, men=m, reported_on=p.end)
         for i, p, v, w, m in values], batch_size=5000)
