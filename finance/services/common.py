"""What every write of the finance app shares: the state check and the row lock."""

from django.utils.translation import gettext as _

from finance.models import BudgetVersion
from finance.services.errors import BudgetLocked, EditConflict
from projects.access import EDITABLE_STATUSES
from projects.models import ChangeRequestStatus, Project


def open_change_request(project: Project):
    return project.change_requests.filter(status=ChangeRequestStatus.OPEN).first()


def ensure_editable(version: BudgetVersion, project: Project) -> None:
    """A draft or returned application's budget can change. After approval, only a revision
    made under the open change request can; the approved version itself stays as it was."""
    if version.superseded_at is not None:
        raise BudgetLocked(_("This is an earlier version of the budget; it cannot change."))
    if project.status in EDITABLE_STATUSES:
        return
    change = open_change_request(project)
    if change is None:
        raise BudgetLocked(_("The budget cannot change while the project is “%(status)s”.")
                           % {"status": project.get_status_display()})
    if version.change_request_id != change.pk:
        raise BudgetLocked(_("Start a revision of the budget under the open change request "
                             "first; the approved budget stays as it was."))


def lock_version(version: BudgetVersion, *, part: str, expected_revision: int | None,
                 project: Project, check_state: bool = True) -> BudgetVersion:
    """The version row locked for this transaction, after the state and revision checks.

    `expected_revision` None skips the concurrency check (loaders of historical data);
    `check_state` False lets a loader write into an approved project's budget.
    """
    locked = BudgetVersion.objects.select_for_update().get(pk=version.pk)
    locked.budget = version.budget
    if check_state:
        ensure_editable(locked, project)
    current = getattr(locked, f"{part}_revision")
    if expected_revision is not None and current != expected_revision:
        raise EditConflict(locked, part)
    return locked


AUDIT_FIELD_LENGTH = 100  # AuditEntry.field


def audit_label(name: str, suffix: str = "") -> str:
    """An audit field name such as “Egen personal 2012”, shortened in the name (never in the
    period) to fit the audit trail's field."""
    room = AUDIT_FIELD_LENGTH - (len(suffix) + 1 if suffix else 0)
    if len(name) > room:
        name = name[:room - 1] + "…"
    return f"{name} {suffix}" if suffix else name


def validated(instance, **options):
    """full_clean, with Django's ValidationError turned into the app's InvalidInput so that
    pages show it beside the form instead of failing."""
    from django.core.exceptions import ValidationError

    from finance.services.errors import InvalidInput

    try:
        instance.full_clean(**options)
    except ValidationError as error:
        raise InvalidInput({key: " ".join(str(m) for m in messages)
                            for key, messages in error.message_dict.items()}) from error
    return instance
