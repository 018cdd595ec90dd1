"""The audit trail in words: what an entry's action, field and values mean to a reader."""

import re
from dataclasses import dataclass
from decimal import Decimal

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from portal.formatting import group_thousands
from portal.models import AuditEntry
from portal.types import Text
from projects import extensions
from projects.models import ProjectStatus, RoleKind
from projects.sections import SECTIONS_BY_KEY
from projects.snapshot import describe_path

ACTIONS = {
    "create": pgettext_lazy("audit action", "Created"),
    "import": _("Imported"),
    "status": _("Changed the status"),
    "team": _("Changed the team"),
    "team:invite": _("Invited to the team"),
    "team:accept": _("Accepted the invitation"),
    "team:withdraw": _("Withdrew the invitation"),
    "granted_amount": _("Set the granted amount"),
    "change_request:open": _("Opened a change request"),
    "change_request:submit": _("Submitted the change request"),
    "change_request:approve": _("Approved the change request"),
    "change_request:return": _("Returned the change request"),
    "admin:create": _("Created in the administration"),
    "admin:update": _("Changed in the administration"),
    "admin:delete": _("Deleted in the administration"),
}
VALUE_LABELS = {"status": dict(ProjectStatus.choices), "team": dict(RoleKind.choices),
                "team:invite": dict(RoleKind.choices), "team:accept": dict(RoleKind.choices),
                "team:withdraw": dict(RoleKind.choices)}


def status_words() -> dict[str, dict]:
    """Each document type's status labels under its audit action: a report's move from
    draft to submitted reads in words, as the application's does."""
    from projects.documents.types import registered_types

    return {t.status_action: t.status_labels for t in registered_types()}


@dataclass(frozen=True)
class ReadableEntry:
    entry: AuditEntry
    action: str
    field: str
    old: str
    new: str


def readable(entry: AuditEntry) -> ReadableEntry:
    action, field = entry.action, entry.field
    key = action.partition(":")[2]
    if action.startswith("section:") and key in SECTIONS_BY_KEY:
        label: Text = _("Saved “%(section)s”") % {"section": SECTIONS_BY_KEY[key].title}
        if field:
            field = describe_path(f"sections › {key} › {field}").partition(" › ")[2]
    else:
        label = ACTIONS.get(action) or extensions.audit_actions.get(action) or action
    values = VALUE_LABELS.get(action) or status_words().get(action, {})
    amounts = action in extensions.amount_actions
    return ReadableEntry(
        entry=entry,
        action=str(label),
        field=field,
        old=number_read(str(values.get(entry.old_value, entry.old_value)), amounts),
        new=number_read(str(values.get(entry.new_value, entry.new_value)), amounts),
    )


def number_read(value: str, amount: bool) -> str:
    """'1250000' of an amount -> '1 250 000'; '9.029800' -> '9,0298'; other text unchanged.
    A bare whole number is grouped only where it is known to be an amount (not a year)."""
    if re.fullmatch(r"\d+\.\d+", value):
        number = Decimal(value).normalize()
        exponent = number.as_tuple().exponent
        return group_thousands(number, max(0, -exponent) if isinstance(exponent, int) else 0)
    if amount and re.fullmatch(r"\d+", value):
        return group_thousands(Decimal(value))
    return value
