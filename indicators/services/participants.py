"""The participant register: activity types, and per activity who took part, by gender.

Names are kept only where a project needs them, and removed on request without trace: the
audit trail records how many names were added or removed, never the names themselves.
"""

from dataclasses import dataclass, field
from datetime import date

from django.db import transaction
from django.db.models import Max
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from indicators.models import (
    ActivityType,
    ParticipantName,
    ParticipationRecord,
    Register,
)
from indicators.services.common import bump_register, lock, register_revision, text
from indicators.services.errors import EditConflict, InvalidInput
from indicators.services.totals import refresh_totals
from portal.audit import record_changes, record_event
from projects.models import Project

REFUSED = gettext_lazy("The registers are kept by the project's writers while the project is "
                       "approved or running.")
MAX_COUNT = 100_000  # participants at one activity; more is a typing error


@dataclass
class ActivityTypeInput:
    name: str
    plan_reference: str = ""
    stated_count: int | None = None
    stated_source: str = ""


@dataclass
class ParticipationInput:
    activity_type_id: int
    held_on: date
    title: str = ""
    women: int = 0
    men: int = 0
    other: int = 0
    note: str = ""
    names: list[str] | None = None  # None: leave the names as they are
    id: int | None = None  # an existing record (imports)
    expected_revision: int | None = field(default=None, repr=False)


@transaction.atomic
def add_activity_type(*, project: Project, actor, data: ActivityTypeInput) -> ActivityType:
    locked, _abilities = lock(project, actor, "can_edit_registers", REFUSED)
    name = data.name.strip()
    errors = {}
    if not name:
        errors["name"] = _("Name the activity type.")
    elif ActivityType.objects.filter(project=locked, name=name).exists():
        errors["name"] = _("The project already has this activity type.")
    if data.stated_count is not None and data.stated_count < 0:
        errors["stated_count"] = _("A number of activities cannot be negative.")
    if errors:
        raise InvalidInput(errors)
    last = ActivityType.objects.filter(project=locked).aggregate(last=Max("position"))["last"]
    kind = ActivityType.objects.create(
        project=locked, name=name, plan_reference=data.plan_reference.strip(),
        stated_count=data.stated_count, stated_source=data.stated_source.strip(),
        position=0 if last is None else last + 1)
    record_event(actor=actor, obj=kind, action="participants:type", project_id=locked.pk,
                 detail=name)
    bump_register(locked, Register.PARTICIPANTS)
    return kind


@transaction.atomic
def add_participations(*, project: Project, actor, rows: list[ParticipationInput]
                       ) -> list[ParticipationRecord]:
    """Add many records at once (a day's events, an import, a loader): all or none."""
    locked, _abilities = lock(project, actor, "can_edit_registers", REFUSED)
    return _add(locked, actor, rows)


@transaction.atomic
def update_participation(*, project: Project, actor, data: ParticipationInput
                         ) -> ParticipationRecord:
    locked, _abilities = lock(project, actor, "can_edit_registers", REFUSED)
    return _update(locked, actor, [data])[0]


@transaction.atomic
def remove_participation(*, project: Project, actor, record_id: int) -> None:
    locked, _abilities = lock(project, actor, "can_edit_registers", REFUSED)
    record = ParticipationRecord.objects.filter(pk=record_id, project=locked).first()
    if record is None:
        raise InvalidInput({"record": _("No such record in this project.")})
    record_event(actor=actor, obj=record, action="participants:remove", project_id=locked.pk,
                 old=_summary(record))
    record.delete()
    bump_register(locked, Register.PARTICIPANTS)
    refresh_totals(locked)


@transaction.atomic
def remove_names(*, project: Project, actor, record_id: int | None = None,
                 name: str | None = None) -> int:
    """Remove the names of one record, or one person's name from the whole register (a
    request to be forgotten). Returns how many were removed."""
    locked, _abilities = lock(project, actor, "can_edit_registers", REFUSED)
    names = ParticipantName.objects.filter(record__project=locked)
    if record_id is not None:
        names = names.filter(record_id=record_id)
    if name is not None:
        names = names.filter(name__iexact=name.strip())
    removed, _by_model = names.delete()
    if removed:
        record_event(actor=actor, obj=locked, action="participants:names_removed",
                     project_id=locked.pk, detail=str(removed))
        bump_register(locked, Register.PARTICIPANTS)
    return removed


@transaction.atomic
def import_participations(*, project: Project, actor, rows: list[ParticipationInput],
                          expected_revision: int | None) -> tuple[int, int]:
    """Apply a previewed import: records with an id are updated, the others added. Nothing
    is written unless every row is valid and nobody changed the register since the preview.
    Returns (added, updated)."""
    locked, _abilities = lock(project, actor, "can_edit_registers", REFUSED)
    if expected_revision is not None and (
            register_revision(locked, Register.PARTICIPANTS) != expected_revision):
        raise EditConflict(locked)
    existing = [row for row in rows if row.id]
    new = [row for row in rows if not row.id]
    updated = _update(locked, actor, existing, check_revision=False) if existing else []
    added = _add(locked, actor, new) if new else []
    return len(added), len(updated)


