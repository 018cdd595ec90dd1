"""What the selectors return: typed, frozen read models. Pages, reports, dashboards, the
portfolio and the API read these and nothing else of the indicators app."""

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal


@dataclass(frozen=True)
class PeriodValue:
    """One reporting period of one indicator: what it added and where the total stood."""

    period_id: int
    label: str
    start: date
    end: date
    is_final: bool
    value: Decimal | None  # typed, or computed from the register for the period
    women: Decimal | None
    men: Decimal | None
    accumulated: Decimal | None  # the outcome as it stood at the end of the period
    note: str = ""
    reported_on: date | None = None


@dataclass(frozen=True)
class StatedComparison:
    """A figure a document or person states, beside the computed one."""

    measure: str
    measure_label: str
    stated: Decimal
    computed: Decimal | None
    source: str
    stated_on: date | None = None
    id: int | None = None

    @property
    def difference(self) -> Decimal | None:
        return None if self.computed is None else self.stated - self.computed

    @property
    def agrees(self) -> bool:
        return self.difference == 0


@dataclass(frozen=True)
class IndicatorProgress:
    """One indicator's target, outcome and progress, as at a date or today."""

    id: int
    code: str
    name: str
    unit: str
    kind: str
    kind_label: str
    is_own: bool
    source: str  # "typed" or "register"
    rule: str  # the register rule, "" when typed
    rule_label: str
    counting: str
    counting_label: str
    gender_split: bool
    goal: str
    benefit_area: str
    baseline: Decimal | None
    baseline_year: int | None
    target: Decimal | None
    target_women: Decimal | None
    target_men: Decimal | None
    periods: tuple[PeriodValue, ...]
    accumulated: Decimal | None  # None: nothing reported yet
    women: Decimal | None
    men: Decimal | None
    percent: Decimal | None  # progress towards the target, may exceed 100
    women_share: Decimal | None  # per cent of the outcome
    trend: str  # "rising", "steady", "falling" or ""
    trend_label: str
    off_track: bool
    status_label: str
    status_reason: str
    stated: tuple[StatedComparison, ...] = ()
    breakdown: tuple[tuple[str, Decimal], ...] = ()  # e.g. enterprises by size
    findings: tuple[str, ...] = ()  # the catalogue's rules a figure breaks
    note: str = ""
    definition: str = ""
    catalogue_reference: str = ""
    portfolio_measure: str = ""
    as_at: date | None = None
    revision: int = 0
    outcome_revision: int = 0

    @property
    def has_target(self) -> bool:
        return self.target is not None

    @property
    def bar_percent(self) -> Decimal:
        """The share of the bar to fill: progress capped at 100."""
        if self.percent is None:
            return Decimal(0)
        return max(Decimal(0), min(Decimal(100), self.percent))


@dataclass(frozen=True)
class ProjectProgress:
    """Every indicator of a project, with the rule that flags an indicator as off track."""

    indicators: tuple[IndicatorProgress, ...]
    as_at: date | None
    elapsed_percent: Decimal | None  # share of the project period gone by
    off_track_rule: str
    findings: tuple[str, ...] = ()
    benefit_areas_without_indicator: tuple[str, ...] = ()

    @property
    def off_track_count(self) -> int:
        return sum(1 for i in self.indicators if i.off_track)


@dataclass(frozen=True)
class ActivityTypeSummary:
    id: int
    name: str
    plan_reference: str
    stated_count: int | None
    stated_source: str
    activities: int  # records in the register
    participants: int
    women: int
    men: int
    other: int

    @property
    def difference(self) -> int | None:
        return None if self.stated_count is None else self.stated_count - self.activities


@dataclass(frozen=True)
class ParticipantSummary:
    activities: int
    participants: int
    women: int
    men: int
    other: int
    women_share: Decimal | None
    first_date: date | None
    last_date: date | None
    by_type: tuple[ActivityTypeSummary, ...]
    stated: tuple[StatedComparison, ...] = ()
    names_kept: int = 0
    as_at: date | None = None


@dataclass(frozen=True)
class CompanyGrowth:
    """One supported company and the change in its employees between its first and its
    latest count."""

    id: int
    name: str
    organisation_number: str  # as people write it
    country: str
    municipality: str
    industry: str
    leadership: str
    leadership_label: str
    size_class: str
    support_kind_label: str
    support_amount: Decimal | None
    supported_from: date | None
    first: Decimal | None
    first_label: str
    latest: Decimal | None
    latest_label: str
    growth: Decimal | None
    growth_percent: Decimal | None
    stated_growth: Decimal | None
    indicator_codes: tuple[str, ...] = ()
    note: str = ""
    revision: int = 0

    @property
    def stated_difference(self) -> Decimal | None:
        if self.stated_growth is None or self.growth is None:
            return None
        return self.stated_growth - self.growth


@dataclass(frozen=True)
class CompanyRegisterSummary:
    companies: tuple[CompanyGrowth, ...]
    count: int
    employees_first: Decimal
    employees_latest: Decimal
    growth: Decimal
    growth_percent: Decimal | None
    led_by_women: int
    led_by_men: int
    shared_leadership: int
    stated: tuple[StatedComparison, ...] = ()
    as_at: date | None = None
    measurement_labels: tuple[str, ...] = field(default_factory=tuple)

    @property
    def leadership_not_stated(self) -> int:
        return self.count - self.led_by_women - self.led_by_men - self.shared_leadership


@dataclass(frozen=True)
class PortfolioIndicatorTotals:
    """A funding body's totals over many projects, summed by the database."""

    projects: int
    expected_jobs: Decimal
    expected_jobs_women: Decimal
    expected_jobs_men: Decimal
    jobs: Decimal
    jobs_women: Decimal
    jobs_men: Decimal
    expected_enterprises: Decimal
    enterprises: Decimal
    participants: Decimal
    participants_women: Decimal
