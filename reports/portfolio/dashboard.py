"""The project status dashboard, as at today or any earlier day: every figure recomputed from
the history the apps keep (budget versions and outcome reports, dated activity statuses,
risk reviews, dated indicator outcomes, action updates), read only through their selectors.
Two dashboards side by side give what changed."""

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from django.utils import timezone

from finance.burn import BudgetBurn, FinancierLine, budget_burn
from indicators import selectors as indicator_selectors
from indicators.progress import elapsed_share
from indicators.readmodels import IndicatorProgress, ProjectProgress
from plans import selectors as plan_selectors
from plans.readmodels import ActionView, ActivityView, MilestoneView
from projects.lifecycle import lifecycle_of
from projects.models import Project
from reports.portfolio import lights, lines
from reports.portfolio.lights import TrafficLight
from reports.portfolio.models import StoredLights
from risks import selectors as risk_selectors
from risks.heatmap import HeatMap, heat_map

UPCOMING_DAYS = 90
TOP_RISKS = 5


@dataclass(frozen=True)
class CurrencyTotal:
    currency: str
    approved: Decimal
    spent: Decimal
    planned_financing: Decimal
    received: Decimal

    @property
    def remaining(self) -> Decimal:
        return self.approved - self.spent

    @property
    def spent_percent(self) -> Decimal | None:
        return (self.spent * 100 / self.approved).quantize(Decimal("0.1")) if self.approved \
            else None


@dataclass(frozen=True)
class ReportDue:
    label: str
    period_end: date
    is_final: bool


@dataclass(frozen=True)
class Dashboard:
    project: Project
    day: date
    as_at: date | None
    elapsed_percent: Decimal | None
    lights: tuple[TrafficLight, ...]
    budgets: tuple[BudgetBurn, ...]
    totals: tuple[CurrencyTotal, ...]  # one per currency: budgets in SEK and NOK stay apart
    indicators: tuple[IndicatorProgress, ...]
    indicator_rule: str
    late_activities: tuple[ActivityView, ...]
    activity_count: int
    upcoming: tuple[MilestoneView, ...]
    overdue_milestones: tuple[MilestoneView, ...]
    top_risks: tuple  # RiskView, highest value first
    heat_map: HeatMap
    open_actions: tuple[ActionView, ...]
    overdue_actions: tuple[ActionView, ...]
    next_report: ReportDue | None
    last_meeting: date | None
    progress: ProjectProgress | None = None  # for the chart

    @property
    def light(self) -> dict[str, TrafficLight]:
        return {light.key: light for light in self.lights}


def dashboard(project: Project, *, as_at: date | None = None) -> Dashboard:
    today = timezone.localdate()
    day = as_at or today
    share_gone = elapsed_share(project.start_date, project.end_date, day)
    elapsed = None if share_gone is None else (share_gone * 100).quantize(Decimal("0.1"))
    funded = lifecycle_of(project).is_funded

    burns = tuple(budget_burn(project, as_at=as_at))
    totals = _totals(burns)

    plan = plan_selectors.plan_view(project, as_at=as_at)
    late = tuple(plan.late_activities)
    overdue = tuple(plan.late_milestones)
    horizon = day + timedelta(days=UPCOMING_DAYS)
    upcoming = tuple(sorted((m for m in plan.milestones
                             if m.due_on and day <= m.due_on <= horizon and not m.reached_on),
                            key=lambda m: m.due_on))

    progress = indicator_selectors.progress(project, as_at=as_at)
    with_target = [i for i in progress.indicators if i.has_target]

    register = risk_selectors.register_view(project, as_at=as_at)
    open_risks = [r for r in register.risks if not r.is_closed]
    top = tuple(sorted((r for r in open_risks if r.is_assessed),
                       key=lambda r: (-(r.value or 0), r.number))[:TOP_RISKS])

    steering = plan_selectors.steering_view(project, as_at=as_at)
    actions = [a for m in steering.meetings for a in m.actions if a.is_open]
    held = [m.held_on for m in steering.meetings if m.held_on <= day]

    money_base = totals[0] if len(totals) == 1 else None
    traffic = (
        lights.time_light(activities=len(plan.activities), late=len(late),
                          overdue_milestones=len(overdue),
                          overdue_decision_points=sum(1 for m in overdue
                                                      if m.is_decision_point)),
        lights.money_light(approved=money_base.approved if money_base else Decimal(0),
                           spent=money_base.spent if money_base else Decimal(0),
                           elapsed_percent=elapsed, funded=funded) if len(totals) <= 1 else
        _money_in_several_currencies(burns, elapsed, funded),
        lights.results_light(with_target=len(with_target),
                             off_track=sum(1 for i in with_target if i.off_track),
                             indicator_rule=progress.off_track_rule),
    )
    return Dashboard(
        project=project, day=day, as_at=as_at, elapsed_percent=elapsed, lights=traffic,
        budgets=burns, totals=totals, indicators=tuple(progress.indicators),
        indicator_rule=progress.off_track_rule, late_activities=late,
        activity_count=len(plan.activities), upcoming=upcoming, overdue_milestones=overdue,
        top_risks=top, heat_map=heat_map(register.risks),
        open_actions=tuple(sorted(actions, key=lambda a: (a.due_on, a.id))),
        overdue_actions=tuple(a for a in actions if a.overdue),
        next_report=_next_report(project, day), last_meeting=max(held, default=None),
        progress=progress)