def _add(project, actor, rows) -> list[ParticipationRecord]:
    kinds = {k.pk: k for k in ActivityType.objects.filter(project=project)}
    errors = {}
    for number, row in enumerate(rows, start=1):
        _check(project, kinds, row, number, errors)
    if errors:
        raise InvalidInput(errors)
    records = ParticipationRecord.objects.bulk_create(
        ParticipationRecord(project=project, activity_type_id=row.activity_type_id,
                            held_on=row.held_on, title=row.title.strip(), women=row.women,
                            men=row.men, other=row.other, note=row.note.strip())
        for row in rows)
    names = [ParticipantName(record=record, name=name.strip())
             for record, row in zip(records, rows, strict=True)
             for name in (row.names or []) if name.strip()]
    ParticipantName.objects.bulk_create(names)
    women = sum(r.women for r in rows)
    total = sum(r.women + r.men + r.other for r in rows)
    record_event(actor=actor, obj=project, action="participants:add", project_id=project.pk,
                 detail=_("%(records)d activities, %(total)d participants of whom %(women)d "
                          "women, %(names)d names") % {"records": len(rows), "total": total,
                                                       "women": women, "names": len(names)})
    bump_register(project, Register.PARTICIPANTS)
    refresh_totals(project)
    return records


def _update(project, actor, rows, check_revision: bool = True) -> list[ParticipationRecord]:
    kinds = {k.pk: k for k in ActivityType.objects.filter(project=project)}
    found = {r.pk: r for r in ParticipationRecord.objects.select_for_update().filter(
        project=project, pk__in=[row.id for row in rows])}
    errors = {}
    for number, row in enumerate(rows, start=1):
        record = found.get(row.id)
        if record is None:
            errors[f"{number}"] = _("No such record in this project.")
            continue
        if check_revision and row.expected_revision is not None and (
                record.revision != row.expected_revision):
            raise EditConflict(record)
        _check(project, kinds, row, number, errors)
    if errors:
        raise InvalidInput(errors)
    changed = []
    for row in rows:
        record = found[row.id]
        before = _fields(record)
        record.activity_type_id, record.held_on = row.activity_type_id, row.held_on
        record.title, record.note = row.title.strip(), row.note.strip()
        record.women, record.men, record.other = row.women, row.men, row.other
        after = _fields(record)
        names_changed = row.names is not None and sorted(
            n.strip() for n in row.names if n.strip()) != sorted(
            record.names.values_list("name", flat=True))
        if before == after and not names_changed:
            continue
        record.revision += 1
        changed.append(record)
        record_changes(actor=actor, obj=record, before=before, after=after,
                       project_id=project.pk, action="participants:change")
        if names_changed:
            record.names.all().delete()
            ParticipantName.objects.bulk_create(
                ParticipantName(record=record, name=n.strip()) for n in row.names if n.strip())
            record_event(actor=actor, obj=record, action="participants:names",
                         project_id=project.pk, detail=str(len(row.names)))
    ParticipationRecord.objects.bulk_update(
        changed, ["activity_type", "held_on", "title", "note", "women", "men", "other",
                  "revision"])
    if changed:
        bump_register(project, Register.PARTICIPANTS)
        refresh_totals(project)
    return [found[row.id] for row in rows]


def _check(project, kinds, row: ParticipationInput, number: int, errors) -> None:
    if row.activity_type_id not in kinds:
        errors[f"{number}:activity_type"] = _("Choose one of the project's activity types.")
    for name in ("women", "men", "other"):
        value = getattr(row, name)
        if not isinstance(value, int) or value < 0:
            errors[f"{number}:{name}"] = _("A whole number, zero or more.")
        elif value > MAX_COUNT:
            errors[f"{number}:{name}"] = _("More than %(max)d at one activity.") % {
                "max": MAX_COUNT}
    start, end = project.start_date, project.end_date
    if row.held_on is None:
        errors[f"{number}:held_on"] = _("Give the date of the activity.")
    elif (start and row.held_on < start) or (end and row.held_on > end):
        errors[f"{number}:held_on"] = _("The date is outside the project period "
                                        "(%(start)s – %(end)s).") % {"start": start,
                                                                    "end": end}
    if len(row.title) > 200:
        errors[f"{number}:title"] = _("At most 200 characters.")
    if len(row.note) > 500:
        errors[f"{number}:note"] = _("At most 500 characters.")
    if any(len(name) > 200 for name in row.names or []):
        errors[f"{number}:names"] = _("A name of at most 200 characters.")


def _fields(record: ParticipationRecord) -> dict[str, str]:
    return {"activity_type": text(record.activity_type_id), "held_on": text(record.held_on),
            "title": record.title, "women": text(record.women), "men": text(record.men),
            "other": text(record.other), "note": record.note}


def _summary(record: ParticipationRecord) -> str:
    return f"{record.held_on} {record.title}: {record.women}/{record.men}/{record.other}"
