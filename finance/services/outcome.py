"""Writing outcome reports: one per reporting period, typed per cost category and per
financier, locked once submitted."""

from dataclasses import dataclass
from decimal import Decimal

from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from finance.amounts import plain
from finance.models import (
    Budget,
    CategoryKind,
    CostCategory,
    FinancingType,
    OutcomeCost,
    OutcomeFinancing,
    OutcomeReport,
    OutcomeStatus,
)
from finance.outcome import financing_key
from finance.services.common import audit_label, locked_project, require, validated
from finance.services.errors import BudgetLocked, EditConflict, InvalidInput
from portal.audit import record_changes, record_event


@dataclass
class ReceivedInput:
    financier_id: int | None
    description: str
    financing_type: str
    amount: Decimal | None
    preliminary: bool = False


@transaction.atomic
def create_report(*, budget: Budget, actor, label: str, period_start=None, period_end=None,
                  note: str = "") -> OutcomeReport:
    require(actor, locked_project(budget.project_id), "can_report_outcome")
    if not label.strip():
        raise InvalidInput({"label": _("Name the period, e.g. “2020-01-01 – 2020-06-30”.")})
    last = (OutcomeReport.objects.select_for_update().filter(budget=budget)
            .aggregate(last=Max("number"))["last"] or 0)
    report = OutcomeReport(budget=budget, number=last + 1, label=label.strip(),
                           period_start=period_start, period_end=period_end, note=note,
                           created_by=actor if getattr(actor, "pk", None) else None)
    validated(report)
    report.save()
    record_event(actor=actor, obj=report, action="outcome:create",
                 project_id=budget.project_id, detail=report.label)
    return report


@transaction.atomic
def save_report(
    *, report: OutcomeReport, actor, costs: dict[int, Decimal | None],
    received: list[ReceivedInput], expected_revision: int | None, note: str | None = None,
) -> OutcomeReport:
    """Replace the report's typed costs (category id → amount) and financing received."""
    require(actor, locked_project(report.budget.project_id), "can_report_outcome")
    locked = OutcomeReport.objects.select_for_update().select_related("budget").get(pk=report.pk)
    if locked.status != OutcomeStatus.DRAFT:
        raise BudgetLocked(_("A submitted outcome report cannot change."))
    if expected_revision is not None and locked.revision != expected_revision:
        raise EditConflict(locked, "outcome")
    categories = {c.pk: c for c in CostCategory.objects.filter(
        category_set_id=locked.budget.category_set_id)}
    errors = {}
    for category_id in costs:
        category = categories.get(category_id)
        if category is None:
            errors[f"cost-{category_id}"] = _("Not a cost category of this budget.")
        elif category.kind == CategoryKind.FLAT_RATE:
            errors[f"cost-{category_id}"] = _("Flat rates are computed, not typed.")
    for index, item in enumerate(received):
        if not item.financier_id and not item.description.strip():
            errors[f"received-{index}"] = _("Name the financier or describe the source.")
        if item.financing_type not in FinancingType.values:
            errors[f"received-{index}-type"] = _("Choose a financing type.")
    if errors:
        raise InvalidInput(errors)

    language = locked.budget.language
    before = _report_text(locked, categories, language)
    OutcomeCost.objects.filter(report=locked).delete()
    OutcomeCost.objects.bulk_create(
        OutcomeCost(report=locked, category_id=category_id, amount=value)
        for category_id, value in costs.items() if value)
    OutcomeFinancing.objects.filter(report=locked).delete()
    merged: dict[str, OutcomeFinancing] = {}
    for item in received:
        if not item.amount:
            continue
        key = financing_key(item.financier_id, item.description.strip(), item.financing_type)
        if key in merged:
            merged[key].amount += item.amount
            continue
        merged[key] = OutcomeFinancing(
            report=locked, financier_id=item.financier_id,
            description="" if item.financier_id else item.description.strip(),
            financing_type=item.financing_type, amount=item.amount,
            preliminary=item.preliminary)
    OutcomeFinancing.objects.bulk_create(merged.values())
    if note is not None:
        locked.note = note
    locked.revision += 1
    locked.saved_at = timezone.now()
    locked.saved_by = actor if getattr(actor, "pk", None) else None
    locked.save(update_fields=["note", "revision", "saved_at", "saved_by"])
    record_changes(actor=actor, obj=locked, before=before,
                   after=_report_text(locked, categories, language),
                   project_id=locked.budget.project_id, action="outcome:save")
    return locked


def _report_text(report, categories, language) -> dict[str, str]:
    text = {audit_label(categories[c.category_id].label(language)): plain(c.amount)
            for c in report.costs.all() if c.category_id in categories}
    for item in report.financing.select_related("financier"):
        name = item.financier.name if item.financier_id else item.description
        text[audit_label(f"{name} ({item.get_financing_type_display()})")] = plain(item.amount)
    text["note"] = report.note
    return text


@transaction.atomic
def submit_report(*, report: OutcomeReport, actor) -> OutcomeReport:
    require(actor, locked_project(report.budget.project_id), "can_report_outcome")
    locked = OutcomeReport.objects.select_for_update().select_related("budget").get(pk=report.pk)
    if locked.status != OutcomeStatus.DRAFT:
        raise BudgetLocked(_("The report has already been submitted."))
    locked.status = OutcomeStatus.SUBMITTED
    locked.submitted_at = timezone.now()
    locked.save(update_fields=["status", "submitted_at"])
    record_event(actor=actor, obj=locked, action="outcome:submit",
                 project_id=locked.budget.project_id, detail=locked.label)
    return locked
