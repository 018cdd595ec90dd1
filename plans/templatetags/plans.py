"""Template helpers of the plan pages: the fields and buttons of editable rows (plans.rows),
and the plan and its Gantt chart read from a frozen version."""

from datetime import date

from django import template
from django.utils import timezone

from plans.gantt import gantt_chart
from plans.gantt_svg import chart_svgs
from plans.snapshot import read

register = template.Library()


@register.inclusion_tag("plans/partials/row_field.html")
def row_field(list_name: str, row, field: str, label: str, kind: str = "text", focus: str = "",
              hint: str = "", choices=None, row_label: str = ""):
    """One field of an editable row, with its label, its message and what was typed."""
    name = f"{list_name}-{row.key}-{field}"
    return {"name": name, "id": f"id_{name}", "label": label, "row_label": row_label,
            "value": row.values.get(field, ""), "error": row.errors.get(field, ""),
            "kind": kind, "autofocus": focus == f"id_{name}", "hint": hint,
            "choices": choices or ()}


@register.inclusion_tag("plans/partials/row_buttons.html")
def row_buttons(list_name: str, row, first: bool, last: bool, row_label: str,
                focus: str = ""):
    """Move up, move down and remove, named after the row for screen readers."""
    key = f"{list_name}:{row.key}"
    ids = {verb: f"{verb}-{list_name}-{row.key}" for verb in ("up", "down", "remove")}
    return {"key": key, "ids": ids, "first": first, "last": last, "row_label": row_label,
            "focus": focus}


@register.simple_tag
def order_of(rows) -> str:
    return ",".join(row.key for row in rows)


@register.simple_tag
def frozen_plan(part, frozen_at):
    """The plan a frozen version holds, as the read model (None for an unknown schema). The
    submit page shows the application as it will be frozen, with no version yet: as at
    today."""
    if hasattr(frozen_at, "date"):
        day = frozen_at.date()
    elif isinstance(frozen_at, date):
        day = frozen_at
    else:
        day = timezone.localdate()
    return read(part, day)


@register.simple_tag
def gantt_of(plan):
    return gantt_chart(plan)


@register.simple_tag
def typed_progress(typed: dict, activity, errors: dict | None = None):
    """What the progress form shows for an activity: what was typed, else what is saved."""
    found = typed.get(f"a{activity.id}") if typed else None
    if found is None:
        found = {"status": activity.status, "note": "",
                 "count": "" if activity.done_count is None else str(activity.done_count)}
    return {**found, "error": (errors or {}).get(f"a{activity.id}", "")}


@register.filter
def role_of(present: dict, user_id) -> str:
    """The role a person present at a meeting had there ('' when not present)."""
    return present.get(user_id, "")


@register.simple_tag
def gantt_pages(chart, chart_id: str = "gantt"):
    """Every page of the Gantt chart as SVG, written in code (plans.gantt_svg)."""
    return chart_svgs(chart, chart_id)
