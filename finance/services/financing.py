"""Writing the co-financing plan, by hand, from an Excel file or from a municipal split."""

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from django.db import transaction
from django.utils.translation import gettext as _

from finance.amounts import ZERO, plain
from finance.models import BudgetVersion, FinancingAmount, FinancingSource, FinancingType
from finance.services.budgets import _bump
from finance.services.common import audit_label, lock_version
from finance.services.errors import InvalidInput
from finance.services.totals import refresh_totals
from finance.split import Share
from portal.audit import record_changes
from portal.models import Organisation


@dataclass
class SourceInput:
    """One row of the plan as typed: `id` None for a new row."""

    id: int | None
    financier_id: int | None
    description: str
    financing_type: str
    preliminary: bool
    amounts: dict[int, Decimal | None] = field(default_factory=dict)  # period id -> amount
    delete: bool = False

    def is_empty(self) -> bool:
        return (self.id is None and not self.financier_id and not self.description.strip()
                and not any(self.amounts.values()))


@transaction.atomic
def save_financing(
    *, version: BudgetVersion, actor, rows: list[SourceInput], expected_revision: int | None,
    remove_missing: bool = False,
) -> BudgetVersion:
    """Store the plan's rows in the order given. Rows marked `delete` go; with
    `remove_missing` (an Excel import) so do rows not given at all."""
    locked = lock_version(version, part="financing", expected_revision=expected_revision,
                          actor=actor)
    project = locked.budget.project
    periods = {p.pk: p for p in locked.periods.all()}
    existing = {s.pk: s for s in FinancingSource.objects.filter(version=locked)
                .select_related("financier").prefetch_related("amounts")}
    rows = [row for row in rows if not row.is_empty()]
    _validate(rows, existing, periods)
    financiers = Organisation.objects.in_bulk({r.financier_id for r in rows if r.financier_id})

    before = _plan_text(existing.values(), periods)
    given = {row.id for row in rows if row.id}
    doomed = [pk for pk in existing if pk in {r.id for r in rows if r.delete}
              or (remove_missing and pk not in given)]
    FinancingSource.objects.filter(pk__in=doomed).delete()

    kept, new_sources, new_amounts = [], [], []
    for position, row in enumerate(row for row in rows if not row.delete):
        source = existing.get(row.id) or FinancingSource(version=locked)
        source.position = position
        source.financier = financiers.get(row.financier_id)
        source.description = row.description.strip()
        source.financing_type = row.financing_type
        source.preliminary = row.preliminary
        if source.pk:
            kept.append((source, row.amounts))
        else:
            new_sources.append(source)
            new_amounts.append(row.amounts)
    FinancingSource.objects.bulk_update([s for s, _ in kept], [
        "position", "financier", "description", "financing_type", "preliminary"])
    created = FinancingSource.objects.bulk_create(new_sources)
    _store_amounts([(source, amounts, False) for source, amounts in kept]
                   + [(source, amounts, True)
                      for source, amounts in zip(created, new_amounts, strict=True)])

    after = _plan_text(FinancingSource.objects.filter(version=locked)
                       .select_related("financier").prefetch_related("amounts"), periods)
    record_changes(actor=actor, obj=locked, before=before, after=after,
                   project_id=project.pk, action="budget:financing")
    _bump(locked, "financing", actor)
    refresh_totals([locked], project)
    return locked


def _validate(rows, existing, periods) -> None:
    errors = {}
    for index, row in enumerate(rows):
        if row.id and row.id not in existing:
            errors[f"row-{index}"] = _("This row no longer exists.")
        if not row.delete and not row.financier_id and not row.description.strip():
            errors[f"row-{index}-financier"] = _("Name the financier or describe the source.")
        if row.financing_type not in FinancingType.values:
            errors[f"row-{index}-type"] = _("Choose a financing type.")
        for period_id in row.amounts:
            if period_id not in periods:
                errors[f"row-{index}-{period_id}"] = _("Not a period of this budget.")
    if errors:
        raise InvalidInput(errors)


def _store_amounts(rows: list[tuple[FinancingSource, dict[int, Decimal | None], bool]]) -> None:
    """Every source's cells in two statements: changed cells are deleted and created again.
    Existing sources come with their amounts prefetched; new ones have none."""
    to_delete, to_create = [], []
    for source, amounts, is_new in rows:
        current = {} if is_new else {a.period_id: a for a in source.amounts.all()}
        for period_id, value in amounts.items():
            value = value or ZERO
            cell = current.get(period_id)
            if cell is not None and cell.amount == value:
                continue
            if cell is not None:
                to_delete.append(cell.pk)
            if value:
                to_create.append(FinancingAmount(source=source, period_id=period_id,
                                                 amount=value))
    FinancingAmount.objects.filter(pk__in=to_delete).delete()
    FinancingAmount.objects.bulk_create(to_create)


def _plan_text(sources, periods) -> dict[str, str]:
    """The plan as audit fields, row by row in the plan's order. Two rows of the same
    financier and type are told apart by their number among such rows ("[2]"), so a change
    in either is recorded rather than one row's text overwriting the other's."""
    text: dict[str, str] = {}
    seen: dict[str, int] = defaultdict(int)
    for source in sorted(sources, key=lambda s: (s.position, s.pk)):
        name = f"{source.name} ({source.get_financing_type_display()})"
        seen[name] += 1
        if seen[name] > 1:
            name = f"{name} [{seen[name]}]"
        text[audit_label(name)] = _("preliminary") if source.preliminary else ""
        for amount in source.amounts.all():
            text[audit_label(name, periods[amount.period_id].label)] = plain(amount.amount)
    return text


@transaction.atomic
def apply_split(
    *, version: BudgetVersion, actor, shares: list[Share], period_ids: list[int],
    financing_type: str, preliminary: bool, expected_revision: int | None,
) -> BudgetVersion:
    """Each municipality's share, in each chosen period, as a row of the plan. A row of the
    same municipality and type is updated; other rows stay as they are."""
    if not period_ids:
        raise InvalidInput({"periods": _("Choose at least one period.")})
    rows = [
        SourceInput(id=s.id, financier_id=s.financier_id, description=s.description,
                    financing_type=s.financing_type, preliminary=s.preliminary, amounts={})
        for s in version.sources.order_by("position", "id")
    ]
    by_key = {(row.financier_id, row.financing_type): row for row in rows if not row.description}
    for share in shares:
        key = (share.municipality.key, financing_type)
        row = by_key.get(key)
        if row is None:
            row = SourceInput(id=None, financier_id=share.municipality.key, description="",
                              financing_type=financing_type, preliminary=preliminary)
            rows.append(row)
            by_key[key] = row
        row.preliminary = preliminary
        for period_id in period_ids:
            row.amounts[period_id] = Decimal(share.amount)
    return save_financing(version=version, actor=actor, rows=rows,
                          expected_revision=expected_revision)


@transaction.atomic
def import_budget(
    *, version: BudgetVersion, actor, costs: dict[tuple[int, int], Decimal],
    sources: list[SourceInput], cost_revision: int, financing_revision: int,
) -> BudgetVersion:
    """Apply a previewed Excel file: every typed cell, and the plan exactly as in the file.
    Both parts are checked against the revisions the preview was made from."""
    from finance.services.budgets import save_costs

    save_costs(version=version, actor=actor, amounts=costs, expected_revision=cost_revision)
    return save_financing(version=version, actor=actor, rows=sources,
                          expected_revision=financing_revision, remove_missing=True)
