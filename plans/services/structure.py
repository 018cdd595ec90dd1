"""Writing the plan's structure: a work package with its activities and deliverables saved
as a whole, the order of the work packages, and the plan's settings. All of it is part of
the application (see plans.access).

A work package carries a revision: of two people who opened the same one, the second to
save gets EditConflict and the page keeps what they typed. Different work packages never
conflict.
"""

from dataclasses import dataclass, field
from datetime import date

from django.db import transaction
from django.db.models import Max
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from plans import periods
from plans.models import Activity, ActivityProgress, Deliverable, Resolution, WorkPackage
from plans.rules import Bounds, activity_problems, deliverable_problem
from plans.services.common import lock, plan_of, short, validated
from plans.services.errors import EditConflict, InvalidInput
from portal.audit import record_changes, record_event
from projects.models import Project

REFUSED = gettext_lazy("The plan is part of the application: its writers change it while the "
                       "application is a draft, returned for completion, or under a change "
                       "request.")


@dataclass
class DeliverableInput:
    title: str
    due: date | None = None  # first day of the month (or of the quarter's first month)
    id: int | None = None


@dataclass
class ActivityInput:
    title: str
    start: date | None
    end: date | None  # first day of the last month
    responsible: str = ""
    description: str = ""
    deliverables: list[DeliverableInput] = field(default_factory=list)
    id: int | None = None


@dataclass
class WorkPackageInput:
    title: str
    description: str = ""
    activities: list[ActivityInput] = field(default_factory=list)


@dataclass
class PlanSettingsInput:
    resolution: str
    work_package_word: str = ""
    note: str = ""
    meeting_rule: str = ""


@transaction.atomic
def save_work_package(*, project: Project, actor, data: WorkPackageInput,
                      work_package_id: int | None = None,
                      expected_revision: int | None = None) -> WorkPackage:
    """Create a work package, or replace one's title, description and rows with `data`.
    Rows missing from `data` are removed; rows are kept in the order given."""
    locked, _abilities = lock(project, actor, "can_edit_plan", REFUSED)
    plan = plan_of(locked)
    if work_package_id is None:
        package = WorkPackage(project=locked, position=_next_position(locked))
        existing: dict[int, Activity] = {}
    else:
        package = (WorkPackage.objects.select_for_update(of=("self",))
                   .filter(pk=work_package_id, project=locked).first())
        if package is None:
            raise InvalidInput({"title": _("No such work package in this project.")})
        if expected_revision is not None and package.revision != expected_revision:
            raise EditConflict(package)
        existing = {a.pk: a for a in package.activities.prefetch_related("deliverables")}
    bounds = Bounds.of(locked.start_date, locked.end_date, plan.resolution)
    errors = _problems(data, existing, bounds)
    removed = [a for pk, a in existing.items() if pk not in {x.id for x in data.activities}]
    with_progress = set(ActivityProgress.objects.filter(activity__in=removed)
                        .values_list("activity_id", flat=True))
    for activity in removed:
        if activity.pk in with_progress:
            errors["activities"] = _("“%(title)s” has progress on record: mark it cancelled "
                                     "instead of removing it.") % {"title": activity.title}
    if errors:
        raise InvalidInput(errors)

    before = _describe(package, list(existing.values())) if package.pk else {}
    package.title, package.description = data.title.strip(), data.description.strip()
    package.revision += 1
    validated(package, exclude=["project"])
    package.save()
    Activity.objects.filter(pk__in=[a.pk for a in removed]).delete()
    saved = [_save_activity(package, position, item, existing)
             for position, item in enumerate(data.activities)]
    after = _describe(package, saved)
    if before:
        record_changes(actor=actor, obj=package, before=before, after=after,
                       project_id=locked.pk, action="plan:work_package")
    else:
        record_event(actor=actor, obj=package, action="plan:work_package_add",
                     project_id=locked.pk, detail=package.title)
    return package


def _next_position(project: Project) -> int:
    highest = WorkPackage.objects.filter(project=project).aggregate(n=Max("position"))["n"]
    return 0 if highest is None else highest + 1


def _problems(data: WorkPackageInput, existing: dict[int, Activity], bounds: Bounds) -> dict:
    errors = {}
    if not data.title.strip():
        errors["title"] = _("Give the work package a title.")
    for index, item in enumerate(data.activities):
        key = f"activities.{index}."
        if item.id is not None and item.id not in existing:
            errors[key + "title"] = _("This activity is not in this work package.")
            continue
        if not item.title.strip():
            errors[key + "title"] = _("Give the activity a title.")
        for name, message in activity_problems(item.start, item.end, bounds).items():
            errors[key + name] = message
        known = {d.pk for d in existing[item.id].deliverables.all()} if item.id else set()
        for number, deliverable in enumerate(item.deliverables):
            row = f"{key}deliverables.{number}."
            if deliverable.id is not None and deliverable.id not in known:
                errors[row + "title"] = _("This deliverable is not in this activity.")
            if not deliverable.title.strip():
                errors[row + "title"] = _("Give the deliverable a title.")
            if deliverable.due and not periods.aligned(deliverable.due, bounds.resolution):
                errors[row + "due"] = _("The plan is kept by quarter: give a quarter.")
            problem = deliverable_problem(deliverable.due, item.start, item.end,
                                          bounds.resolution)
            if problem:
                errors[row + "due"] = problem
    return errors


