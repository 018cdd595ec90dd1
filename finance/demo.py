"""The finance part of the demo: the seed documents' budgets, financing plans, municipal
splits and outcome, figure for figure. Called by the demo loader with the projects it has
just created: `application` while they are drafts, `follow_up` once approved and running.
Everything goes through the same services and rules as the pages, acting as the project's
manager (and, for NIS 6.0's change request, its case officer); a project that already has a
budget is left alone."""

from datetime import date
from decimal import Decimal

from django.db import transaction

from finance import demo_notes as notes
from finance.models import (
    CapBasis,
    CostCategory,
    CostCategorySet,
    CurrencyRule,
    ExchangeRate,
    FinancingCap,
    FinancingType,
    OutcomeReport,
    ProgrammeRules,
    Severity,
)
from finance.selectors import periods_of
from finance.services.budgets import create_budget, revise_budget, save_costs, save_settings
from finance.services.financing import SourceInput, apply_split, save_financing
from finance.services.outcome import ReceivedInput, create_report, save_report, submit_report
from finance.split import Municipality, split_amount
from portal.models import Country, Organisation, OrganisationKind, User
from projects.demo.clock import demo_clock
from projects.models import Participation, ParticipationRole, Project
from projects.services import workflow

SE, NO = Country.SWEDEN, Country.NORWAY
T = FinancingType
D = Decimal


def application(projects: dict[str, Project]) -> None:
    with transaction.atomic():
        for slug, build in LOADERS.items():
            project = projects.get(slug)
            if project is not None and not project.budgets.exists():
                build(project)


def follow_up(projects: dict[str, Project]) -> None:
    """What the approved projects recorded afterwards: NIS 6.0's revision and outcome."""
    with transaction.atomic():
        project = projects.get("nis-6-0")
        if project is not None and not OutcomeReport.objects.filter(
                budget__project=project).exists():
            nis_follow_up(project)


# Programme rules ---------------------------------------------------------------------------

def _rules(project: Project, set_slug: str, *, period_balance=Severity.HARD, notes_text="",
           caps=(), currencies=()) -> ProgrammeRules:
    rules, created = ProgrammeRules.objects.get_or_create(
        programme=project.programme,
        defaults={"category_set": CostCategorySet.objects.get(slug=set_slug),
                  "period_balance": period_balance, "notes": notes_text})
    if created:
        for label, kind, percent, basis in caps:
            FinancingCap.objects.create(rules=rules, label=label, financing_type=kind,
                                        max_percent=D(percent), basis=basis)
        for currency, method, rate in currencies:
            CurrencyRule.objects.create(rules=rules, currency=currency, method=method,
                                        fixed_rate=rate)
    return rules


def _organisation(name: str, country: str, kind: str) -> Organisation:
    organisation, _ = Organisation.objects.get_or_create(name=name, country=country,
                                                         defaults={"kind": kind})
    return organisation


def _years(*years_and_bounds) -> list[tuple[str, date | None, date | None]]:
    return [(str(year), start, end) for year, start, end in years_and_bounds]


def _version(budget):
    return budget.versions.get(superseded_at__isnull=True)


def _fill(budget, actor, costs: dict[str, list], sources: list[tuple] = ()):
    """costs: category code -> amounts per period; sources: (financier or None,
    description, type, amounts per period, preliminary)."""
    version = _version(budget)
    version.budget = budget
    periods = periods_of(version)
    categories = {c.code: c for c in CostCategory.objects.filter(category_set=budget.category_set)}
    save_costs(version=version, actor=actor, expected_revision=None, amounts={
        (categories[code].pk, period.pk): D(value)
        for code, values in costs.items() for period, value in zip(periods, values, strict=True)})
    if sources:
        save_financing(version=version, actor=actor, expected_revision=None, rows=[SourceInput(
                           id=None, financier_id=financier.pk if financier else None,
                           description=description, financing_type=kind, preliminary=preliminary,
                           amounts={p.pk: D(v) for p, v in zip(periods, values, strict=True)})
                           for financier, description, kind, values, preliminary in sources])
    return version


