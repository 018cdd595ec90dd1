"""The plan in every frozen version of the application, and read back from one.

Keyed by titles rather than listed, so that comparing two versions lines up the same work
package and activity even when rows were added in between; each entry carries its number,
because PostgreSQL does not keep the order of a JSON object's keys. A frozen plan is read
back into the same read model the pages use, so the version page draws the same Gantt chart
from it. Every schema ever frozen stays readable (`read`).
"""

from datetime import date

from django.utils.translation import gettext as _

from plans import periods
from plans.models import ActivityStatus, MilestoneKind, Resolution
from plans.readmodels import (
    ActivityView,
    DeliverableView,
    MilestoneView,
    PlanView,
    WorkPackageView,
)
from plans.rules import Bounds, deliverable_problem, milestone_problem, outside_period
from plans.selectors import plan_view
from projects.models import Project

SCHEMA = 1


def _month(day: date | None) -> str:
    return f"{day:%Y-%m}" if day else ""


def _unique(key: str, taken: dict) -> str:
    found, number = key, 2
    while found in taken:
        found, number = f"{key} ({number})", number + 1
    return found


def build(project: Project) -> dict:
    plan = plan_view(project)
    packages: dict[str, dict] = {}
    for package in plan.work_packages:
        activities: dict[str, dict] = {}
        for activity in package.activities:
            deliverables: dict[str, dict] = {}
            for position, item in enumerate(activity.deliverables):
                deliverables[_unique(item.title, deliverables)] = {
                    "position": position, "title": item.title, "due": _month(item.due),
                    "done": item.done}
            activities[_unique(activity.title, activities)] = {
                "number": activity.number, "title": activity.title,
                "start": _month(activity.start), "end": _month(activity.end),
                "responsible": activity.responsible, "description": activity.description,
                "status": activity.status, "done_count": activity.done_count,
                "deliverables": deliverables}
        packages[_unique(package.title, packages)] = {
            "number": package.number, "title": package.title,
            "description": package.description, "activities": activities}
    milestones: dict[str, dict] = {}
    for position, item in enumerate(plan.milestones):
        milestones[_unique(item.title, milestones)] = {
            "position": position, "title": item.title, "kind": item.kind,
            "date": item.due_on.isoformat() if item.due_on else "",
            "description": item.description, "work_package": item.work_package_title,
            "reached_on": item.reached_on.isoformat() if item.reached_on else ""}
    return {
        "schema": SCHEMA, "resolution": plan.resolution,
        "work_package_word": plan.work_package_word, "note": plan.note,
        "meeting_rule": plan.meeting_rule,
        "period": {"start": project.start_date.isoformat() if project.start_date else "",
                   "end": project.end_date.isoformat() if project.end_date else ""},
        "work_packages": packages, "milestones": milestones,
    }


def _date(text: str) -> date | None:
    return date.fromisoformat(text) if text else None


def _first(text: str) -> date | None:
    return date.fromisoformat(f"{text}-01") if text else None


def _number(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text.split(".") if part.isdigit())


def read(part: dict, frozen_on: date) -> PlanView | None:
    """A frozen plan as the read model; None for a schema this code does not know. Nothing in
    it is marked late: it shows the plan as it was submitted or approved, not a follow-up."""
    if part.get("schema") != 1:
        return None
    resolution = part.get("resolution", Resolution.MONTH)
    start, end = _date(part["period"]["start"]), _date(part["period"]["end"])
    bounds = Bounds.of(start, end, resolution)
    packages = []
    for package in sorted(part["work_packages"].values(), key=lambda p: _number(p["number"])):
        activities = []
        for item in sorted(package["activities"].values(), key=lambda a: _number(a["number"])):
            first, last = _first(item["start"]), _first(item["end"])
            deliverables = tuple(
                DeliverableView(id=None, title=d["title"], due=_first(d["due"]),
                                due_label=periods.label(_first(d["due"]), resolution),
                                done=d["done"], done_on=None,
                                problem=deliverable_problem(_first(d["due"]), first, last,
                                                            resolution))
                for d in sorted(item["deliverables"].values(), key=lambda d: d["position"]))
            activities.append(ActivityView(
                id=None, number=item["number"], title=item["title"],
                description=item["description"], responsible=item["responsible"],
                start=first, end=last,
                period_label=periods.span_label(first, last, resolution),
                status=item["status"], status_label=str(ActivityStatus(item["status"]).label),
                done_count=item["done_count"], late=False,
                conflict=outside_period(first, last, bounds), deliverables=deliverables))
        packages.append(WorkPackageView(
            id=None, number=package["number"], title=package["title"],
            description=package["description"], revision=0, progress_revision=0,
            activities=tuple(activities)))
    milestones = tuple(
        MilestoneView(
            id=None, kind=m["kind"], kind_label=str(MilestoneKind(m["kind"]).label),
            title=m["title"], description=m["description"], due_on=_date(m["date"]),
            reached_on=_date(m["reached_on"]), work_package_id=None,
            work_package_title=m["work_package"],
            late=False,
            problem=milestone_problem(_date(m["date"]), start, end))
        for m in sorted(part["milestones"].values(), key=lambda m: m["position"]))
    return PlanView(
        resolution=resolution, resolution_label=str(Resolution(resolution).label),
        work_package_word=part.get("work_package_word") or _("Work package"),
        note=part.get("note", ""), meeting_rule=part.get("meeting_rule", ""), revision=0,
        milestone_revision=0, project_start=start, project_end=end,
        work_packages=tuple(packages), milestones=milestones, today=frozen_on, as_at=frozen_on)