def _save_activity(package: WorkPackage, position: int, item: ActivityInput,
                   existing: dict[int, Activity]) -> Activity:
    activity = existing.get(item.id) or Activity(work_package=package)
    activity.position, activity.title = position, item.title.strip()
    activity.description, activity.responsible = item.description.strip(), item.responsible.strip()
    activity.start_month, activity.end_month = item.start, item.end
    activity.save()
    kept = {d.id for d in item.deliverables if d.id is not None}
    if activity.pk in existing:
        activity.deliverables.exclude(pk__in=kept).delete()
    current = {d.pk: d for d in activity.deliverables.all()}
    deliverables = []
    for number, data in enumerate(item.deliverables):
        deliverable = current.get(data.id) or Deliverable(activity=activity)
        deliverable.position, deliverable.title = number, data.title.strip()
        deliverable.due_month = data.due
        deliverable.save()
        deliverables.append(deliverable)
    activity.saved_deliverables = deliverables
    return activity


def _describe(package: WorkPackage, activities: list[Activity]) -> dict[str, str]:
    """The work package as the audit trail keeps it: one line per activity."""
    lines = {"title": package.title, "description": package.description}
    for activity in activities:
        deliverables = getattr(activity, "saved_deliverables", None)
        if deliverables is None:
            deliverables = list(activity.deliverables.all())
        text = f"{activity.start_month:%Y-%m} – {activity.end_month:%Y-%m}"
        if activity.responsible:
            text += f" · {activity.responsible}"
        if deliverables:
            text += " · " + "; ".join(
                d.title + (f" ({d.due_month:%Y-%m})" if d.due_month else "")
                for d in deliverables)
        if activity.description:
            text += f"\n{activity.description}"
        lines[short(activity.title)] = text
    return lines


@transaction.atomic
def remove_work_package(*, project: Project, actor, work_package_id: int) -> None:
    locked, _abilities = lock(project, actor, "can_edit_plan", REFUSED)
    package = WorkPackage.objects.filter(pk=work_package_id, project=locked).first()
    if package is None:
        raise InvalidInput({"title": _("No such work package in this project.")})
    if ActivityProgress.objects.filter(activity__work_package=package).exists():
        raise InvalidInput({"title": _("Activities of this work package have progress on "
                                       "record; mark them cancelled instead.")})
    record_event(actor=actor, obj=package, action="plan:work_package_remove",
                 project_id=locked.pk, old=package.title)
    package.delete()


@transaction.atomic
def reorder_work_packages(*, project: Project, actor, order: list[int],
                          expected_order: list[int]) -> None:
    """Put the work packages in `order`. The page sends the order it showed: when someone
    added, removed or moved a work package meanwhile, nothing moves and the page reloads."""
    locked, _abilities = lock(project, actor, "can_edit_plan", REFUSED)
    packages = list(WorkPackage.objects.select_for_update(of=("self",)).filter(project=locked))
    current = [p.pk for p in packages]
    plan = plan_of(locked)
    if current != list(expected_order) or sorted(order) != sorted(current):
        raise EditConflict(plan)
    by_id = {p.pk: p for p in packages}
    for position, pk in enumerate(order):
        by_id[pk].position = position
    WorkPackage.objects.bulk_update(packages, ["position"])
    plan.revision += 1
    plan.save(update_fields=["revision"])
    record_event(actor=actor, obj=plan, action="plan:order", project_id=locked.pk,
                 old=" · ".join(by_id[pk].title for pk in current),
                 detail=" · ".join(by_id[pk].title for pk in order))


@transaction.atomic
def save_plan_settings(*, project: Project, actor, data: PlanSettingsInput,
                       expected_revision: int | None = None):
    locked, _abilities = lock(project, actor, "can_edit_plan", REFUSED)
    plan = plan_of(locked)
    if expected_revision is not None and plan.revision != expected_revision:
        raise EditConflict(plan)
    errors = {}
    if data.resolution not in Resolution.values:
        errors["resolution"] = _("Choose month or quarter.")
    elif data.resolution == Resolution.QUARTER:
        misfits = [a for a in Activity.objects.filter(work_package__project=locked)
                   if not periods.aligned(a.start_month, Resolution.QUARTER)
                   or not periods.aligned(a.end_month, Resolution.QUARTER, end=True)]
        if misfits:
            errors["resolution"] = _("These activities do not start and end with a quarter; "
                                     "move them first: %(titles)s") % {
                "titles": ", ".join(a.title for a in misfits[:10])}
    if errors:
        raise InvalidInput(errors)
    fields = ["resolution", "work_package_word", "note", "meeting_rule"]
    before = _settings_words(plan, fields)
    plan.resolution = data.resolution
    plan.work_package_word = data.work_package_word.strip()
    plan.note, plan.meeting_rule = data.note.strip(), data.meeting_rule.strip()
    validated(plan, exclude=["project"])
    plan.revision += 1
    plan.save()
    record_changes(actor=actor, obj=plan, before=before, after=_settings_words(plan, fields),
                   project_id=locked.pk, action="plan:settings")
    return plan


def _settings_words(plan, fields: list[str]) -> dict[str, str]:
    """The settings by their names and in words, as the audit trail shows them."""
    return {str(plan._meta.get_field(name).verbose_name).capitalize():
            plan.get_resolution_display() if name == "resolution" else str(getattr(plan, name))
            for name in fields}
