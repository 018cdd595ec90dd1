"""Writing budgets: creating one, saving its cells, periods and flat rates, revising it."""

from datetime import date
from decimal import Decimal

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from finance.amounts import ZERO, plain
from finance.models import (
    Budget,
    BudgetLine,
    BudgetPeriod,
    BudgetVersion,
    CategoryKind,
    CostCategory,
    CostCategorySet,
    FinancingAmount,
    FinancingSource,
    FlatRate,
)
from finance.selectors import UNREAD, programme_rules
from finance.services.common import (
    audit_label,
    ensure_editable,
    lock_version,
    locked_project,
    open_change_request,
    require,
    validated,
)
from finance.services.errors import BudgetLocked, InvalidInput
from finance.services.totals import refresh_totals
from portal.audit import record_changes, record_event
from projects.models import Project


def allowed_sets(project: Project, rules=UNREAD) -> list[CostCategorySet]:
    """The category sets a new budget may use; `rules` when the caller has read them."""
    if rules is UNREAD:
        rules = programme_rules(project)
    if rules is None:
        return list(CostCategorySet.objects.filter(is_active=True))
    return [rules.category_set, *rules.alternative_sets.all()]


@transaction.atomic
def create_budget(
    *, project: Project, actor, name: str, currency: str, country: str,
    periods: list[tuple[str, object, object]], category_set: CostCategorySet | None = None,
    partner=None, note: str = "",
) -> Budget:
    """A budget with its first version and its periods (label, start, end)."""
    project = locked_project(project.pk)
    require(actor, project, "can_edit_budgets")
    sets = allowed_sets(project)
    if category_set is None:
        if not sets:
            raise BudgetLocked(_("The programme has no cost-category set yet."))
        category_set = sets[0]
    elif category_set not in sets:
        raise InvalidInput({"category_set": _("The programme does not use this set.")})
    if not periods:
        raise InvalidInput({"periods": _("A budget needs at least one year or period.")})
    if Budget.objects.filter(project=project, name=name).exists():
        raise InvalidInput({"name": _("The project already has a budget with this name.")})
    budget = Budget(project=project, name=name, currency=currency, country=country,
                    partner=partner, category_set=category_set, created_by=_user(actor),
                    position=project.budgets.count())
    validated(budget)
    budget.save()
    change = open_change_request(project)
    version = BudgetVersion(budget=budget, number=1, note=note, created_by=_user(actor),
                            change_request=change)
    validated(version)
    version.save()
    _create_periods(version, periods)
    version.budget = budget
    refresh_totals([version], project)
    record_event(actor=actor, obj=budget, action="budget:create", project_id=project.pk,
                 detail=f"{name} ({currency})")
    return budget


def _create_periods(version: BudgetVersion, periods) -> list[BudgetPeriod]:
    labels = [label for label, *_ in periods]
    if len(set(labels)) != len(labels):
        raise InvalidInput({"periods": _("Two periods have the same name.")})
    created = []
    for position, (label, start, end) in enumerate(periods):
        period = BudgetPeriod(version=version, position=position, label=label, start=start,
                              end=end)
        validated(period, exclude=["version"])
        created.append(period)
    return BudgetPeriod.objects.bulk_create(created)


