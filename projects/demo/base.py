"""The shapes the demo data is written in: plain frozen records the loader turns into rows.

Keeping the seeds as data (not as code that writes rows) lets each seed module read like the
document it comes from, and lets the loader be the one place that knows the models.
"""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from portal.models import Country, OrganisationKind
from projects.demo.clock import Timeline


@dataclass(frozen=True)
class Org:
    """An organisation, named exactly as the seed document names it."""

    name: str
    kind: str
    country: str
    municipality_code: str = ""
    population: int | None = None
    population_date: date | None = None


def se_municipality(name: str, code: str) -> Org:
    return Org(name, OrganisationKind.MUNICIPALITY, Country.SWEDEN, code)


def no_municipality(
    name: str, code: str, population: int | None = None, counted: date | None = None
) -> Org:
    return Org(name, OrganisationKind.MUNICIPALITY, Country.NORWAY, code, population, counted)


@dataclass(frozen=True)
class Member:
    """A seat in the steering, reference or project group."""

    group: str
    name: str
    kind: str
    organisation: Org | None = None
    role_title: str = ""


@dataclass(frozen=True)
class Staff:
    name: str
    title: str
    fte: Decimal
    organisation: Org | None = None


@dataclass(frozen=True)
class Goal:
    """A sub-goal (delmål) with its main activities, or a benefit area."""

    title: str
    description: str = ""


@dataclass(frozen=True)
class ProjectSeed:
    slug: str
    title: str
    programme: str  # programme slug, see demo.programmes
    owner: Org
    start: date
    end: date
    status: str  # the state the document shows
    timeline: Timeline  # when its workflow steps happened
    texts: dict[str, str]  # Project text fields and horizontal ratings
    source_notes: str
    participants: tuple[tuple[Org, str], ...] = ()  # besides the owner
    sub_goals: tuple[Goal, ...] = ()
    benefit_areas: tuple[Goal, ...] = ()
    members: tuple[Member, ...] = ()
    staff: tuple[Staff, ...] = ()
