"""Outcome against the budget, per line: approved · previously reported · this period ·
accumulated · remaining, as funders' payment screens show it."""

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Sum

from finance.amounts import ZERO, whole
from finance.figures import Figures
from finance.models import CategoryKind, OutcomeCost, OutcomeFinancing, OutcomeReport


@dataclass
class OutcomeLine:
    key: object
    label: str
    approved: Decimal
    previous: Decimal
    this_period: Decimal
    kind: str = CategoryKind.COST
    computed: bool = False
    preliminary: bool = False
    financing_type: str = ""
    financier_id: int | None = None
    description: str = ""
    planned: bool = True  # False: received on a line the financing plan does not have

    @property
    def accumulated(self) -> Decimal:
        return self.previous + self.this_period

    @property
    def remaining(self) -> Decimal:
        return self.approved - self.accumulated


@dataclass
class OutcomeTable:
    report: OutcomeReport
    costs: list[OutcomeLine]
    financing: list[OutcomeLine]

    def _total(self, lines, sign_income=False) -> OutcomeLine:
        def add(attr):
            total = ZERO
            for line in lines:
                value = getattr(line, attr)
                total += -value if sign_income and line.kind == CategoryKind.INCOME else value
            return total
        return OutcomeLine("total", "", add("approved"), add("previous"), add("this_period"))

    @property
    def budget_unallocated(self) -> bool:
        """The approved budget is (partly) one sum not broken down by cost category: the
        categories then have no budget of their own, and what remains is read from the total
        alone, never as a category overspent."""
        return any(line.kind == CategoryKind.UNALLOCATED and line.approved
                   for line in self.costs)

    @property
    def cost_total(self) -> OutcomeLine:
        """Eligible cost: every cost, less project income."""
        return self._total(self.costs, sign_income=True)

    @property
    def financing_total(self) -> OutcomeLine:
        return self._total(self.financing)


# What a received line is read as: plain values, not three model instances a row (a project
# of 50 financiers over 20 reports has a thousand).
RECEIVED_FIELDS = ("report_id", "report__number", "financier_id", "financier__name",
                   "description", "financing_type", "amount", "preliminary")


@dataclass(frozen=True)
class Received:
    report_id: int
    report_number: int
    financier_id: int | None
    financier_name: str | None
    description: str
    financing_type: str
    amount: Decimal
    preliminary: bool


def financing_key(financier_id, description: str, financing_type: str) -> str:
    return f"{financier_id or ''}|{description if not financier_id else ''}|{financing_type}"


def outcome_table(report: OutcomeReport, figures: Figures) -> OutcomeTable:
    """`figures` are the version in force: what is approved."""
    return outcome_tables([report], {report.budget_id: figures})[report.pk]


def outcome_tables(reports: list[OutcomeReport], figures_by_budget: dict[int, Figures]
                   ) -> dict[int, OutcomeTable]:
    """The tables of many reports in two queries, however many budgets and reports."""
    budget_ids = {r.budget_id for r in reports}
    costs: dict[int, list[tuple[int, int, int, Decimal]]] = defaultdict(list)
    for row in (OutcomeCost.objects.filter(report__budget_id__in=budget_ids)
                .values("report__budget_id", "report__number", "report_id", "category_id")
                .annotate(total=Sum("amount")).order_by()):
        costs[row["report__budget_id"]].append(
            (row["report__number"], row["report_id"], row["category_id"], row["total"]))
    received: dict[int, list[Received]] = defaultdict(list)
    for row in (OutcomeFinancing.objects.filter(report__budget_id__in=budget_ids)
                .order_by("report__number", "id")
                .values_list("report__budget_id", *RECEIVED_FIELDS)):
        received[row[0]].append(Received(*row[1:]))
    return {report.pk: _table(report, figures_by_budget[report.budget_id],
                              costs[report.budget_id], received[report.budget_id])
            for report in reports}


def _table(report, figures: Figures, costs, received) -> OutcomeTable:
    previous: dict[int, Decimal] = defaultdict(lambda: ZERO)
    # Flat rates are computed per report from that report's own base, then summed.
    base_by_report: dict[int, dict[int, Decimal]] = defaultdict(dict)
    this: dict[int, Decimal] = {}
    for number, report_id, category_id, total in costs:
        if number < report.number:
            previous[category_id] += total
            base_by_report[report_id][category_id] = total
        elif report_id == report.pk:
            this[category_id] = total

    lines = []
    for row in figures.rows:
        category = row.category
        if row.computed:
            base = category.flat_rate_base_id
            before = sum((whole(amounts.get(base, ZERO) * row.percent / 100)
                          for amounts in base_by_report.values()), ZERO)
            now = whole(this.get(base, ZERO) * row.percent / 100)
        else:
            before, now = previous.get(category.pk, ZERO), this.get(category.pk, ZERO)
        lines.append(OutcomeLine(category.pk, row.label, row.total, before, now,
                                 kind=category.kind, computed=row.computed))
    return OutcomeTable(report, lines, _financing_lines(
        report, figures, [r for r in received if r.report_number <= report.number]))


def _financing_lines(report: OutcomeReport, figures: Figures, received
                     ) -> list[OutcomeLine]:
    lines: dict[str, OutcomeLine] = {}
    for row in figures.sources:
        source = row.source
        key = financing_key(source.financier_id, source.description, source.financing_type)
        if key in lines:
            lines[key].approved += row.total
            continue
        lines[key] = OutcomeLine(key, source.name, row.total, ZERO, ZERO,
                                 financing_type=source.financing_type,
                                 financier_id=source.financier_id,
                                 description=source.description)
    for item in received:
        key = financing_key(item.financier_id, item.description, item.financing_type)
        line = lines.get(key)
        if line is None:
            name = item.financier_name if item.financier_id else item.description
            line = lines[key] = OutcomeLine(key, name, ZERO, ZERO, ZERO,
                                            financing_type=item.financing_type,
                                            financier_id=item.financier_id,
                                            description=item.description, planned=False)
        if item.report_id == report.pk:
            line.this_period += item.amount
            line.preliminary = line.preliminary or item.preliminary
        else:
            line.previous += item.amount
    return list(lines.values())
