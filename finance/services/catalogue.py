"""What administrators change in the finance catalogues, and what it may and may not move.

A submitted or approved budget keeps the flat rates it was submitted with: before a cost
category's default rate changes, every version that is no longer a draft and follows the
default gets the old rate written down as its own. Drafts (and revisions under an open
change request) follow the new rate, their stored totals are written again, and each such
project's history says why its figures moved.
"""

from collections import defaultdict

from django.db import transaction
from django.db.models import Q
from django.utils.translation import gettext as _

from finance.amounts import plain
from finance.models import BudgetLine, BudgetVersion, CostCategory, FlatRate
from finance.names import draft_condition
from finance.services.errors import BudgetLocked
from finance.services.totals import refresh_totals
from portal.audit import field_values, record_changes, record_event

PINNED_SOURCE = "The programme's rate when the budget was submitted"


# What a submitted budget computes its figures from: changing these would move them.
FIGURE_FIELDS = ("kind", "flat_rate_base_id", "category_set_id")


def submitted_budgets_use(category_set_id: int) -> bool:
    """Whether a budget version that is no longer a draft is on this set."""
    return (BudgetVersion.objects.filter(budget__category_set_id=category_set_id)
            .exclude(draft_condition()).exists())


def category_change_problem(category: CostCategory, *, deleting: bool = False) -> str:
    """Why an administrator may not make this change, or "": a category a budget has
    amounts or rates in cannot be removed, and one of a set submitted budgets use keeps
    what their figures are computed from (names and the default rate may change: submitted
    budgets keep theirs)."""
    if category.pk is None:
        return ""
    if deleting:
        in_use = (BudgetLine.objects.filter(category_id=category.pk).exists()
                  or FlatRate.objects.filter(category_id=category.pk).exists()
                  or submitted_budgets_use(category.category_set_id))
        return str(_("“%(name)s” is used by budgets and cannot be removed; mark the set as "
                     "not in use for new budgets instead.") % {"name": category}) if in_use else ""
    old = CostCategory.objects.filter(pk=category.pk).values(*FIGURE_FIELDS).first()
    if old is None or all(old[f] == getattr(category, f) for f in FIGURE_FIELDS):
        return ""
    if submitted_budgets_use(old["category_set_id"]):
        return str(_("Submitted budgets are computed from “%(name)s”: its kind and base "
                     "cannot change. Add a new category for new budgets instead.")
                   % {"name": category})
    return ""


@transaction.atomic
def save_category(*, category: CostCategory, actor) -> CostCategory:
    """Save an administrator's change to a cost category, with its audit entry. A changed
    default flat rate is first pinned on every version that is no longer a draft; drafts
    follow the new rate and their stored totals are written again."""
    old = (CostCategory.objects.select_for_update().filter(pk=category.pk).first()
           if category.pk else None)
    if problem := category_change_problem(category):
        raise BudgetLocked(problem)
    before = field_values(old) if old is not None else {}
    old_percent = old.flat_rate_percent if old is not None else None
    drafts: list[BudgetVersion] = []
    if old_percent is not None and old_percent != category.flat_rate_percent:
        versions = BudgetVersion.objects.filter(
            budget__category_set_id=category.category_set_id)
        own = FlatRate.objects.filter(category_id=category.pk).values("version_id")
        frozen = versions.exclude(draft_condition()).exclude(pk__in=own)
        FlatRate.objects.bulk_create(
            FlatRate(version_id=pk, category_id=category.pk, percent=old_percent,
                     source=PINNED_SOURCE) for pk in frozen.values_list("pk", flat=True))
        drafts = list(versions.filter(draft_condition()).exclude(pk__in=own)
                      .select_related("budget__project__programme"))
    category.save()
    record_changes(actor=actor, obj=category, before=before, after=field_values(category),
                   action="admin:costcategory")
    by_project = defaultdict(list)
    for version in drafts:
        by_project[version.budget.project_id].append(version)
    for project_versions in by_project.values():
        project = project_versions[0].budget.project
        refresh_totals(project_versions, project)
        for version in project_versions:
            record_event(actor=actor, obj=version, action="budget:default_rate",
                         project_id=project.pk, old=plain(old_percent),
                         detail=f"{category.name_sv}: {plain(category.flat_rate_percent)}")
    return category


def rates_changed(*, currencies: set[str]) -> None:
    """An exchange rate was added, changed or removed: the versions converted at the day's
    rate (no rate frozen yet) are converted again."""
    versions = (BudgetVersion.objects.filter(superseded_at__isnull=True,
                                             rate_frozen_at__isnull=True)
                .filter(Q(budget__currency__in=currencies)
                        | Q(budget__project__programme__reporting_currency__in=currencies))
                .select_related("budget__project__programme"))
    by_project = defaultdict(list)
    for version in versions:
        by_project[version.budget.project_id].append(version)
    for project_versions in by_project.values():
        refresh_totals(project_versions, project_versions[0].budget.project)
