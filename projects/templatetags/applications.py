"""Labels for the plain data of a section or a frozen version."""

from django import template

from projects.models import Project
from projects.sections import SECTIONS

register = template.Library()
ROW_LISTS = {rows.name: rows for section in SECTIONS for rows in section.lists}


def _label(model, name: str) -> str:
    try:
        return str(model._meta.get_field(name).verbose_name).capitalize()
    except Exception:  # a field that a frozen version has and the model no longer has
        return name


@register.filter
def field_label(name: str) -> str:
    return _label(Project, name)


@register.filter
def list_label(name: str) -> str:
    rows = ROW_LISTS.get(name)
    return str(rows.label) if rows else name


@register.filter
def row_label(field: str, list_name: str) -> str:
    rows = ROW_LISTS.get(list_name)
    return _label(rows.model, field) if rows else field
