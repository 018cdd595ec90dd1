"""Where other apps plug into a project without the projects app knowing them.

`finance` and `indicators` depend on `projects`, never the other way round: they register
their parts of a frozen version, their submission checks and their tabs here, from their
AppConfig.ready().
"""

from collections.abc import Callable
from dataclasses import dataclass

from portal.types import Text
from projects.models import Project

SnapshotPart = Callable[[Project], dict]
SubmissionCheck = Callable[[Project], dict[str, list[str]]]  # headings and problems may be lazy
WorkflowHook = Callable[[Project, object, str], None]  # (project, actor, comment)


@dataclass(frozen=True)
class ProjectTab:
    label: Text
    url_name: str  # reversed with the project's slug
    order: int = 50


snapshot_parts: dict[str, SnapshotPart] = {}
snapshot_templates: dict[str, str] = {}
submission_checks: list[SubmissionCheck] = []
project_tabs: list[ProjectTab] = []
audit_actions: dict[str, Text] = {}
workflow_hooks: dict[str, list[WorkflowHook]] = {}


def register_snapshot_part(name: str, build: SnapshotPart, template: str = "") -> None:
    """`build(project)` returns plain JSON data kept in every frozen version under `name`;
    `template` shows that data when the version is opened (it gets it as `part`)."""
    snapshot_parts[name] = build
    if template:
        snapshot_templates[name] = template


def register_submission_check(check: SubmissionCheck) -> None:
    """`check(project)` returns {heading: [problems]}; any problem blocks submission."""
    if check not in submission_checks:
        submission_checks.append(check)


def register_tab(tab: ProjectTab) -> None:
    if tab not in project_tabs:
        project_tabs.append(tab)
        project_tabs.sort(key=lambda t: t.order)


def register_audit_actions(labels: dict[str, Text]) -> None:
    """Words for the audit actions an app writes, e.g. {"budget:costs": _("Saved costs")}."""
    audit_actions.update(labels)


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
