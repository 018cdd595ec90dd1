"""Labels for the plain data of a section or a frozen version."""

from django import template

from projects.models import Project
from projects.sections import SECTIONS
from projects.snapshot import field_label as label_of

register = template.Library()
ROW_LISTS = {rows.name: rows for section in SECTIONS for rows in section.lists}


@register.filter
def field_label(name: str) -> str:
    return label_of(Project, name)


@register.filter
def list_label(name: str) -> str:
    rows = ROW_LISTS.get(name)
    return str(rows.label) if rows else name


@register.filter
def row_label(field: str, list_name: str) -> str:
    rows = ROW_LISTS.get(list_name)
    return label_of(rows.model, field) if rows else field


@register.filter
def status_label(code: str) -> str:
    """A workflow status in words ('submitted' -> 'Inlämnad')."""
    from projects.models import ProjectStatus

    return str(dict(ProjectStatus.choices).get(code, code))
