"""Loads the demo: the four seed projects and one login per role, each app adding its part;
seed 002 (a funding body's annual report) loads as portfolio data.

The stages follow a project's life, so every app writes through its own services in the state
where the real thing happens:

1. `projects.demo`: organisations, programmes, people and the applications, as drafts;
2. `<app>.demo.application(projects)`: what belongs to the application (budgets, plans,
   risks, indicator targets), while the projects are still drafts;
3. the workflow to where each document stands: submitted, or approved and running;
4. `<app>.demo.follow_up(projects)`: what a running project records (outcome, indicator
   outcomes, activity statuses, reports), for the projects that got that far;
5. the last workflow steps (the final report submitted).

Each stage gets only the projects created in this run (keyed by slug); loading again changes
nothing. Everything happens in one transaction.
"""

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field

from django.db import transaction

from projects.demo import applications
from projects.demo.applications import DemoNotSubmittable
from projects.demo.clock import demo_clock
from projects.models import Project
from projects.models import ProjectStatus as Status

__all__ = ["APPS", "DemoNotSubmittable", "LoadResult", "load"]

# The apps whose `<app>.demo` module takes part, in the order they build on each other.
APPS = ("finance", "plans", "risks", "indicators", "reports", "reports.portfolio")
REACHABLE = {Status.DRAFT, Status.SUBMITTED, Status.FINAL_REPORT_SUBMITTED}

Stage = Callable[[dict[str, Project]], None]


@dataclass
class LoadResult:
    created: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)
    new_people: list[str] = field(default_factory=list)


def _extension(name: str):
    """An app's demo module, or None when the app has no demo (yet)."""
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as missing:
        if missing.name != name and not name.startswith(f"{missing.name}."):
            raise  # the demo module exists but something it imports does not
        return None


def _stage(name: str) -> list[Stage]:
    modules = [_extension(f"{app}.demo") for app in APPS]
    return [getattr(module, name) for module in modules
            if module is not None and hasattr(module, name)]


def _run(stage: str, projects: dict[str, Project]) -> None:
    if projects:
        for step in _stage(stage):
            step(dict(projects))


@transaction.atomic
def load() -> LoadResult:
    written = applications.write_applications()
    created = written.created
    for slug in created:
        if written.target_status(slug) not in REACHABLE:
            raise ValueError(f"The demo cannot reach status {written.target_status(slug)!r}.")
    # Each project's part is written on the day its application was, the follow-up on the
    # last day of its period unless an app dates a step itself (demo_clock).
    for slug, project in created.items():
        with demo_clock(written.timeline(slug).written):
            _run("application", {slug: project})

    decided = {}
    for slug, project in created.items():
        if written.target_status(slug) == Status.DRAFT:
            continue
        timeline = written.timeline(slug)
        applications.submit(project, written.manager, timeline)
        if written.target_status(slug) == Status.FINAL_REPORT_SUBMITTED:
            applications.approve_and_start(project, written.case_officer_for(slug), timeline)
            decided[slug] = project
    for slug, project in decided.items():
        with demo_clock(project.end_date or written.timeline(slug).written):
            _run("follow_up", {slug: project})
    for slug, project in decided.items():
        applications.submit_final_report(project, written.manager, written.timeline(slug))
    return LoadResult(created=list(created), kept=written.kept, new_people=written.new_people)