@transaction.atomic
def save_costs(
    *, version: BudgetVersion, actor, amounts: dict[tuple[int, int], Decimal | None],
    expected_revision: int | None,
) -> BudgetVersion:
    """Store the typed cells given (category id, period id) → amount; None or 0 clears.

    Cells not given are left as they are. Flat-rate categories cannot be typed.
    """
    locked = lock_version(version, part="cost", expected_revision=expected_revision,
                          actor=actor)
    project = locked.budget.project
    categories = {c.pk: c for c in CostCategory.objects.filter(
        category_set_id=locked.budget.category_set_id)}
    periods = {p.pk: p for p in locked.periods.all()}
    errors = {}
    for category_id, period_id in amounts:
        category = categories.get(category_id)
        if category is None or period_id not in periods:
            errors[f"{category_id}-{period_id}"] = _("Not a cell of this budget.")
        elif category.kind == CategoryKind.FLAT_RATE:
            errors[f"{category_id}-{period_id}"] = _("Flat rates are computed, not typed.")
    if errors:
        raise InvalidInput(errors)

    existing = {(line.category_id, line.period_id): line
                for line in BudgetLine.objects.filter(version=locked)}
    # Changed cells are deleted and created again: two statements however many cells change,
    # where an UPDATE of many rows would be split into batches.
    to_create, to_delete = [], []
    before, after = {}, {}
    for key, value in amounts.items():
        value = value or ZERO
        line = existing.get(key)
        old = line.amount if line else ZERO
        if old == value:
            continue
        label = audit_label(categories[key[0]].label(locked.budget.language),
                            periods[key[1]].label)
        before[label], after[label] = plain(old), plain(value)
        if line is not None:
            to_delete.append(line.pk)
        if value != ZERO:
            to_create.append(BudgetLine(version=locked, category_id=key[0], period_id=key[1],
                                        amount=value))
    BudgetLine.objects.filter(pk__in=to_delete).delete()
    BudgetLine.objects.bulk_create(to_create)
    record_changes(actor=actor, obj=locked, before=before, after=after,
                   project_id=project.pk, action="budget:costs")
    _bump(locked, "cost", actor)
    refresh_totals([locked], project)
    return locked


def _bump(version: BudgetVersion, part: str, actor) -> None:
    setattr(version, f"{part}_revision", getattr(version, f"{part}_revision") + 1)
    setattr(version, f"{part}_saved_at", timezone.now())
    setattr(version, f"{part}_saved_by", _user(actor))
    version.save(update_fields=[f"{part}_revision", f"{part}_saved_at", f"{part}_saved_by"])


def _user(actor):
    return actor if getattr(actor, "pk", None) else None


@transaction.atomic
def save_settings(
    *, version: BudgetVersion, actor, name: str, note: str,
    periods: list[tuple[int | None, str, date | None, date | None]],
    flat_rates: dict[int, Decimal | None], expected_revision: int | None,
    rate_sources: dict[int, str] | None = None,
) -> BudgetVersion:
    """Rename the budget, change its note, its periods (id or None for a new one, label,
    start, end; a period left out is removed if it holds no amounts) and its flat rates
    (None: the category's own rate), each with where it comes from if given."""
    locked = lock_version(version, part="cost", expected_revision=expected_revision,
                          actor=actor)
    project = locked.budget.project
    budget = locked.budget
    before = {"name": budget.name, "note": locked.note}
    budget.name = name
    validated(budget)
    budget.save(update_fields=["name"])
    locked.note = note
    locked.save(update_fields=["note"])
    before.update(_period_text(locked))
    _save_periods(locked, periods)
    before.update(_rate_text(locked))
    _save_flat_rates(locked, flat_rates, rate_sources or {})
    after = {"name": budget.name, "note": locked.note, **_period_text(locked),
             **_rate_text(locked)}
    record_changes(actor=actor, obj=locked, before=before, after=after, project_id=project.pk,
                   action="budget:settings")
    _bump(locked, "cost", actor)
    _bump(locked, "financing", actor)  # the plan's columns may have changed too
    refresh_totals([locked], project)
    return locked


def _period_text(version):
    return {f"period {p.position + 1}": f"{p.label} {p.start or ''}–{p.end or ''}"
            for p in version.periods.all()}


def _rate_text(version):
    return {audit_label(f"flat rate {r.category}"): plain(r.percent)
            for r in version.flat_rates.select_related("category")}


def _save_periods(version: BudgetVersion, periods) -> None:
    existing = {p.pk: p for p in version.periods.all()}
    kept = {pk for pk, *_ in periods if pk}
    if unknown := kept - set(existing):
        raise InvalidInput({"periods": _("Unknown period %(id)s.") % {"id": min(unknown)}})
    labels = [label for _pk, label, *_ in periods]
    if not periods:
        raise InvalidInput({"periods": _("A budget needs at least one year or period.")})
    if len(set(labels)) != len(labels):
        raise InvalidInput({"periods": _("Two periods have the same name.")})
    removed = [p for pk, p in existing.items() if pk not in kept]
    for period in removed:
        if period.lines.exists() or period.financing_amounts.exists():
            raise InvalidInput({"periods": _(
                "%(period)s still holds amounts; clear them before removing it.")
                % {"period": period.label}})
    BudgetPeriod.objects.filter(pk__in=[p.pk for p in removed]).delete()
    # Positions and labels are unique: park them out of the way before renumbering.
    parked = list(version.periods.all())
    for period in parked:
        period.position += 1000
        period.label = f"~{period.pk}"
    BudgetPeriod.objects.bulk_update(parked, ["position", "label"])
    for position, (pk, label, start, end) in enumerate(periods):
        period = existing[pk] if pk else BudgetPeriod(version=version)
        period.position, period.label, period.start, period.end = position, label, start, end
        validated(period, exclude=["version"], validate_unique=False)
        period.save()


