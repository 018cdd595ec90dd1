"""What every write of the finance app shares: the person's right, the project's state and
the row locks, all checked inside the writer's transaction."""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from finance.access import FinanceAccess
from finance.models import BudgetVersion
from finance.services.errors import BudgetLocked, EditConflict
from projects.access import access_for
from projects.models import ChangeRequestStatus, Project
from projects.services.errors import NotAllowed

# What the project's state allows, said when a writer asks at the wrong time.
REFUSALS = {
    "can_edit_budgets": gettext_noop(
        "Budgets change only while the application is open or under a change request."),
    "can_report_outcome": gettext_noop(
        "Outcome is reported once the project is approved and running."),
}


def open_change_request(project: Project):
    return project.change_requests.filter(status=ChangeRequestStatus.OPEN).first()


def locked_project(project_id: int) -> Project:
    """The project row locked for this transaction and read fresh. Every write to a project
    takes this lock first (as the document engine does), so a budget save and a submission
    wait for each other and the later one sees the state the earlier left."""
    return (Project.objects.select_for_update().select_related("programme__funding_body")
            .get(pk=project_id))


def require(actor, project: Project, ability: str) -> FinanceAccess:
    """The person's finance abilities on the (locked) project: NotAllowed unless they write
    in the project, BudgetLocked unless its state allows `ability` now. The rule the pages
    use, asked again here because a page's answer may be stale by the time the write runs."""
    if actor is None or not getattr(actor, "is_authenticated", False):
        raise NotAllowed(_("Sign in to change the project's figures."))
    abilities = FinanceAccess(access_for(actor, project))
    if not abilities.access.is_writer:
        raise NotAllowed(_("Only the project's manager and members change its figures."))
    if not getattr(abilities, ability):
        raise BudgetLocked(_(REFUSALS[ability]))
    return abilities


def ensure_editable(version: BudgetVersion, project: Project) -> None:
    """A draft or returned application's budget can change. After approval, only a revision
    made under the open change request can; the approved version itself stays as it was."""
    from projects.access import EDITABLE_STATUSES

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
                 actor) -> BudgetVersion:
    """The version row locked for this transaction, after the right, state and revision
    checks. `expected_revision` None skips the concurrency check (imports of whole files,
    the demo's figures from documents)."""
    project = locked_project(version.budget.project_id)
    require(actor, project, "can_edit_budgets")
    locked = BudgetVersion.objects.select_for_update().get(pk=version.pk)
    locked.budget = version.budget
    locked.budget.project = project
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