def _municipalities(project: Project, fallback: list[tuple[str, int | None]], country: str):
    """The project's participating municipalities; created from `fallback` (name,
    population) only when the project has none."""
    found = list(Organisation.objects.filter(participations__project=project,
                                             kind=OrganisationKind.MUNICIPALITY))
    if found:
        order = {name: n for n, (name, _population) in enumerate(fallback)}
        return sorted(found, key=lambda o: (order.get(o.name, len(order)), o.name))
    for name, population in fallback:
        organisation, _ = Organisation.objects.get_or_create(
            name=name, country=country,
            defaults={"kind": OrganisationKind.MUNICIPALITY, "population": population,
                      "population_date": date(2008, 1, 1) if population else None})
        Participation.objects.get_or_create(project=project, organisation=organisation,
                                            defaults={"role": ParticipationRole.MUNICIPALITY})
        found.append(organisation)
    return found


# Seed 003: Kreativ region, two budgets in two currencies ---------------------------------

def _demo_rates_2011() -> None:
    """The application states no exchange rate; the demo's rate table holds the ECB's
    annual averages for 2011 so the joint EUR total can be shown, with the source named."""
    for currency, rate in (("SEK", D("9.0298")), ("NOK", D("7.7934"))):
        ExchangeRate.objects.get_or_create(
            currency=currency, per_currency="EUR", valid_from=date(2011, 1, 1),
            defaults={"rate": rate, "source": "ECB, årsgenomsnitt 2011 (demo; ansökan anger "
                                              "ingen kurs)"})


def kreativ_region(project: Project) -> None:
    _rules(project, "interreg-iv-a-sverige-norge", period_balance=Severity.SOFT,
           notes_text="The 2011 application plans financing per year as it is paid; only the "
                      "total must balance, as the submitted application shows.",
           caps=[("ERUF högst 50 % av de svenska kostnaderna", T.EU_FUND, 50, CapBasis.BUDGET),
                 ("IR-midler høyst 50 % av de norske kostnadene", T.NORWEGIAN_IR, 50,
                  CapBasis.BUDGET)],
           currencies=[("SEK", "table", None), ("NOK", "table", None)])
    _demo_rates_2011()
    actor = project.created_by
    bounds = [(2011, date(2011, 5, 1), date(2011, 12, 31)),
              (2012, date(2012, 1, 1), date(2012, 12, 31)),
              (2013, date(2013, 1, 1), date(2013, 12, 31))]
    swedish = create_budget(project=project, actor=actor, name="Svensk projektbudget",
                            currency="SEK", country=SE, periods=_years(*bounds),
                            note=notes.KREATIV_SE)
    region_dalarna = _organisation("Region Dalarna", SE, OrganisationKind.REGION)
    falun_borlange = _organisation("Falun Borlänge-regionen AB", SE, OrganisationKind.COMPANY)
    _fill(swedish, actor, {
        "egen-personal": [1095400, 1692400, 1743720],
        "externa-tjanster": [733500, 1157250, 832250],
        "lokalkostnader": [48000, 72000, 72000],
        "investeringar": [20000, 0, 0],
        "resekostnader": [25000, 40000, 35000],
        "ovriga-kostnader": [614500, 846500, 682480],
        "externa-offentligt-direktfinansierade": [0, 0, 0],
    }, [
        (region_dalarna, "", T.PUBLIC_CASH, [600000, 900000, 900000], False),
        (falun_borlange, "Egen finansiering", T.PUBLIC_CASH, [600000, 900000, 900000], False),
        (None, "Europeiska Regionala UtvecklingsFonden", T.EU_FUND,
         [1200000, 1800000, 1800000], False),
        (None, "Projektintäkter, seminarier", T.PRIVATE_CASH, [20000, 20000, 70000], False),
    ])
    norwegian = create_budget(project=project, actor=actor, name="Norsk prosjektbudsjett",
                              currency="NOK", country=NO, periods=_years(*bounds),
                              note=notes.KREATIV_NO)
    _fill(norwegian, actor, {
        "egen-personal": [573000, 893300, 930500],
        "externa-tjanster": [568750, 910000, 796250],
        "lokalkostnader": [41300, 64700, 67248],
        "investeringar": [0, 0, 0],
        "resekostnader": [11000, 13000, 13000],
        "ovriga-kostnader": [77582, 119650, 170720],
        "externa-offentligt-direktfinansierade": [0, 0, 0],
    }, [
        (_organisation("Regionrådet for Hamarregionen", NO, OrganisationKind.OTHER), "",
         T.PUBLIC_CASH, [500000, 0, 460000], False),
        (None, "Kommunene Hamar, Stange, Ringsaker og Løten", T.PUBLIC_CASH,
         [0, 494000, 296000], False),
        (_organisation("Hedmark Fylkeskommune", NO, OrganisationKind.REGION), "",
         T.PUBLIC_CASH, [437600, 656400, 656000], False),
        (None, "Statliga IR-midler", T.NORWEGIAN_IR, [437600, 656400, 656000], False),
    ])


