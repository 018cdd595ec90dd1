"""A financier's own share of a project: the lines of the financing plans in force that name
their organisation, that share of each budget's total financing, and what the outcome reports
say was received from them. Read in three queries, however many budgets and lines.

And which projects an organisation co-finances, for the access helper: the plan in force
decides, never a revision still waiting for the funding body's decision."""

from collections import defaultdict
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from django.db.models import Exists, OuterRef, Q, QuerySet, Sum

from finance.amounts import ZERO
from finance.models import (
    BudgetVersion,
    FinancingAmount,
    FinancingSource,
    FinancingType,
    OutcomeFinancing,
    OutcomeStatus,
)
from projects.models import ChangeRequestStatus, Project

# A version counts once in force: made for the application, or under an approved change.
IN_FORCE = Q(change_request__isnull=True) | Q(change_request__status=ChangeRequestStatus.APPROVED)


def versions_in_force() -> QuerySet:
    """Per budget, the newest version in force: the financing plan a financier holds the
    project to, never a revision still waiting for its decision or a draft being written."""
    in_force = BudgetVersion.objects.filter(IN_FORCE)
    newer = in_force.filter(budget_id=OuterRef("budget_id"), number__gt=OuterRef("number"))
    return in_force.exclude(Exists(newer))


def financed_by_plan(organisation_id: int) -> QuerySet:
    """The projects (`project_id` values) whose financing plan in force names the organisation.
    A financier added in a revision counts once the change is approved; one left out of an
    approved revision no longer does."""
    return (FinancingSource.objects
            .filter(financier_id=organisation_id, version__in=versions_in_force())
            .values("version__budget__project_id"))


def financed_by_outcome(organisation_id: int) -> QuerySet:
    """The projects whose submitted outcome reports say money was received from the
    organisation: a plan of one undivided line names no financier, the report does."""
    return (OutcomeFinancing.objects
            .filter(financier_id=organisation_id, report__status=OutcomeStatus.SUBMITTED)
            .values("report__budget__project_id"))


@dataclass(frozen=True)
class ShareLine:
    label: str
    financing_type: str  # in the reader's language
    asked: Decimal
    preliminary: bool


@dataclass(frozen=True)
class BudgetShare:
    budget: str
    currency: str
    lines: tuple[ShareLine, ...]
    asked: Decimal
    total_financing: Decimal
    received: Decimal

    @property
    def percent(self) -> Decimal | None:
        """Their part of the budget's whole financing, to one decimal."""
        if not self.total_financing:
            return None
        return (self.asked * 100 / self.total_financing).quantize(Decimal("0.1"),
                                                                  rounding=ROUND_HALF_UP)


def own_share(project: Project, organisation_id: int | None) -> tuple[BudgetShare, ...]:
    """The organisation's share per budget of the project; empty when it finances none."""
    if organisation_id is None:
        return ()
    # The plan in force: a revision awaiting its decision shows as proposed elsewhere.
    current = FinancingAmount.objects.filter(
        source__version__in=versions_in_force().filter(budget__project=project))
    totals = dict(current.values_list("source__version__budget_id").annotate(Sum("amount"))
                  .order_by())
    rows = (current.filter(source__financier_id=organisation_id)
            .values("source_id", "source__version__budget_id", "source__version__budget__name",
                    "source__version__budget__currency", "source__description",
                    "source__financier__name", "source__financing_type",
                    "source__preliminary", "source__position")
            .annotate(asked=Sum("amount")).order_by("source__version__budget_id",
                                                    "source__position", "source_id"))
    lines: dict[int, list[ShareLine]] = defaultdict(list)
    names: dict[int, tuple[str, str]] = {}
    # Received counts even where the plan has no line of theirs (a plan of one undivided line).
    received: dict[int, Decimal] = {}
    for budget_id, name, currency, amount in (
            OutcomeFinancing.objects
            .filter(report__budget__project=project, financier_id=organisation_id)
            .values_list("report__budget_id", "report__budget__name", "report__budget__currency")
            .annotate(Sum("amount")).order_by()):
        names[budget_id], received[budget_id] = (name, currency), amount
        lines.setdefault(budget_id, [])
    for row in rows:
        budget_id = row["source__version__budget_id"]
        names[budget_id] = (row["source__version__budget__name"],
                            row["source__version__budget__currency"])
        label = row["source__financier__name"]
        if row["source__description"]:
            label = f"{label} – {row['source__description']}"
        lines[budget_id].append(ShareLine(
            label, str(FinancingType(row["source__financing_type"]).label), row["asked"],
            row["source__preliminary"]))
    return tuple(
        BudgetShare(budget=names[budget_id][0], currency=names[budget_id][1],
                    lines=tuple(budget_lines),
                    asked=sum((line.asked for line in budget_lines), ZERO),
                    total_financing=totals.get(budget_id, ZERO),
                    received=received.get(budget_id) or ZERO)
        for budget_id, budget_lines in sorted(lines.items()))
