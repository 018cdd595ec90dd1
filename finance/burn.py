"""Budget burn for dashboards: per budget what is approved, spent and remaining, and the
co-financing received, as it stood on any day, from the versions and the outcome reports
finance keeps. The same queries for one budget or ten, whatever the number of lines."""

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from django.utils import timezone

from finance.amounts import ZERO
from finance.models import Budget, BudgetVersion, OutcomeReport
from finance.outcome import outcome_tables
from finance.selectors import figures_of_versions
from projects.models import ChangeRequestStatus, Project


@dataclass(frozen=True)
class FinancierLine:
    financier_id: int | None
    name: str
    # What the approved financing plan asks of them; None when the plan has no line of
    # theirs (a plan of one undivided sum): not stated, which is not the same as nothing.
    asked: Decimal | None
    received: Decimal  # what the outcome reports say came in


@dataclass(frozen=True)
class BudgetBurn:
    budget_id: int
    name: str
    currency: str
    version_number: int
    approved: Decimal  # eligible cost of the version in force
    spent: Decimal  # eligible cost reported, accumulated
    planned_financing: Decimal
    received: Decimal  # co-financing received, accumulated
    reported_until: date | None  # end of the last outcome period counted
    financiers: tuple[FinancierLine, ...]

    @property
    def remaining(self) -> Decimal:
        return self.approved - self.spent

    @property
    def spent_percent(self) -> Decimal | None:
        if not self.approved:
            return None
        return (self.spent * 100 / self.approved).quantize(Decimal("0.1"))


def in_force_on(versions: list[BudgetVersion], day: date) -> BudgetVersion | None:
    """Of one budget's versions made by the day (newest first, each with its change
    request), the newest whose change request (if any) had been approved by then: what the
    outcome was reported against on that day."""
    for version in versions:
        request = version.change_request
        if request is None or (request.status == ChangeRequestStatus.APPROVED
                               and request.decided_at
                               and timezone.localdate(request.decided_at) <= day):
            return version
    return None


def budget_burn(project: Project, *, as_at: date | None = None) -> list[BudgetBurn]:
    """Every budget's burn in the same queries whether the project has one budget or ten:
    the versions in force, their figures and the last outcome reports are read for all
    budgets at once."""
    day = as_at or timezone.localdate()
    budgets = list(Budget.objects.filter(project=project).select_related("category_set"))
    by_budget: dict[int, list[BudgetVersion]] = defaultdict(list)
    for version in (BudgetVersion.objects.filter(budget__in=budgets,
                                                 created_at__date__lte=day)
                    .select_related("change_request").order_by("budget_id", "-number")):
        by_budget[version.budget_id].append(version)
    in_force: dict[int, BudgetVersion] = {}
    for budget in budgets:
        chosen = in_force_on(by_budget[budget.pk], day)
        if chosen is not None:
            chosen.budget = budget
            in_force[budget.pk] = chosen
    figures = figures_of_versions(list(in_force.values()))
    last_reports: dict[int, OutcomeReport] = {}
    for report in (OutcomeReport.objects.filter(budget_id__in=in_force,
                                                created_at__date__lte=day)
                   .exclude(period_end__gt=day).order_by("budget_id", "-number")):
        last_reports.setdefault(report.budget_id, report)
    tables = outcome_tables(list(last_reports.values()),
                            {budget_id: figures[version.pk]
                             for budget_id, version in in_force.items()})
    return [_burn(budget, in_force[budget.pk], figures[in_force[budget.pk].pk],
                  last_reports.get(budget.pk), tables)
            for budget in budgets if budget.pk in in_force]


def _burn(budget: Budget, version: BudgetVersion, figures, last: OutcomeReport | None,
          tables: dict) -> BudgetBurn:
    if last is None:
        financiers = tuple(FinancierLine(s.source.financier_id, s.source.name, s.total, ZERO)
                           for s in figures.sources)
        return BudgetBurn(budget.pk, budget.name, budget.currency, version.number,
                          figures.eligible_total, ZERO, figures.financing_total, ZERO, None,
                          _merged(financiers))
    table = tables[last.pk]
    financiers = tuple(FinancierLine(line.financier_id, line.label,
                                     line.approved if line.planned else None,
                                     line.accumulated) for line in table.financing)
    return BudgetBurn(budget.pk, budget.name, budget.currency, version.number,
                      table.cost_total.approved, table.cost_total.accumulated,
                      table.financing_total.approved, table.financing_total.accumulated,
                      last.period_end, _merged(financiers))


def _merged(lines: tuple[FinancierLine, ...]) -> tuple[FinancierLine, ...]:
    """One line per financier (a financier may give in two financing types)."""
    merged: dict = {}
    for line in lines:
        key = line.financier_id or line.name
        if key in merged:
            old = merged[key]
            merged[key] = FinancierLine(old.financier_id, old.name,
                                        _stated_sum(old.asked, line.asked),
                                        old.received + line.received)
        else:
            merged[key] = line
    return tuple(merged.values())


def _stated_sum(first: Decimal | None, second: Decimal | None) -> Decimal | None:
    """What the plan asks in all, not stated only when no line states it."""
    if first is None or second is None:
        return second if first is None else first
    return first + second
