"""The surroundings of a generated portfolio: funding bodies and their programmes with finance
rules, thousands of organisations (every municipality of both countries among them) and the
people who work in the projects. Everything is created only when missing."""

import random
from dataclasses import dataclass, field
from decimal import Decimal

from django.contrib.auth.hashers import make_password

from demo.portfolio import names
from finance.models import (
    ConversionMethod,
    CostCategorySet,
    CurrencyRule,
    FinancingCap,
    FinancingType,
    ProgrammeRules,
)
from portal.models import Country, Organisation, OrganisationKind, StaffRole, User
from projects.models import ApplicationForm, Programme
from reports.portfolio import counties

PREFIX = "portfolj"
PASSWORD = "portfolio-bench-2026"
SE_MUNICIPALITIES, NO_MUNICIPALITIES = 290, 356  # as many as the two countries have
# A municipality code starts with its county's number: the portfolio sums by county from it.
SE_COUNTIES = sorted(counties.SWEDEN)
COMPANIES, UNIVERSITIES, REGIONS, OTHERS = 1900, 20, 40, 300
PEOPLE = 1500


@dataclass(frozen=True)
class ProgrammePlan:
    slug: str
    name: str
    body: str
    country: str
    form: str
    currency: str
    category_set: str
    budget_currencies: tuple[str, ...]
    weight: int  # share of the portfolio


PROGRAMMES = (
    ProgrammePlan("pf-eruf-mellersta-norrland", "ERUF Mellersta Norrland 2021–2027",
                  "Tillväxtverket", Country.SWEDEN, ApplicationForm.SWEDISH, "SEK",
                  "tillvaxtverket-2021-2027-faktiska", ("SEK",), 3),
    ProgrammePlan("pf-eruf-ovre-norrland-2014", "ERUF Övre Norrland 2014–2020",
                  "Tillväxtverket", Country.SWEDEN, ApplicationForm.SWEDISH, "SEK",
                  "tillvaxtverket-2014-2020", ("SEK",), 2),
    ProgrammePlan("pf-anslag-vasternorrland", "Regionala utvecklingsmedel Västernorrland",
                  "Region Västernorrland", Country.SWEDEN, ApplicationForm.SWEDISH, "SEK",
                  "tillvaxtverket-2014-2020", ("SEK",), 2),
    ProgrammePlan("pf-interreg-aurora", "Interreg Aurora 2021–2027",
                  "Region Norrbotten (förvaltande myndighet Aurora)", Country.SWEDEN,
                  ApplicationForm.INTERREG, "EUR", "interreg", ("SEK", "NOK"), 1),
    ProgrammePlan("pf-interreg-sverige-norge", "Interreg Sverige–Norge 2021–2027",
                  "Region Jämtland Härjedalen", Country.SWEDEN, ApplicationForm.INTERREG,
                  "EUR", "interreg", ("SEK", "NOK"), 1),
    ProgrammePlan("pf-trondelag", "Trøndelag fylkeskommune – regionale utviklingsmidler",
                  "Trøndelag fylkeskommune", Country.NORWAY, ApplicationForm.PLP, "NOK",
                  "norsk-fylkeskommune", ("NOK",), 2),
    ProgrammePlan("pf-innlandet", "Innlandet fylkeskommune – regionale utviklingsmidler",
                  "Innlandet fylkeskommune", Country.NORWAY, ApplicationForm.PLP, "NOK",
                  "norsk-fylkeskommune", ("NOK",), 1),
)
RATES = {("SEK", "EUR"): Decimal("11.2"), ("NOK", "EUR"): Decimal("11.5")}


@dataclass
class World:
    programmes: list[tuple[Programme, ProgrammePlan]]
    municipalities: dict[str, list[Organisation]]
    companies: dict[str, list[Organisation]]
    others: dict[str, list[Organisation]]
    people: list[User]
    manager: User  # the named manager of the stress project and of some others
    case_officers: dict[int, list[User]]  # funding body id -> its case officers
    category_sets: dict[str, CostCategorySet] = field(default_factory=dict)

    def participants(self, country: str) -> list[Organisation]:
        return self.municipalities[country] + self.others[country] + self.companies[country]


def build(rng: random.Random) -> World:
    organisations = _organisations(rng)
    programmes: list[tuple[Programme, ProgrammePlan]] = []
    officers: dict[int, list[User]] = {}
    bodies = list(dict.fromkeys(plan.body for plan in PROGRAMMES))
    for plan in PROGRAMMES:
        body, _ = Organisation.objects.get_or_create(
            name=plan.body, country=plan.country,
            defaults={"kind": OrganisationKind.FUNDING_BODY})
        programme, _ = Programme.objects.get_or_create(
            slug=plan.slug, defaults={
                "name": plan.name, "funding_body": body, "country": plan.country,
                "application_form": plan.form, "reporting_currency": plan.currency})
        _rules(programme, plan)
        programmes.append((programme, plan))
        officers.setdefault(body.pk, _case_officers(body, bodies.index(plan.body) + 1))
    people, manager = _people()
    sets = {s.slug: s for s in CostCategorySet.objects.all()}
    return World(programmes=programmes, people=people, manager=manager,
                 case_officers=officers, category_sets=sets, **organisations)


def case_officer_username(body: int, number: int = 1) -> str:
    """Case officer `number` of the `body`th funding body (1: Tillväxtverket, the largest)."""
    return f"{PREFIX}-handlaggare-{body}-{number}"


