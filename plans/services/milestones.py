"""Milestones and decision points: the list is part of the application and saved as a whole
under the plan's milestone revision; reaching one is follow-up."""

from dataclasses import dataclass
from datetime import date

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from plans.models import Milestone, MilestoneKind, WorkPackage
from plans.rules import milestone_problem
from plans.services.common import lock, plan_of, short
from plans.services.errors import EditConflict, InvalidInput
from plans.services.structure import REFUSED
from portal.audit import record_changes
from projects.models import Project

REFUSED_REACHED = gettext_lazy("Milestones are marked reached by the project's writers while "
                               "the project is approved or running.")


@dataclass
class MilestoneInput:
    title: str
    kind: str = MilestoneKind.MILESTONE
    due_on: date | None = None  # a decision point may have no date yet
    description: str = ""
    work_package_id: int | None = None
    id: int | None = None


@transaction.atomic
def save_milestones(*, project: Project, actor, milestones: list[MilestoneInput],
                    expected_revision: int | None = None) -> list[Milestone]:
    """Replace the project's milestones and decision points with `milestones`, in order."""
    locked, _abilities = lock(project, actor, "can_edit_plan", REFUSED)
    plan = plan_of(locked)
    if expected_revision is not None and plan.milestone_revision != expected_revision:
        raise EditConflict(plan)
    existing = {m.pk: m for m in Milestone.objects.select_for_update().filter(project=locked)}
    packages = set(WorkPackage.objects.filter(project=locked).values_list("pk", flat=True))
    errors = {}
    for index, item in enumerate(milestones):
        key = f"milestones.{index}."
        if item.id is not None and item.id not in existing:
            errors[key + "title"] = _("This milestone is not in this project.")
        if not item.title.strip():
            errors[key + "title"] = _("Give a title.")
        if item.kind not in MilestoneKind.values:
            errors[key + "kind"] = _("Choose milestone or decision point.")
        if item.due_on is None and item.kind == MilestoneKind.MILESTONE:
            errors[key + "due_on"] = _("A milestone has a date; a decision point may wait "
                                       "for one.")
        problem = milestone_problem(item.due_on, locked.start_date, locked.end_date)
        if problem:
            errors[key + "due_on"] = problem
        if item.work_package_id is not None and item.work_package_id not in packages:
            errors[key + "work_package"] = _("No such work package in this project.")
    if errors:
        raise InvalidInput(errors)
    before = _describe(existing.values())
    kept = {item.id for item in milestones if item.id is not None}
    Milestone.objects.filter(project=locked).exclude(pk__in=kept).delete()
    saved = []
    for position, item in enumerate(milestones):
        milestone = existing.get(item.id) or Milestone(project=locked)
        milestone.position, milestone.kind = position, item.kind
        milestone.title, milestone.description = item.title.strip(), item.description.strip()
        milestone.due_on, milestone.work_package_id = item.due_on, item.work_package_id
        milestone.save()
        saved.append(milestone)
    plan.milestone_revision += 1
    plan.save(update_fields=["milestone_revision"])
    record_changes(actor=actor, obj=plan, before=before, after=_describe(saved),
                   project_id=locked.pk, action="plan:milestones")
    return saved


def _describe(milestones) -> dict[str, str]:
    return {short(m.title): f"{m.get_kind_display()} · "
                            f"{m.due_on.isoformat() if m.due_on else _('no date')}"
            for m in milestones}


@transaction.atomic
def mark_reached(*, project: Project, actor, reached: dict[int, date | None],
                 expected_revision: int | None = None) -> None:
    """Set or clear the day each milestone was reached (None: not reached)."""
    locked, _abilities = lock(project, actor, "can_follow_up", REFUSED_REACHED)
    plan = plan_of(locked)
    if expected_revision is not None and plan.milestone_revision != expected_revision:
        raise EditConflict(plan)
    milestones = {m.pk: m for m in Milestone.objects.select_for_update()
                  .filter(project=locked, pk__in=list(reached))}
    today = timezone.localdate()
    errors = {}
    for pk, day in reached.items():
        if pk not in milestones:
            errors[f"m{pk}"] = _("This milestone is not in this project.")
        elif day is not None and day > today:
            errors[f"m{pk}"] = _("The date cannot be in the future.")
    if errors:
        raise InvalidInput(errors)
    before, after = {}, {}
    for pk, day in reached.items():
        milestone = milestones[pk]
        if milestone.reached_on == day:
            continue
        before[short(milestone.title)] = milestone.reached_on.isoformat() \
            if milestone.reached_on else ""
        milestone.reached_on = day
        milestone.save(update_fields=["reached_on"])
        after[short(milestone.title)] = day.isoformat() if day else ""
    if before:
        plan.milestone_revision += 1
        plan.save(update_fields=["milestone_revision"])
        record_changes(actor=actor, obj=plan, before=before, after=after,
                       project_id=locked.pk, action="plan:milestone_reached")