# Seed 001: NIS 6.0, budget total, revision, outcome per category and financier ---------

def nis(project: Project) -> None:
    _rules(project, "tillvaxtverket-2014-2020",
           caps=[("EU-medel (ERUF) högst 50 % av stödberättigande kostnad", T.EU_FUND, 50,
                  CapBasis.PROJECT)])
    actor = project.created_by
    start, end = project.start_date or date(2019, 1, 1), project.end_date or date(2022, 12, 31)
    budget = create_budget(project=project, actor=actor, name="Projektbudget", currency="SEK",
                           country=SE, periods=[("2019–2022", start, end)],
                           note=notes.NIS_BUDGET)
    version = _fill(budget, actor, {"ej-fordelat": [16713030]}, [
        (None, "Finansiering enligt beslut (fördelningen anges inte i slutrapporten)",
         T.PUBLIC_CASH, [16713030], False)])
    flat = CostCategory.objects.get(category_set=budget.category_set, code="schablonkostnader")
    save_settings(version=version, actor=actor, name=budget.name, note=version.note,
                  periods=[(p.pk, p.label, p.start, p.end) for p in periods_of(version)],
                  flat_rates={flat.pk: D("67.06738")},
                  rate_sources={flat.pk: "4 758 531 / 7 095 150 kr enligt slutrapporten"},
                  expected_revision=None)


# The revision at the turn of 2021/2022; the outcome as the final report of December 2022.
REVISED_ON, REPORTED_ON = date(2021, 12, 15), date(2022, 12, 12)


def nis_follow_up(project: Project) -> None:
    """The revision at the turn of 2021/2022 under a change request the case officer
    approved, then the outcome of the final report against the revised budget."""
    actor = project.created_by
    budget = project.budgets.get()
    with demo_clock(REVISED_ON):
        workflow.open_change_request(project=project, actor=actor, reason=notes.NIS_REVISION)
        revise_budget(budget=budget, actor=actor, reason=notes.NIS_REVISION)
        workflow.submit_change_request(project=project, actor=actor)
        officer = (User.objects.filter(funding_body_id=project.programme.funding_body_id,
                                       is_superuser=False).exclude(funding_body=None)
                   .order_by("pk").first())
        workflow.decide_change_request(project=project, actor=officer, approve=True,
                                       comment="Omfördelningen godkänns; totalbudgeten är "
                                               "oförändrad.")
    start, end = project.start_date or date(2019, 1, 1), project.end_date or date(2022, 12, 31)

    categories = {c.code: c.pk for c in CostCategory.objects.filter(
        category_set=budget.category_set)}
    with demo_clock(REPORTED_ON):
        report = create_report(budget=budget, actor=actor, label="Slutrapport 2019–2022",
                               period_start=start, period_end=end, note=notes.NIS_OUTCOME)
        region = _organisation("Region Västerbotten", SE, OrganisationKind.REGION)
        tillvaxtverket = _organisation("Tillväxtverket", SE, OrganisationKind.FUNDING_BODY)
        received = [ReceivedInput(tillvaxtverket.pk, "", T.EU_FUND, D(7735351)),
                    ReceivedInput(region.pk, "", T.PUBLIC_CASH, D(2443502))]
        for name, amount in [("Robertsfors kommun", 1793734), ("Vindelns kommun", 962036),
                             ("Nordmalings kommun", 877014), ("Vännäs kommun", 871396),
                             ("Bjurholms kommun", 794841)]:
            municipality = _organisation(name, SE, OrganisationKind.MUNICIPALITY)
            received.append(ReceivedInput(municipality.pk, "", T.PUBLIC_CASH, D(amount),
                                          preliminary=True))
        save_report(report=report, actor=actor, expected_revision=None, received=received,
                    costs={categories["externa-tjanster"]: D(2931397),
                           categories["lokalkostnader"]: D(565350),
                           categories["egen-personal"]: D(7095150),
                           categories["resekostnader"]: D(120266)})
        submit_report(report=report, actor=actor)