def _save_flat_rates(version: BudgetVersion, flat_rates, sources: dict[int, str]) -> None:
    flat = {c.pk: c for c in CostCategory.objects.filter(
        category_set_id=version.budget.category_set_id, kind=CategoryKind.FLAT_RATE)}
    for category_id, percent in flat_rates.items():
        if category_id not in flat:
            raise InvalidInput({"flat_rates": _("Not a flat rate of this budget.")})
        if percent is None or percent == flat[category_id].flat_rate_percent:
            FlatRate.objects.filter(version=version, category_id=category_id).delete()
            continue
        defaults = {"percent": percent}
        if category_id in sources:
            defaults["source"] = sources[category_id]
        rate = FlatRate(version=version, category_id=category_id, **defaults)
        validated(rate, exclude=["version", "category"], validate_unique=False)
        FlatRate.objects.update_or_create(version=version, category_id=category_id,
                                          defaults=defaults)


@transaction.atomic
def revise_budget(*, budget: Budget, actor, reason: str) -> BudgetVersion:
    """A new current version, a copy of the current one; the earlier stays readable as it
    was. After approval this is how a budget changes, under an open change request.

    Two people revising at once: the project lock makes the second wait, and it then finds
    the first one's revision and is told so."""
    if not reason.strip():
        raise InvalidInput({"reason": _("Say why the budget is revised.")})
    project = locked_project(budget.project_id)
    require(actor, project, "can_edit_budgets")
    current = (BudgetVersion.objects.select_for_update()
               .filter(budget=budget, superseded_at__isnull=True).first())
    change = open_change_request(project)
    if change is None:
        raise BudgetLocked(_("A budget is revised under an open change request."))
    if current is None or current.change_request_id == change.pk:
        raise BudgetLocked(_("This change request already has its own revision."))
    current.superseded_at = timezone.now()
    current.save(update_fields=["superseded_at"])
    new = BudgetVersion.objects.create(
        budget=budget, number=current.number + 1, reason=reason, note=current.note,
        created_by=_user(actor), change_request=change)
    _copy_contents(current, new)
    new.budget = budget
    refresh_totals([new], project)
    record_event(actor=actor, obj=new, action="budget:revise", project_id=project.pk,
                 detail=reason, old=f"v{current.number}")
    return new


def _copy_contents(old: BudgetVersion, new: BudgetVersion) -> None:
    period_map = {}
    for period in old.periods.order_by("position"):
        period_map[period.pk] = BudgetPeriod.objects.create(
            version=new, position=period.position, label=period.label,
            start=period.start, end=period.end).pk
    BudgetLine.objects.bulk_create(
        BudgetLine(version=new, category_id=line.category_id,
                   period_id=period_map[line.period_id], amount=line.amount)
        for line in old.lines.all())
    FlatRate.objects.bulk_create(
        FlatRate(version=new, category_id=r.category_id, percent=r.percent, source=r.source)
        for r in old.flat_rates.all())
    for source in old.sources.prefetch_related("amounts"):
        copy = FinancingSource.objects.create(
            version=new, position=source.position, financier_id=source.financier_id,
            description=source.description, financing_type=source.financing_type,
            preliminary=source.preliminary)
        FinancingAmount.objects.bulk_create(
            FinancingAmount(source=copy, period_id=period_map[a.period_id], amount=a.amount)
            for a in source.amounts.all())


def editable(version: BudgetVersion, project: Project) -> bool:
    try:
        ensure_editable(version, project)
    except BudgetLocked:
        return False
    return True
