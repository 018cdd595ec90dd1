"""Counting from the registers: participants and activities from the participation records,
companies and their growth in employees from the company register.

The selectors load each register once per page, in a fixed number of queries, and hand the
rows to these functions, which only count. A record counts towards a date when it happened
on or before it, so the same functions answer “as at the last meeting” and “today”.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from indicators.models import Leadership, RegisterRule

ZERO = Decimal(0)


@dataclass(frozen=True)
class ParticipationRow:
    """Participation records of one activity type on one date, summed by the database."""

    activity_type_id: int
    held_on: date
    women: int
    men: int
    other: int
    activities: int


@dataclass(frozen=True)
class CompanyFacts:
    id: int
    supported_from: date | None
    founded_on: date | None
    leadership: str
    size_class: str


@dataclass
class Registers:
    """Everything the register rules need, loaded once for a project."""

    participation: list[ParticipationRow] = field(default_factory=list)
    companies: dict[int, CompanyFacts] = field(default_factory=dict)
    links: dict[int, set[int]] = field(default_factory=lambda: defaultdict(set))
    counts: dict[int, list[tuple[date, Decimal]]] = field(default_factory=lambda: defaultdict(list))


@dataclass(frozen=True)
class Figure:
    value: Decimal
    women: Decimal | None = None
    men: Decimal | None = None


@dataclass(frozen=True)
class Counted:
    """A register rule's result: the total as at a date, and per period what the period
    brought and where the total stood at its end."""

    total: Figure
    per_period: list[Figure | None]
    cumulative: list[Figure | None]
    breakdown: tuple[tuple[str, Decimal], ...] = ()
    not_new: int = 0  # companies left out of a “new enterprises” count


def _upto(day: date | None, as_at: date | None) -> bool:
    return as_at is None or (day is not None and day <= as_at)


def participation(rows: list[ParticipationRow], *, rule: str, activity_type_id: int | None,
                  periods: list, as_at: date | None) -> Counted:
    """Participants (by gender) or activities (records), all or of one activity type."""
    chosen = [r for r in rows if (activity_type_id is None or r.activity_type_id ==
                                  activity_type_id) and _upto(r.held_on, as_at)]

    def figure(selected) -> Figure:
        if rule == RegisterRule.ACTIVITIES:
            return Figure(Decimal(sum(r.activities for r in selected)))
        women = sum(r.women for r in selected)
        men = sum(r.men for r in selected)
        other = sum(r.other for r in selected)
        return Figure(Decimal(women + men + other), Decimal(women), Decimal(men))

    per_period, cumulative = [], []
    for period in periods:
        inside = [r for r in chosen if period.start <= r.held_on <= period.end]
        per_period.append(figure(inside) if inside else None)
        cumulative.append(figure([r for r in chosen if r.held_on <= period.end]))
    return Counted(figure(chosen), per_period, cumulative)


def counted_companies(registers: Registers, company_ids: set[int], *, periods: list,
                      as_at: date | None, new_since: date | None) -> Counted:
    """Each company once, whatever the period: dated by when its support began (a company
    without that date counts from the start). Women and men are the companies led by women
    and by men; with `new_since`, only companies founded on or after it count."""
    chosen, not_new = [], 0
    for company_id in sorted(company_ids):
        company = registers.companies.get(company_id)
        if company is None:
            continue
        if new_since is not None and (company.founded_on is None
                                      or company.founded_on < new_since):
            not_new += 1
            continue
        if as_at is None or company.supported_from is None or company.supported_from <= as_at:
            chosen.append(company)

    def figure(selected) -> Figure:
        return Figure(Decimal(len(selected)),
                      Decimal(sum(1 for c in selected if c.leadership == Leadership.WOMAN)),
                      Decimal(sum(1 for c in selected if c.leadership == Leadership.MAN)))

    per_period, cumulative = [], []
    for period in periods:
        inside = [c for c in chosen if c.supported_from is not None
                  and period.start <= c.supported_from <= period.end]
        per_period.append(figure(inside) if inside else None)
        cumulative.append(figure([c for c in chosen if c.supported_from is None
                                  or c.supported_from <= period.end]))
    sizes: dict[str, int] = defaultdict(int)
    for company in chosen:
        sizes[company.size_class] += 1
    breakdown = tuple((size, Decimal(n)) for size, n in sorted(sizes.items()) if size)
    return Counted(figure(chosen), per_period, cumulative, breakdown, not_new)


def growth_as_at(registers: Registers, company_ids: set[int], as_at: date | None) -> Decimal:
    """Σ over the companies of (latest count − first count), counts taken on or before the
    date. A company counted once has not grown yet."""
    total = ZERO
    for company_id in company_ids:
        counts = [(day, n) for day, n in registers.counts.get(company_id, ())
                  if as_at is None or day <= as_at]
        if len(counts) >= 2:
            total += counts[-1][1] - counts[0][1]
    return total


def employment_growth(registers: Registers, company_ids: set[int], *, periods: list,
                      as_at: date | None) -> Counted:
    """Growth as it stood at the end of each period. The final report's period also takes
    the counts made after the project ended: a final report measures once it is over (NIS
    6.0 counted its companies' employees in October 2022, after a September end)."""
    cumulative, per_period = [], []
    before = ZERO
    for period in periods:
        day = period.end if as_at is None else min(period.end, as_at)
        if getattr(period, "is_final", False):
            day = as_at
        if as_at is not None and period.start > as_at:
            cumulative.append(None)
            per_period.append(None)
            continue
        standing = growth_as_at(registers, company_ids, day)
        cumulative.append(Figure(standing))
        per_period.append(Figure(standing - before))
        before = standing
    return Counted(Figure(growth_as_at(registers, company_ids, as_at)), per_period, cumulative)


def new_since(project_start: date | None, years: int | None) -> date | None:
    """The founding date from which a company counts as new: `years` before the project
    started (CO05: less than three years before)."""
    if project_start is None or not years:
        return None
    try:
        return project_start.replace(year=project_start.year - years) + timedelta(days=1)
    except ValueError:  # 29 February
        return project_start.replace(year=project_start.year - years, day=28) + timedelta(
            days=1)
