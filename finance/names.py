"""The catalogue names a budget version shows.

While a version is a draft it shows the catalogue as it is today, so a renamed cost category
reads the new way. Once it is submitted it keeps the names it was submitted with: the
catalogue may be renamed for new budgets, but what an applicant submitted and a case
officer approved reads the same years later. The names are written with the frozen rate
(`finance.services.totals.refresh_totals(freeze=True)`), again at each resubmission.
"""

from dataclasses import dataclass, field

from django.db.models import Q

from finance.models import BudgetVersion
from projects.lifecycle import EDITABLE_STATUSES
from projects.models import ChangeRequestStatus


def draft_condition() -> Q:
    """Versions that still change: the current one of an open application, or a revision
    under an open change request."""
    return Q(superseded_at__isnull=True) & (
        Q(budget__project__status__in=EDITABLE_STATUSES)
        | Q(change_request__status=ChangeRequestStatus.OPEN))


@dataclass(frozen=True)
class FrozenNames:
    """The names of one submitted version; `categories` by cost category id."""

    category_set: str
    categories: dict[int, str] = field(default_factory=dict)

    def as_data(self) -> dict:
        return {"category_set": self.category_set,
                "categories": {str(pk): label for pk, label in self.categories.items()}}

    @classmethod
    def from_data(cls, data: dict) -> "FrozenNames":
        return cls(category_set=data.get("category_set", ""),
                   categories={int(pk): label
                               for pk, label in data.get("categories", {}).items()})


def frozen_names(versions: list[BudgetVersion]) -> dict[int, FrozenNames]:
    """By version id, the frozen names of the versions that show them: those with names
    stored that are no longer drafts. One query, and none when no version has names (a
    project that was never submitted)."""
    stored = [v for v in versions if v.frozen_names]
    if not stored:
        return {}
    drafts = set(BudgetVersion.objects.filter(pk__in=[v.pk for v in stored])
                 .filter(draft_condition()).values_list("pk", flat=True))
    return {v.pk: FrozenNames.from_data(v.frozen_names) for v in stored if v.pk not in drafts}
