"""Where other apps plug into a project without the projects app knowing them.

`finance` and `indicators` depend on `projects`, never the other way round: they register
their parts of a frozen version, their submission checks and their tabs here, from their
AppConfig.ready().
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from portal.types import Text
from projects.models import Project

SnapshotPart = Callable[[Project], dict]
SubmissionCheck = Callable[[Project], dict[str, list[str]]]  # headings and problems may be lazy
# (old part, new part) -> the rendered HTML of what changed, "" when nothing did.
SnapshotDiff = Callable[[dict, dict], str]
# A frozen part as its template reads it (e.g. rows put back in their catalogue's order).
SnapshotView = Callable[[dict], dict]
FreezeHook = Callable[[Any, str], None]  # (Document, version kind)
WorkflowHook = Callable[[Project, object, str], None]  # (project, actor, comment)


@dataclass(frozen=True)
class ProjectTab:
    label: Text
    url_name: str  # reversed with the project's slug
    order: int = 50


snapshot_parts: dict[str, SnapshotPart] = {}
snapshot_templates: dict[str, str] = {}
snapshot_titles: dict[str, Text] = {}
snapshot_diffs: dict[str, SnapshotDiff] = {}
snapshot_views: dict[str, SnapshotView] = {}
submission_checks: list[SubmissionCheck] = []


@dataclass(frozen=True)
class CheckPlace:
    """Where a submission check is shown in the overview's checklist and fixed."""

    label: Text
    url_name: str  # reversed with the project's slug


submission_check_places: dict[SubmissionCheck, CheckPlace] = {}
project_tabs: list[ProjectTab] = []
audit_actions: dict[str, Text] = {}
amount_actions: set[str] = set()
freeze_hooks: list[FreezeHook] = []
workflow_hooks: dict[str, list[WorkflowHook]] = {}


def register_snapshot_part(name: str, build: SnapshotPart, template: str = "",
                           title: Text = "", view: SnapshotView | None = None) -> None:
    """`build(project)` returns plain JSON data kept in every frozen version under `name`;
    `template` shows that data when the version is opened (it gets it as `part`), on a page
    of its own named `title`. `view(data)`, when given, prepares the frozen data for every
    page and document that shows it (JSON keeps no order the app relies on)."""
    snapshot_parts[name] = build
    if view is not None:
        snapshot_views[name] = view
    if template:
        snapshot_templates[name] = template
        snapshot_titles[name] = title or name


def shown_part(name: str, data: dict) -> dict:
    """A frozen part as its template reads it."""
    view = snapshot_views.get(name)
    return view(data) if view is not None else data


def register_snapshot_diff(name: str, render: SnapshotDiff) -> None:
    """`render(old, new)` shows how the part `name` changed between two versions as its
    readers read it (a budget as a table of changed cells); parts without one are compared
    value by value."""
    snapshot_diffs[name] = render


def register_submission_check(check: SubmissionCheck, label: Text = "",
                              url_name: str = "") -> None:
    """`check(project)` returns {heading: [problems]}; any problem blocks submission. With
    a `label` and the `url_name` of the page where its problems are fixed, the check is an
    item of the overview's checklist (ticked when it finds nothing)."""
    if check not in submission_checks:
        submission_checks.append(check)
    if label:
        submission_check_places[check] = CheckPlace(label, url_name)


final_report_checks: list[SubmissionCheck] = []


def register_final_report_check(check: SubmissionCheck) -> None:
    """`check(project)` returns {heading: [problems]} that stop the final report from being
    submitted (an outcome report still being written)."""
    if check not in final_report_checks:
        final_report_checks.append(check)


def final_report_problems(project: Project) -> dict[str, list[str]]:
    problems: dict[str, list[str]] = {}
    for check in final_report_checks:
        for heading, found in check(project).items():
            problems.setdefault(str(heading), []).extend(found)
    return {heading: found for heading, found in problems.items() if found}


# organisation id -> a queryset of `project_id` values: the projects it co-finances.
FinancedBy = Callable[[int], Any]
financier_scopes: list[FinancedBy] = []


def register_financier_scope(scope: FinancedBy) -> None:
    """`scope(organisation_id)` returns `.values("project_id")` of the projects whose financing
    plan in force names the organisation: its people see them as financiers
    (`projects.access`) without a role set by hand."""
    if scope not in financier_scopes:
        financier_scopes.append(scope)


# (person, the projects they may decide) -> projects.inbox.Waiting items of the app's own.
InboxSource = Callable[[object, object], list]
inbox_sources: list[InboxSource] = []


def register_inbox_source(source: InboxSource) -> None:
    """What else waits for a case officer's decision (status and final reports), shown in
    their inbox beside applications and change requests, oldest first."""
    if source not in inbox_sources:
        inbox_sources.append(source)


def register_freeze_hook(hook: FreezeHook) -> None:
    """`hook(document, version_kind)` runs inside the transaction that freezes a version of
    a project's document, before the snapshot is taken: what an app stores with the frozen
    state (finance: the exchange rate applied at submission)."""
    if hook not in freeze_hooks:
        freeze_hooks.append(hook)


def register_tab(tab: ProjectTab) -> None:
    if tab not in project_tabs:
        project_tabs.append(tab)
        project_tabs.sort(key=lambda t: t.order)


def register_audit_actions(labels: dict[str, Text]) -> None:
    """Words for the audit actions an app writes, e.g. {"budget:costs": _("Saved costs")}."""
    audit_actions.update(labels)


def register_amount_actions(actions: set[str]) -> None:
    """Audit actions whose old and new values are amounts ("1250000"), shown grouped the
    Swedish way in the history ("1 250 000")."""
    amount_actions.update(actions)


def register_workflow_hook(step: str, hook: WorkflowHook) -> None:
    """`hook(project, actor, comment)` runs inside the transaction of the workflow step named
    (e.g. "submit_final_report"), after the project has moved; raising a ServiceError undoes
    the step. The reports app submits the final report document this way."""
    hooks = workflow_hooks.setdefault(step, [])
    if hook not in hooks:
        hooks.append(hook)


def run_workflow_hooks(step: str, project: Project, actor, comment: str = "") -> None:
    for hook in workflow_hooks.get(step, []):
        hook(project, actor, comment)
