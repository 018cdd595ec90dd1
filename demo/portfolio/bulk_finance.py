"""Budgets, financing plans and outcome reports of the generated projects, in bulk.

Each budget has one current version with a period per project year, an amount for most
typed cost categories, and a financing plan that covers the costs year by year (an EU fund
where the programme has one, the participating organisations for the rest). Projects in
follow-up have outcome reports. Flat rates are never stored: they are computed from their
base, as everywhere else.
"""

import random
from collections import defaultdict
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from demo.portfolio.bulk import Planned
from demo.portfolio.world import World
from finance.models import (
    Budget,
    BudgetLine,
    BudgetPeriod,
    BudgetVersion,
    CategoryKind,
    CostCategory,
    FinancingAmount,
    FinancingSource,
    FinancingType,
    OutcomeCost,
    OutcomeFinancing,
    OutcomeReport,
    OutcomeStatus,
)
from portal.models import Country, Organisation, OrganisationKind
from projects.models import ApplicationForm

CENT = Decimal("0.01")
EU_SHARE = Decimal("0.5")


def write_finance(rng: random.Random, world: World, planned: list[Planned]) -> None:
    categories = defaultdict(list)
    for category in CostCategory.objects.order_by("position", "id"):
        categories[category.category_set_id].append(category)
    budgets, shapes = [], []
    for item in planned:
        category_set = world.category_sets[item.plan.category_set]
        for number, currency in enumerate(item.plan.budget_currencies):
            country = Country.NORWAY if currency == "NOK" else Country.SWEDEN
            name = {"SEK": "Svensk budget", "NOK": "Norsk budsjett"}[currency]
            budgets.append(Budget(project=item.project, name=name, currency=currency,
                                  country=country, category_set=category_set,
                                  position=number, created_by=item.manager))
            shapes.append(item)
    Budget.objects.bulk_create(budgets, batch_size=2000)
    versions = BudgetVersion.objects.bulk_create(
        [BudgetVersion(budget=b, number=1, created_by=b.created_by, cost_revision=1,
                       financing_revision=1) for b in budgets], batch_size=2000)
    periods = BudgetPeriod.objects.bulk_create(
        [BudgetPeriod(version=v, position=n, label=str(year), start=date(year, 1, 1),
                      end=date(year, 12, 31))
         for v, item in zip(versions, shapes, strict=True)
         for n, year in enumerate(item.years)], batch_size=5000)
    by_version = defaultdict(list)
    for period in periods:
        by_version[period.version_id].append(period)

    lines, sources, cells, totals = [], [], [], []
    for version, item in zip(versions, shapes, strict=True):
        budget = version.budget
        typed = [c for c in categories[budget.category_set_id] if c.kind == CategoryKind.COST]
        flat = [c for c in categories[budget.category_set_id]
                if c.kind == CategoryKind.FLAT_RATE]
        cost_by_period = {}
        for period in by_version[version.pk]:
            amounts = {c.pk: Decimal(rng.randrange(20_000, 900_000, 1000))
                       for c in typed if rng.random() < 0.8}
            lines += [BudgetLine(version=version, category_id=c, period=period, amount=a)
                      for c, a in amounts.items()]
            flat_total = sum(((amounts.get(c.flat_rate_base_id or 0, Decimal(0))
                               * (c.flat_rate_percent or 0) / 100).quantize(CENT, ROUND_HALF_UP)
                              for c in flat), Decimal(0))
            cost_by_period[period] = sum(amounts.values(), Decimal(0)) + flat_total
        totals.append(cost_by_period)
        funders = _funders(rng, item, budget.country)
        for position, (financier, description, kind) in enumerate(funders):
            sources.append(FinancingSource(version=version, position=position,
                                           financier=financier, description=description,
                                           financing_type=kind))
    BudgetLine.objects.bulk_create(lines, batch_size=5000)
    FinancingSource.objects.bulk_create(sources, batch_size=5000)
    by_source_version: defaultdict[int, list[FinancingSource]] = defaultdict(list)
    for source in sources:
        by_source_version[source.version_id].append(source)
    for version, cost_by_period in zip(versions, totals, strict=True):
        version_sources = by_source_version[version.pk]
        for period, cost in cost_by_period.items():
            cells += [FinancingAmount(source=s, period=period, amount=a)
                      for s, a in zip(version_sources, _shares(cost, version_sources),
                                      strict=True) if a]
    FinancingAmount.objects.bulk_create(cells, batch_size=5000)
    _outcome(rng, versions, shapes, categories, by_source_version)


def _funders(rng, item: Planned, country: str) -> list[tuple]:
    """(financier, description, financing type) rows: the EU fund first where there is one."""
    rows: list[tuple[Organisation | None, str, str]] = []
    if item.plan.form == ApplicationForm.INTERREG and country == Country.NORWAY:
        rows.append((None, "IR-midler", FinancingType.NORWEGIAN_IR))
    elif item.plan.currency in ("SEK", "EUR") and item.plan.slug != "pf-anslag-vasternorrland":
        rows.append((None, "Europeiska regionala utvecklingsfonden", FinancingType.EU_FUND))
    publics = [o for o in item.participants
               if o.kind in (OrganisationKind.MUNICIPALITY, OrganisationKind.REGION)]
    for org in publics[:3] or item.participants[:1]:
        kind = (FinancingType.PUBLIC_CASH if org.kind != OrganisationKind.COMPANY
                else FinancingType.PRIVATE_CASH)
        rows.append((org, "", kind))
    if rng.random() < 0.3:
        rows.append((None, "Privat medfinansiering", FinancingType.PRIVATE_IN_KIND))
    return rows


def _shares(total: Decimal, funders) -> list[Decimal]:
    """The period's cost split over the funders, to the öre, adding up exactly."""
    if not funders:
        return []
    first = (total * EU_SHARE).quantize(CENT) if len(funders) > 1 else total
    rest = total - first
    others = len(funders) - 1
    parts = [first]
    for n in range(others):
        share = (rest / others).quantize(CENT) if n < others - 1 else rest - sum(parts[1:])
        parts.append(share)
    return parts


def _outcome(rng, versions, shapes, categories, by_source_version) -> None:
    reports, costs, received = [], [], []
    for version, item in zip(versions, shapes, strict=True):
        if not item.followed_up:
            continue
        budget = version.budget
        typed = [c for c in categories[budget.category_set_id] if c.kind == CategoryKind.COST]
        for number, year in enumerate(item.years[:2], start=1):
            report = OutcomeReport(budget=budget, number=number, label=str(year),
                                   period_start=date(year, 1, 1), period_end=date(year, 12, 31),
                                   status=OutcomeStatus.SUBMITTED, revision=1,
                                   created_by=item.manager)
            reports.append(report)
            costs += [OutcomeCost(report=report, category=c,
                                  amount=Decimal(rng.randrange(10_000, 600_000, 100)))
                      for c in typed if rng.random() < 0.7]
            received += [OutcomeFinancing(report=report, financier=s.financier,
                                          description=s.description,
                                          financing_type=s.financing_type,
                                          amount=Decimal(rng.randrange(10_000, 400_000, 100)))
                         for s in by_source_version[version.pk]]
    OutcomeReport.objects.bulk_create(reports, batch_size=2000)
    OutcomeCost.objects.bulk_create(costs, batch_size=5000)
    OutcomeFinancing.objects.bulk_create(received, batch_size=5000)
