"""The audit trail: who changed which field, when, from what to what."""

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from django.db import models

from portal import stamps
from portal.models import AuditEntry

# Called with the project's id whenever an audited change of a project is written, inside the
# writing transaction: what an app derives from a project's figures (the portfolio's stored
# traffic lights) follows every change, since every change is audited.
project_change_listeners: list[Callable[[int], None]] = []


def register_project_change_listener(listener: Callable[[int], None]) -> None:
    if listener not in project_change_listeners:
        project_change_listeners.append(listener)


def project_changed(project_id: int | None) -> None:
    """What every audited change of a project (or, with None, of the reference data) moves.
    Called by the trail; called directly only where rows are written past it in bulk."""
    if project_id is None:
        stamps.touch(stamps.REFERENCE)
        return
    stamps.touch(stamps.project_key(project_id))
    for listener in project_change_listeners:
        listener(project_id)


def field_values(instance: models.Model, fields: Iterable[str] | None = None) -> dict[str, str]:
    """The instance's concrete field values as text, ready to compare and store."""
    names = fields or [
        f.name for f in instance._meta.concrete_fields if not f.primary_key and f.editable
    ]
    values = {}
    for name in names:
        field = instance._meta.get_field(name)
        if not isinstance(field, models.Field):
            raise TypeError(f"{name} is not a concrete field of {type(instance).__name__}")
        value = getattr(instance, field.attname)
        values[name] = "" if value is None else str(value)
    return values


def changed_fields(before: Mapping[str, str], after: Mapping[str, str]) -> dict[str, tuple]:
    return {
        name: (before.get(name, ""), after.get(name, ""))
        for name in sorted(set(before) | set(after))
        if before.get(name, "") != after.get(name, "")
    }


def record_changes(
    *,
    actor: Any,
    obj: models.Model,
    before: Mapping[str, str],
    after: Mapping[str, str],
    project_id: int | None = None,
    action: str = "update",
) -> list[AuditEntry]:
    """Write one entry per changed field; nothing when nothing changed."""
    entries = [
        _entry(actor, obj, project_id, action, field=name, old=old, new=new)
        for name, (old, new) in changed_fields(before, after).items()
    ]
    if entries:
        project_changed(project_id)
    return AuditEntry.objects.bulk_create(entries)


def record_event(
    *,
    actor: Any,
    obj: models.Model,
    action: str,
    project_id: int | None = None,
    detail: str = "",
    old: str = "",
) -> AuditEntry:
    project_changed(project_id)
    return _entry(actor, obj, project_id, action, field="", old=old, new=detail, save=True)


def _entry(actor, obj, project_id, action, *, field, old, new, save=False) -> AuditEntry:
    entry = AuditEntry(
        actor=actor if getattr(actor, "pk", None) else None,
        project_id=project_id,
        action=action,
        object_type=obj._meta.label_lower,
        object_id=str(obj.pk or ""),
        object_label=str(obj)[:300],
        field=field,
        old_value=old,
        new_value=new,
    )
    if save:
        entry.save()
    return entry