def _case_officers(body: Organisation, index: int) -> list[User]:
    users = []
    for number in (1, 2, 3):
        user, _ = User.objects.get_or_create(
            username=case_officer_username(index, number), defaults={
                "password": make_password(PASSWORD), "funding_body": body,
                "organisation": body, "first_name": "Handläggare", "last_name": str(number),
                "staff_role": StaffRole.CASE_OFFICER})
        users.append(user)
    return users


def _people() -> tuple[list[User], User]:
    existing = set(User.objects.filter(username__startswith=f"{PREFIX}-person-")
                   .values_list("username", flat=True))
    password = make_password(PASSWORD)
    User.objects.bulk_create(
        User(username=f"{PREFIX}-person-{n:04}", password=password,
             first_name="Person", last_name=f"{n:04}")
        for n in range(PEOPLE) if f"{PREFIX}-person-{n:04}" not in existing)
    people = list(User.objects.filter(username__startswith=f"{PREFIX}-person-")
                  .order_by("username"))
    manager, _ = User.objects.get_or_create(
        username=f"{PREFIX}-projektledare",
        defaults={"password": password, "first_name": "Projekt", "last_name": "Ledare"})
    return people, manager


def _organisations(rng: random.Random) -> dict:
    existing = set(Organisation.objects.values_list("name", "country"))
    wanted: list[Organisation] = []

    def add(name, kind, country, **extra):
        if (name, country) not in existing:
            existing.add((name, country))
            wanted.append(Organisation(name=name, kind=kind, country=country, **extra))

    se = names.place_names(rng, SE_MUNICIPALITIES, names.SE_STEMS, names.SE_ENDS)
    no = names.place_names(rng, NO_MUNICIPALITIES, names.NO_STEMS, names.NO_ENDS)
    for number, place in enumerate(se):
        add(f"{place} kommun", OrganisationKind.MUNICIPALITY, Country.SWEDEN,
            municipality_code=f"{SE_COUNTIES[number % len(SE_COUNTIES)]}"
                              f"{number // len(SE_COUNTIES) + 10:02}",
            population=rng.randint(2_000, 150_000))
    for number, place in enumerate(no):
        add(f"{place} kommune", OrganisationKind.MUNICIPALITY, Country.NORWAY,
            municipality_code=f"{3000 + number:04}", population=rng.randint(800, 90_000))
    for number in range(COMPANIES):
        country = Country.NORWAY if number % 3 == 0 else Country.SWEDEN
        places = no if country == Country.NORWAY else se
        ends = names.COMPANY_ENDS_NO if country == Country.NORWAY else names.COMPANY_ENDS
        add(f"{places[number % len(places)]} {rng.choice(ends)} {number}",
            OrganisationKind.COMPANY, country)
    for number in range(UNIVERSITIES):
        add(f"Högskolan i {se[number]}" if number % 2 else f"Universitetet i {no[number]}",
            OrganisationKind.UNIVERSITY, Country.SWEDEN if number % 2 else Country.NORWAY)
    for number in range(REGIONS):
        add(f"Region {se[number + 40]}" if number % 2 else f"{no[number + 40]} fylkeskommune",
            OrganisationKind.REGION, Country.SWEDEN if number % 2 else Country.NORWAY)
    for number in range(OTHERS):
        country = Country.NORWAY if number % 2 else Country.SWEDEN
        place = (no if number % 2 else se)[number % 200]
        label = "Næringsforening" if number % 2 else "Företagarförening"
        add(f"{place} {label} {number}", OrganisationKind.OTHER, country)
    Organisation.objects.bulk_create(wanted, batch_size=2000)

    generated: dict[str, list[Organisation]] = {Country.SWEDEN: [], Country.NORWAY: []}
    municipalities: dict[str, list[Organisation]] = {Country.SWEDEN: [], Country.NORWAY: []}
    companies: dict[str, list[Organisation]] = {Country.SWEDEN: [], Country.NORWAY: []}
    by_kind: dict[str, dict[str, list[Organisation]]] = {
        OrganisationKind.MUNICIPALITY: municipalities, OrganisationKind.COMPANY: companies}
    for org in Organisation.objects.exclude(kind=OrganisationKind.FUNDING_BODY).order_by("pk"):
        target = by_kind.get(org.kind, generated)
        target[org.country].append(org)
    return {"municipalities": municipalities, "companies": companies, "others": generated}


def _rules(programme: Programme, plan: ProgrammePlan) -> None:
    category_set = CostCategorySet.objects.get(slug=plan.category_set)
    rules, created = ProgrammeRules.objects.get_or_create(
        programme=programme, defaults={"category_set": category_set})
    if not created:
        return
    if plan.form == ApplicationForm.INTERREG:
        for (currency, _per), rate in RATES.items():
            CurrencyRule.objects.create(rules=rules, currency=currency,
                                        method=ConversionMethod.FIXED, fixed_rate=rate)
        FinancingCap.objects.create(rules=rules, label="EU-medel högst 65 %",
                                    financing_type=FinancingType.EU_FUND,
                                    max_percent=Decimal(65))
    elif plan.currency == "SEK" and plan.category_set.startswith("tillvaxtverket-2021"):
        FinancingCap.objects.create(rules=rules, label="ERUF högst 60 %",
                                    financing_type=FinancingType.EU_FUND,
                                    max_percent=Decimal(60))
