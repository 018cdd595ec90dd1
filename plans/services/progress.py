"""Follow-up of the plan: activity statuses (and how often an activity was carried out) and
deliverables done, reported per work package while the project is approved or running.

A status report is a new dated ActivityProgress row; the activity keeps the latest for
lists. Reports are dated no later than today and no earlier than the activity's last one,
so the history reads in order.
"""

from dataclasses import dataclass, field
from datetime import date

from django.db import transaction
from django.db.models import Max
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from plans.models import ActivityProgress, ActivityStatus, WorkPackage
from plans.services.common import actor_or_none, day_of_record, lock, short
from plans.services.errors import EditConflict, InvalidInput
from portal.audit import record_changes
from projects.models import Project

REFUSED = gettext_lazy("Activity statuses are reported by the project's writers while the "
                       "project is approved or running.")


@dataclass
class ActivityProgressInput:
    id: int
    status: str
    done_count: int | None = None
    note: str = ""


@dataclass
class ProgressInput:
    activities: list[ActivityProgressInput] = field(default_factory=list)
    deliverables_done: dict[int, bool] = field(default_factory=dict)  # deliverable id: done
    reported_on: date | None = None


@transaction.atomic
def record_progress(*, project: Project, actor, work_package_id: int, data: ProgressInput,
                    expected_revision: int | None = None) -> WorkPackage:
    locked, _abilities = lock(project, actor, "can_follow_up", REFUSED)
    package = (WorkPackage.objects.select_for_update(of=("self",))
               .filter(pk=work_package_id, project=locked).first())
    if package is None:
        raise InvalidInput({"work_package": _("No such work package in this project.")})
    if expected_revision is not None and package.progress_revision != expected_revision:
        raise EditConflict(package)
    errors: dict[str, str] = {}
    day = day_of_record(data.reported_on, "reported_on", errors)
    activities = {a.pk: a for a in package.activities.prefetch_related("deliverables")}
    last_report = dict(ActivityProgress.objects.filter(activity__in=activities.values())
                       .values("activity").annotate(day=Max("reported_on"))
                       .values_list("activity", "day"))
    changed = []
    for item in data.activities:
        activity = activities.get(item.id)
        key = f"a{item.id}"
        if activity is None:
            errors[key] = _("This activity is not in this work package.")
            continue
        if item.status not in ActivityStatus.values:
            errors[key] = _("Choose a status.")
            continue
        if (item.status, item.done_count) == (activity.status, activity.done_count) and \
                not item.note.strip():
            continue
        if last_report.get(activity.pk) and day < last_report[activity.pk]:
            errors[key] = _("A newer status was reported on %(day)s.") % {
                "day": last_report[activity.pk].isoformat()}
            continue
        changed.append((activity, item))
    deliverables = {d.pk: d for a in activities.values() for d in a.deliverables.all()}
    for pk in data.deliverables_done:
        if pk not in deliverables:
            errors[f"d{pk}"] = _("This deliverable is not in this work package.")
    if errors:
        raise InvalidInput(errors)

    before, after = {}, {}
    for activity, item in changed:
        before[short(activity.title)] = _describe(activity.status, activity.done_count)
        ActivityProgress.objects.create(activity=activity, status=item.status,
                                        done_count=item.done_count, note=item.note.strip(),
                                        reported_on=day, recorded_by=actor_or_none(actor))
        activity.status, activity.done_count = item.status, item.done_count
        activity.save(update_fields=["status", "done_count"])
        after[short(activity.title)] = _describe(item.status, item.done_count)
    for pk, done in data.deliverables_done.items():
        deliverable = deliverables[pk]
        if done == deliverable.done:
            continue
        before[short(deliverable.title)] = _("done") if deliverable.done else _("not done")
        deliverable.done_on = day if done else None
        deliverable.save(update_fields=["done_on"])
        after[short(deliverable.title)] = _("done") if done else _("not done")
    if before or after:
        package.progress_revision += 1
        package.save(update_fields=["progress_revision"])
        record_changes(actor=actor, obj=package, before=before, after=after,
                       project_id=locked.pk, action="plan:progress")
    return package


def _describe(status: str, done_count: int | None) -> str:
    words = str(ActivityStatus(status).label)
    if done_count is not None:
        words += f" ({done_count})"
    return words
