"""The rules a budget and its financing plan are checked against.

Hard findings block submission; soft ones are warnings shown beside the figures. Every
finding names where it is (budget, period, financing row) and carries the amounts.
"""

from dataclasses import dataclass
from decimal import Decimal

from django.utils.translation import gettext as _

from finance.amounts import ZERO, cents
from finance.conversion import Conversion
from finance.figures import Figures
from finance.models import CapBasis, CategoryKind, FinancingCap, ProgrammeRules, Severity
from portal.formatting import money as _money
from portal.formatting import percent

HARD, SOFT = Severity.HARD, Severity.SOFT


def money(value: Decimal, currency: str) -> str:
    """Whole units unless there are öre, so a difference of 0,50 kr is not shown as 1 kr."""
    return _money(value, currency)


@dataclass(frozen=True)
class Finding:
    severity: str
    code: str
    message: str
    budget_id: int | None = None
    period_id: int | None = None
    source_id: int | None = None

    @property
    def is_hard(self) -> bool:
        return self.severity == HARD


def check_budget(figures: Figures, rules: ProgrammeRules | None) -> list[Finding]:
    budget = figures.version.budget
    currency = budget.currency
    found: list[Finding] = []

    def add(severity, code, message, **where):
        found.append(Finding(severity, code, message, budget.pk, **where))

    if figures.difference_total:
        add(HARD, "balance_total", _(
            "%(budget)s does not balance: eligible costs %(cost)s, financing %(financing)s, "
            "difference %(difference)s.") % {
            "budget": budget.name, "cost": money(figures.eligible_total, currency),
            "financing": money(figures.financing_total, currency),
            "difference": money(figures.difference_total, currency)})
    period_severity = rules.period_balance if rules else HARD
    # Each per-period property sums every period: read once, not once per period.
    eligible = figures.eligible_by_period
    differences = figures.difference_by_period
    for period in figures.periods:
        difference = differences[period.pk]
        if difference:
            add(period_severity, "balance_period", _(
                "%(period)s: eligible costs %(cost)s, financing %(financing)s, "
                "difference %(difference)s.") % {
                "period": period.label, "cost": money(eligible[period.pk], currency),
                "financing": money(figures.financing_by_period.get(period.pk, ZERO), currency),
                "difference": money(difference, currency)}, period_id=period.pk)

    for row in figures.sources:
        if row.source.preliminary and row.total:
            add(SOFT, "preliminary", _(
                "%(source)s: %(amount)s are preliminary figures.") % {
                "source": row.source.name, "amount": money(row.total, currency)},
                source_id=row.source.pk)
    unallocated = figures.total_of_kind(CategoryKind.UNALLOCATED)
    if unallocated:
        add(SOFT, "unallocated", _(
            "%(amount)s are not broken down by cost category.") % {
            "amount": money(unallocated, currency)})
    in_kind_cost = figures.total_of_kind(CategoryKind.IN_KIND)
    in_kind_financing = figures.in_kind_financing_total
    if in_kind_cost != in_kind_financing and (in_kind_cost or in_kind_financing):
        add(SOFT, "in_kind", _(
            "In-kind contributions: %(cost)s valued as cost, %(financing)s as financing.") % {
            "cost": money(in_kind_cost, currency), "financing": money(in_kind_financing, currency)})

    if rules is not None:
        for cap in rules.caps.all():
            if cap.basis == CapBasis.BUDGET:
                found.extend(_check_cap(cap, figures.eligible_total, _cap_amounts(cap, figures),
                                        currency, budget.pk, budget.name))
    return found


def check_project_caps(all_figures: list[Figures], conversions: dict[int, Conversion],
                       rules: ProgrammeRules | None, to: str) -> list[Finding]:
    """Caps on the whole project, each budget converted to the programme currency."""
    if rules is None:
        return []
    found: list[Finding] = []
    caps = [cap for cap in rules.caps.all() if cap.basis == CapBasis.PROJECT]
    if not caps:
        return found
    missing = [f.version.budget for f in all_figures
               if not conversions[f.version.budget.pk].available]
    if missing:
        names = ", ".join(b.name for b in missing)
        return [Finding(SOFT, "rate_missing", _(
            "The caps on the whole project cannot be checked: no exchange rate for %(names)s.")
            % {"names": names})]
    eligible = sum((conversions[f.version.budget.pk].convert(f.eligible_total)
                    for f in all_figures), ZERO)
    for cap in caps:
        amounts: dict[str, Decimal] = {}
        for figures in all_figures:
            conversion = conversions[figures.version.budget.pk]
            for name, value in _cap_amounts(cap, figures).items():
                amounts[name] = amounts.get(name, ZERO) + conversion.convert(value)
        found.extend(_check_cap(cap, eligible, amounts, to, None, _("The project")))
    return found


def _cap_amounts(cap: FinancingCap, figures: Figures) -> dict[str, Decimal]:
    """The amounts the cap limits: one per financier, or one for all rows of the type."""
    amounts: dict[str, Decimal] = {}
    for row in figures.sources:
        if cap.financing_type and row.source.financing_type != cap.financing_type:
            continue
        name = row.source.name if cap.per_financier else cap.label
        amounts[name] = amounts.get(name, ZERO) + row.total
    return amounts


def _check_cap(cap, eligible, amounts, currency, budget_id, where) -> list[Finding]:
    found = []
    limit = cents(eligible * cap.max_percent / 100)
    for name, amount in amounts.items():
        if amount <= limit or not amount:
            continue
        share = amount * 100 / eligible if eligible else None
        found.append(Finding(cap.severity, "cap", _(
            "%(where)s: %(name)s is %(amount)s (%(share)s of eligible cost); the programme "
            "allows at most %(max)s, that is %(limit)s.") % {
            "where": where, "name": name, "amount": money(amount, currency),
            "share": percent(share) if share is not None else "–",
            "max": percent(cap.max_percent), "limit": money(limit, currency)},
            budget_id=budget_id))
    return found
