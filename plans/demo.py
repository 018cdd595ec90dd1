"""The plans part of the demo: the seed documents' time and activity plans written through the
plans services as the demo project manager, with the application while the projects are
drafts, and NIS 6.0's activities reported done with the counts of its final report once it
runs. A project that already has a plan is left alone."""

from datetime import date

from django.db import transaction

from plans import periods
from plans.demo_data import PLANS
from plans.models import ActivityStatus, ProgrammePlanRules, WorkPackage
from plans.services.milestones import MilestoneInput, save_milestones
from plans.services.progress import ActivityProgressInput, ProgressInput, record_progress
from plans.services.structure import (
    ActivityInput,
    DeliverableInput,
    PlanSettingsInput,
    WorkPackageInput,
    save_plan_settings,
    save_work_package,
)
from portal.models import User
from projects.demo.people import MANAGER
from projects.models import Project

# What the programmes' application forms ask of the plan. The Norrbotten programme asks
# nothing here.
RULES = {
    "tillvaxtverket-eruf-2014-2020": {"requires_plan": True},
    "interreg-sverige-norge-2007-2013": {"requires_plan": True},
    "kongsbergregionen-regionalt-program": {"requires_plan": True, "requires_milestone": True},
}
# NIS 6.0's statuses as its final report gives them, on the day its period ends.
REPORTED_ON = {"nis-6-0": date(2022, 9, 30)}


def _manager() -> User:
    return User.objects.get(username=MANAGER.username)


def application(projects: dict[str, Project]) -> None:
    with transaction.atomic():
        manager = _manager()
        for slug, project in projects.items():
            if project.programme.slug in RULES:
                ProgrammePlanRules.objects.get_or_create(programme=project.programme,
                                                         defaults=RULES[project.programme.slug])
            seed = PLANS.get(slug)
            if seed is not None and not WorkPackage.objects.filter(project=project).exists():
                _write(project, seed, manager)


def _period(text: str, resolution: str, end: bool = False) -> date | None:
    return periods.parse(text, resolution, end=end) if text else None


def _write(project: Project, seed: dict, manager: User) -> None:
    resolution = seed["resolution"]
    save_plan_settings(project=project, actor=manager, data=PlanSettingsInput(
        resolution=resolution, work_package_word=seed["word"], note=seed["note"],
        meeting_rule=seed["meeting_rule"]))
    made = []
    for title, activities in seed["packages"]:
        made.append(save_work_package(project=project, actor=manager, data=WorkPackageInput(
            title=title, activities=[ActivityInput(
                title=a["title"], start=_period(a["start"], resolution),
                end=_period(a["end"], resolution, end=True), responsible=a["responsible"],
                description=a["description"],
                deliverables=[DeliverableInput(title=name, due=_period(due, resolution))
                              for name, due in a["deliverables"]])
                for a in activities])))
    if seed["milestones"]:
        save_milestones(project=project, actor=manager, milestones=[
            MilestoneInput(title=title, kind=kind, description=text,
                           work_package_id=made[package - 1].pk if package else None)
            for kind, title, package, text in seed["milestones"]])


def follow_up(projects: dict[str, Project]) -> None:
    """What the running projects' documents report: NIS 6.0's activity areas carried out,
    with the number of activities in each."""
    with transaction.atomic():
        manager = _manager()
        for slug, project in projects.items():
            seed = PLANS.get(slug)
            if seed is None or slug not in REPORTED_ON:
                continue
            done = {a["title"]: a["done"] for _title, items in seed["packages"] for a in items}
            for package in WorkPackage.objects.filter(project=project).prefetch_related(
                    "activities__deliverables"):
                activities = list(package.activities.all())
                if all(a.status == ActivityStatus.DONE for a in activities):
                    continue
                record_progress(
                    project=project, actor=manager, work_package_id=package.pk,
                    data=ProgressInput(
                        activities=[ActivityProgressInput(
                            id=a.pk, status=ActivityStatus.DONE, done_count=done.get(a.title))
                            for a in activities],
                        deliverables_done={d.pk: True for a in activities
                                           for d in a.deliverables.all()},
                        reported_on=REPORTED_ON[slug]))
