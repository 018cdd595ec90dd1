"""Fixtures of the finance tests: a programme with its rules, a project, one person per role."""

from datetime import date
from decimal import Decimal

import pytest

from finance.models import (
    CapBasis,
    ConversionMethod,
    CostCategory,
    CostCategorySet,
    CurrencyRule,
    FinancingCap,
    FinancingType,
    OutcomeCost,
    OutcomeFinancing,
    OutcomeReport,
    ProgrammeRules,
    Severity,
)
from finance.services.budgets import create_budget, save_costs
from finance.services.financing import SourceInput, save_financing
from portal.models import Organisation, OrganisationKind
from projects.models import Participation, ParticipationRole, RoleKind


@pytest.fixture
def tvv_set(shipped_cost_category_sets):
    return CostCategorySet.objects.get(slug="tillvaxtverket-2014-2020")


@pytest.fixture
def rules(programme, tvv_set):
    rules = ProgrammeRules.objects.create(programme=programme, category_set=tvv_set)
    FinancingCap.objects.create(rules=rules, label="EU fund", max_percent=Decimal(50),
                                financing_type=FinancingType.EU_FUND, basis=CapBasis.PROJECT,
                                severity=Severity.HARD)
    return rules


@pytest.fixture
def project(project, rules):
    """The shared draft project, its programme given finance rules."""
    return project


@pytest.fixture
def people(personas):
    return personas


@pytest.fixture
def manager(personas):
    return personas["manager"]


def category(category_set, code) -> CostCategory:
    return CostCategory.objects.get(category_set=category_set, code=code)


@pytest.fixture
def make_budget(project, manager):
    def make(name="Svensk budget", currency="SEK", country="SE", years=(2019, 2020, 2021),
             target=None, category_set=None):
        return create_budget(
            project=target or project, actor=manager, name=name, currency=currency,
            country=country, category_set=category_set,
            periods=[(str(y), date(y, 1, 1), date(y, 12, 31)) for y in years])
    return make


@pytest.fixture
def budget(make_budget):
    return make_budget()


def fill(budget, costs: dict[str, list], financing: list[tuple] = (), actor=None):
    """costs: category code -> amounts per period; financing: (organisation, type, amounts)."""
    version = budget.versions.get(superseded_at__isnull=True)
    version.budget = budget
    actor = actor or manager_of(budget.project)
    periods = list(version.periods.order_by("position"))
    amounts = {}
    for code, values in costs.items():
        cat = category(budget.category_set, code)
        for period, value in zip(periods, values, strict=True):
            amounts[(cat.pk, period.pk)] = Decimal(value)
    save_costs(version=version, actor=actor, amounts=amounts, expected_revision=None)
    if financing:
        rows = []
        for organisation, kind, values in financing:
            rows.append(SourceInput(
                id=None, financier_id=getattr(organisation, "pk", None),
                description="" if hasattr(organisation, "pk") else organisation,
                financing_type=kind, preliminary=False,
                amounts={p.pk: Decimal(v) for p, v in zip(periods, values, strict=True)}))
        save_financing(version=version, actor=actor, rows=rows, expected_revision=None)
    version.refresh_from_db()
    return version


def manager_of(project):
    """The person the services act as where a test only needs the figures written."""
    return project.roles.get(role=RoleKind.MANAGER).user


def report_rows(budget, label="Period 1", costs=None, received=()):
    """An outcome report written as rows: pages are tested on every state, where the
    services (rightly) take outcome only from an approved project."""
    report = OutcomeReport.objects.create(budget=budget, number=1, label=label)
    OutcomeCost.objects.bulk_create(OutcomeCost(report=report, category_id=pk, amount=amount)
                                    for pk, amount in (costs or {}).items())
    OutcomeFinancing.objects.bulk_create(
        OutcomeFinancing(report=report, description=description, financing_type=kind,
                         amount=amount) for description, kind, amount in received)
    return report


@pytest.fixture
def municipality_factory(project):
    def make(name, population, country="SE", participate=True):
        organisation = Organisation.objects.create(
            name=name, kind=OrganisationKind.MUNICIPALITY, country=country,
            population=population, population_date=date(2008, 1, 1))
        if participate:
            Participation.objects.create(project=project, organisation=organisation,
                                         role=ParticipationRole.MUNICIPALITY)
        return organisation
    return make


@pytest.fixture
def interreg(project, rules):
    """Sverige-Norge 2014–2020: EUR, NOK at a fixed 8 per EUR, SEK from the rate table."""
    programme = project.programme
    programme.reporting_currency = "EUR"
    programme.save()
    rules.caps.all().delete()
    CurrencyRule.objects.create(rules=rules, currency="NOK", method=ConversionMethod.FIXED,
                                fixed_rate=Decimal(8))
    CurrencyRule.objects.create(rules=rules, currency="SEK", method=ConversionMethod.TABLE)
    return project


@pytest.fixture
def two_sides(interreg, make_budget):
    swedish = make_budget(name="Svensk", currency="SEK", country="SE")
    fill(swedish, {"externa-tjanster": [100000, 0, 0]},
         [("Region", FinancingType.PUBLIC_CASH, [100000, 0, 0])])
    norwegian = make_budget(name="Norsk", currency="NOK", country="NO")
    fill(norwegian, {"externa-tjanster": [80000, 0, 0]},
         [("Fylket", FinancingType.PUBLIC_CASH, [80000, 0, 0])])
    return swedish, norwegian
