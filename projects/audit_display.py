"""The audit trail in words: what an entry's action, field and values mean to a reader."""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from portal.models import AuditEntry
from portal.types import Text
from projects import extensions
from projects.models import ProjectStatus, RoleKind
from projects.sections import SECTIONS_BY_KEY
from projects.snapshot import describe_path

ACTIONS = {
    "create": _("Created"),
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
    values = VALUE_LABELS.get(action, {})
    return ReadableEntry(
        entry=entry,
        action=str(label),
        field=field,
        old=str(values.get(entry.old_value, entry.old_value)),
        new=str(values.get(entry.new_value, entry.new_value)),
    )
