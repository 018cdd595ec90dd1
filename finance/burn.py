"""Budget burn for dashboards: per budget what is approved, spent and remaining, and the
co-financing received, as it stood on any day, from the versions and the outcome reports
finance keeps. A fixed number of queries per budget, whatever the number of lines."""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from django.utils import timezone

from finance.amounts import ZERO
from finance.models import Budget, BudgetVersion, OutcomeReport
from finance.outcome import outcome_table
from finance.selectors import budget_figures, categories_of
from projects.models import ChangeRequestStatus, Project


@dataclass(frozen=True)
class FinancierLine:
    financier_id: int | None
    name: str
    asked: Decimal  # what the approved financing plan asks of them
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


def version_in_force(budget: Budget, day: date) -> BudgetVersion | None:
    """The newest version made by the day whose change request (if any) had been approved
    by then: what the outcome was reported against on that day."""
    versions = (budget.versions.select_related("change_request")
                .filter(created_at__date__lte=day).order_by("-number"))
    for version in versions:
        request = version.change_request
        if request is None or (request.status == ChangeRequestStatus.APPROVED
                               and request.decided_at
                               and timezone.localdate(request.decided_at) <= day):
            version.budget = budget
            return version
    return None


def budget_burn(project: Project, *, as_at: date | None = None) -> list[BudgetBurn]:
    day = as_at or timezone.localdate()
    burns = []
    for budget in Budget.objects.filter(project=project).select_related("category_set"):
        version = version_in_force(budget, day)
        if version is None:
            continue
        figures = budget_figures(version, categories=categories_of(budget))
        last = (OutcomeReport.objects.filter(budget=budget, created_at__date__lte=day)
                .exclude(period_end__gt=day).order_by("-number").first())
        if last is None:
            financiers = tuple(FinancierLine(s.source.financier_id, s.source.name, s.total, ZERO)
                               for s in figures.sources)
            burns.append(BudgetBurn(budget.pk, budget.name, budget.currency, version.number,
                                    figures.eligible_total, ZERO, figures.financing_total,
                                    ZERO, None, _merged(financiers)))
            continue
        table = outcome_table(last, figures)
        financiers = tuple(FinancierLine(line.financier_id, line.label, line.approved,
                                         line.accumulated) for line in table.financing)
        burns.append(BudgetBurn(
            budget.pk, budget.name, budget.currency, version.number,
            table.cost_total.approved, table.cost_total.accumulated,
            table.financing_total.approved, table.financing_total.accumulated,
            last.period_end, _merged(financiers)))
    return burns


def _merged(lines: tuple[FinancierLine, ...]) -> tuple[FinancierLine, ...]:
    """One line per financier (a financier may give in two financing types)."""
    merged: dict = {}
    for line in lines:
        key = line.financier_id or line.name
        if key in merged:
            old = merged[key]
            merged[key] = FinancierLine(old.financier_id, old.name, old.asked + line.asked,
                                        old.received + line.received)
        else:
            merged[key] = line
    return tuple(merged.values())