def _totals(burns: tuple[BudgetBurn, ...]) -> tuple[CurrencyTotal, ...]:
    by_currency: dict[str, list[BudgetBurn]] = {}
    for burn in burns:
        by_currency.setdefault(burn.currency, []).append(burn)
    return tuple(CurrencyTotal(currency, sum((b.approved for b in group), Decimal(0)),
                               sum((b.spent for b in group), Decimal(0)),
                               sum((b.planned_financing for b in group), Decimal(0)),
                               sum((b.received for b in group), Decimal(0)))
                 for currency, group in by_currency.items())


def _money_in_several_currencies(burns, elapsed, funded) -> TrafficLight:
    """Budgets in two currencies are judged each on its own; the worse one counts."""
    judged = [lights.money_light(approved=b.approved, spent=b.spent, elapsed_percent=elapsed,
                                 funded=funded) for b in burns]
    order = ["red", "amber", "green", "none"]
    return min(judged, key=lambda light: order.index(light.light))


def _next_report(project: Project, day: date) -> ReportDue | None:
    periods = [p for p in indicator_selectors.reporting_periods(project) if p.end >= day]
    if not periods:
        return None
    first = min(periods, key=lambda p: p.end)
    return ReportDue(first.label, first.end, first.is_final)


def financier_lines(board: Dashboard, *, own_only: bool = False,
                    organisation_id: int | None = None
                    ) -> tuple[tuple[str, str, FinancierLine], ...]:
    """(budget, currency, line) for each financing line; with `own_only`, only the
    organisation's own (a financier sees the others only in the totals)."""
    return tuple((burn.name, burn.currency, line) for burn in board.budgets
                 for line in burn.financiers
                 if not own_only or (organisation_id is not None
                                     and line.financier_id == organisation_id))


def store_lights(board: Dashboard) -> None:
    """Keep today's lights for the portfolio's “off track” filter."""
    if board.as_at is not None:
        return
    light = board.light
    stored, _created = StoredLights.objects.update_or_create(project=board.project, defaults={
        "time": light["time"].light, "money": light["money"].light,
        "results": light["results"].light, "computed_on": board.day})
    lines.lights_stored(board.project.pk, stored.off_track)


def changes(before: Dashboard, now: Dashboard) -> dict[str, bool]:
    """Which parts changed between the two days, to mark them on the page."""
    return {
        "time": before.light["time"].light != now.light["time"].light,
        "money": before.light["money"].light != now.light["money"].light,
        "results": before.light["results"].light != now.light["results"].light,
        "spent": [t.spent for t in before.totals] != [t.spent for t in now.totals],
        "received": [t.received for t in before.totals] != [t.received for t in now.totals],
        "late": {a.id for a in before.late_activities} != {a.id for a in now.late_activities},
        "risks": [(r.id, r.value) for r in before.top_risks]
        != [(r.id, r.value) for r in now.top_risks],
        "actions": {a.id for a in before.open_actions} != {a.id for a in now.open_actions},
        "indicators": [(i.id, i.accumulated) for i in before.indicators]
        != [(i.id, i.accumulated) for i in now.indicators],
    }