# Seed 000: Invest in Norrbotten, 50 000 kr per municipality and year -------------------

NORRBOTTEN = [("Luleå kommun", None), ("Piteå kommun", None), ("Bodens kommun", None),
              ("Älvsbyns kommun", None), ("Jokkmokks kommun", None), ("Gällivare kommun", None),
              ("Arvidsjaurs kommun", None), ("Arjeplogs kommun", None), ("Kalix kommun", None),
              ("Övertorneå kommun", None)]


def invest_in_norrbotten(project: Project) -> None:
    _rules(project, "tillvaxtverket-2014-2020")
    actor = project.created_by
    municipalities = _municipalities(project, NORRBOTTEN, SE)
    per_year = D(50000) * len(municipalities)
    budget = create_budget(
        project=project, actor=actor, name="Regional nivå", currency="SEK", country=SE,
        periods=_years((2008, date(2008, 7, 1), date(2008, 12, 31)),
                       (2009, date(2009, 1, 1), date(2009, 12, 31)),
                       (2010, date(2010, 1, 1), date(2010, 12, 31)),
                       (2011, date(2011, 1, 1), date(2011, 6, 30))),
        note=notes.INVEST_IN_NORRBOTTEN)
    landsting = _organisation("Norrbottens läns landsting", SE, OrganisationKind.REGION)
    version = _fill(budget, actor, {"ej-fordelat": [per_year + 750000] * 4}, [
        (landsting, "", T.PUBLIC_CASH, [750000] * 4, False)])
    shares = split_amount(per_year, [Municipality(m.name, m.population or 0, m.pk)
                                     for m in municipalities], 100)
    apply_split(version=version, actor=actor, shares=shares,
                period_ids=[p.pk for p in periods_of(version)],
                financing_type=T.PUBLIC_CASH, preliminary=False, expected_revision=None)


# Seed 004: Kongsbergregionen, 2.5 MNOK a year with in-kind and the municipal split ------

KONGSBERG_MUNICIPALITIES = [
    ("Hjartdal kommune", 1619), ("Tinn kommune", 6066), ("Notodden kommune", 12232),
    ("Kongsberg kommune", 23997), ("Flesberg kommune", 2521), ("Rollag kommune", 1419),
    ("Nore og Uvdal kommune", 2534)]


def kongsberg(project: Project) -> None:
    _rules(project, "norsk-fylkeskommune")
    actor = project.created_by
    budget = create_budget(
        project=project, actor=actor, name="Kostnads- og finansieringsbudsjett",
        currency="NOK", country=NO, periods=[("År 1", None, None), ("År 2", None, None),
                                             ("År 3", None, None)],
        note=notes.KONGSBERG)
    version = _fill(budget, actor, {
        "ej-fordelat": [1250000] * 3,
        "egeninnsats": [1250000] * 3,
    }, [
        (None, "Eksterne tilskudd (søkes)", T.PUBLIC_CASH, [750000] * 3, True),
        (None, "Egeninnsats fra kommunene, lokalt næringsapparat og andre deltakere",
         T.PUBLIC_IN_KIND, [1250000] * 3, False),
    ])
    municipalities = _municipalities(project, KONGSBERG_MUNICIPALITIES, NO)
    shares = split_amount(500000, [Municipality(m.name, m.population or 0, m.pk)
                                   for m in municipalities], 50)
    apply_split(version=version, actor=actor, shares=shares,
                period_ids=[p.pk for p in periods_of(version)],
                financing_type=T.PUBLIC_CASH, preliminary=False, expected_revision=None)


LOADERS = {
    "invest-in-norrbotten": invest_in_norrbotten,
    "nis-6-0": nis,
    "kreativ-region-2020": kreativ_region,
    "samordnet-naeringsapparat-kongsberg": kongsberg,
}
