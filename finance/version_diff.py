"""How a budget changed between two frozen versions, as a budget reader reads it.

Case officers decide change requests from this view: per budget, the cells that changed
(row × period, old, new, difference), the totals before and after, the financing lines that
changed and the conversion rate if it moved. It reads only the frozen `finance` parts
(`finance.integration.snapshot`), so a version frozen years ago compares the same way.
"""

from dataclasses import dataclass
from decimal import Decimal

from django.template.loader import render_to_string

from finance.amounts import parse_amount
from finance.models import FinancingType

ZERO = Decimal(0)


@dataclass(frozen=True)
class CellChange:
    row: str
    period: str  # "" for a row that has no period (a row added or removed as a whole)
    old: Decimal | None
    new: Decimal | None
    computed: bool = False  # a flat-rate row: it follows its base, nobody typed it

    @property
    def difference(self) -> Decimal:
        return (self.new or ZERO) - (self.old or ZERO)


@dataclass(frozen=True)
class TotalChange:
    old: Decimal | None
    new: Decimal | None

    @property
    def difference(self) -> Decimal:
        return (self.new or ZERO) - (self.old or ZERO)

    @property
    def changed(self) -> bool:
        return self.old != self.new


@dataclass(frozen=True)
class RateChange:
    old: Decimal | None
    new: Decimal | None
    currency: str
    to: str


@dataclass(frozen=True)
class BudgetDifference:
    name: str
    currency: str
    state: str  # "added", "removed" or "changed"
    costs: tuple[CellChange, ...]
    financing: tuple[CellChange, ...]
    eligible_cost: TotalChange
    financing_total: TotalChange
    periods_before: tuple[str, ...]
    periods_after: tuple[str, ...]
    rate: RateChange | None

    @property
    def periods_changed(self) -> bool:
        return self.periods_before != self.periods_after

    @property
    def balance_before(self) -> Decimal | None:
        if self.eligible_cost.old is None and self.financing_total.old is None:
            return None
        return (self.financing_total.old or ZERO) - (self.eligible_cost.old or ZERO)

    @property
    def balance_after(self) -> Decimal | None:
        if self.eligible_cost.new is None and self.financing_total.new is None:
            return None
        return (self.financing_total.new or ZERO) - (self.eligible_cost.new or ZERO)


def _amount(value) -> Decimal | None:
    return parse_amount(value) if value not in (None, "") else None


def _financier_label(key: str, row: dict) -> str:
    """A frozen financing line is keyed 'Region Norrbotten (Offentlig kontant)' in the
    language of whoever froze it; the type is named again in the reader's language."""
    name = key.rsplit(" (", 1)[0] if key.endswith(")") else key
    code = row.get("type", "")
    if code in FinancingType.values:
        return f"{name} ({FinancingType(code).label})"
    return key


def _by_identity(rows: dict, identity) -> dict:
    """Rows keyed by what they are (a category's code, a financier and its type) rather than
    by their label, which a version frozen in another language words differently."""
    return {identity(label, row): (label, row) for label, row in rows.items()}


def _cost_identity(label: str, row: dict) -> str:
    return row.get("category") or label


def _financing_identity(label: str, row: dict) -> tuple[str, str]:
    return (label.rsplit(" (", 1)[0] if label.endswith(")") else label, row.get("type", ""))


def _cells(old_rows: dict, new_rows: dict, periods: list[str], identity,
           label=None) -> list[CellChange]:
    old_rows, new_rows = _by_identity(old_rows, identity), _by_identity(new_rows, identity)
    changes = []
    nothing: tuple[str, dict] = ("", {})
    for key in [*old_rows, *(k for k in new_rows if k not in old_rows)]:
        (old_label, before), (new_label, after) = (old_rows.get(key) or nothing,
                                                   new_rows.get(key) or nothing)
        row: dict = after or before
        shown = new_label or old_label
        shown = label(shown, row) if label else shown
        computed = "percent" in row
        old_amounts, new_amounts = before.get("amounts", {}), after.get("amounts", {})
        row_periods = [*periods, *(p for p in [*old_amounts, *new_amounts] if p not in periods)]
        for period in dict.fromkeys(row_periods):
            if old_amounts.get(period) == new_amounts.get(period):
                continue  # the same text is the same amount; most cells are unchanged
            old, new = _amount(old_amounts.get(period)), _amount(new_amounts.get(period))
            if (old or ZERO) != (new or ZERO):
                changes.append(CellChange(shown, period, old, new, computed))
    return changes


def _rate(old: dict, new: dict) -> RateChange | None:
    before, after = old.get("conversion") or {}, new.get("conversion") or {}
    old_rate, new_rate = _amount_or_rate(before.get("rate")), _amount_or_rate(after.get("rate"))
    if old_rate == new_rate or not (before or after):
        return None
    shown = after or before
    return RateChange(old_rate, new_rate, shown.get("currency", ""), shown.get("to", ""))


def _amount_or_rate(value) -> Decimal | None:
    return Decimal(str(value)) if value not in (None, "") else None


def budget_differences(old_part: dict, new_part: dict) -> list[BudgetDifference]:
    """Every budget that changed between two frozen finance parts, in the newer order."""
    old_budgets, new_budgets = old_part.get("budgets", {}), new_part.get("budgets", {})
    differences = []
    for name in [*new_budgets, *(n for n in old_budgets if n not in new_budgets)]:
        old, new = old_budgets.get(name) or {}, new_budgets.get(name) or {}
        periods = [*new.get("periods", []),
                   *(p for p in old.get("periods", []) if p not in new.get("periods", []))]
        difference = BudgetDifference(
            name=name,
            currency=(new or old).get("currency", ""),
            state="added" if not old else "removed" if not new else "changed",
            costs=tuple(_cells(old.get("costs", {}), new.get("costs", {}), periods,
                               _cost_identity)),
            financing=tuple(_cells(old.get("financing", {}), new.get("financing", {}), periods,
                                   _financing_identity, label=_financier_label)),
            eligible_cost=TotalChange(_amount(old.get("eligible_cost")),
                                      _amount(new.get("eligible_cost"))),
            financing_total=TotalChange(_amount(old.get("financing_total")),
                                        _amount(new.get("financing_total"))),
            periods_before=tuple(old.get("periods", [])),
            periods_after=tuple(new.get("periods", [])),
            rate=_rate(old, new),
        )
        if (difference.costs or difference.financing or difference.rate
                or difference.periods_changed and old and new):
            differences.append(difference)
    return differences


def render(old_part: dict, new_part: dict) -> str:
    """The budget part of the version comparison; "" when no budget changed."""
    differences = budget_differences(old_part, new_part)
    if not differences:
        return ""
    return render_to_string("finance/partials/version_diff.html", {
        "budgets": differences,
        "joint": TotalChange(_amount((old_part.get("joint") or {}).get("eligible_cost")),
                             _amount((new_part.get("joint") or {}).get("eligible_cost"))),
        "reporting_currency": new_part.get("reporting_currency")
        or old_part.get("reporting_currency", ""),
        "several": len(new_part.get("budgets", {})) > 1,
    })
