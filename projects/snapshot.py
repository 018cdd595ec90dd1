"""A whole application as plain data: what a frozen version keeps and what diffs compare."""

from decimal import Decimal

from django.core.exceptions import FieldDoesNotExist

from portal.formatting import group_thousands
from projects import extensions
from projects.models import Project
from projects.sections import Section, sections_for


def _display(instance, name: str) -> str:
    """The value as a reader sees it: choice labels and organisation names, not codes."""
    field = instance._meta.get_field(name)
    if field.choices:
        return str(getattr(instance, f"get_{name}_display")())
    value = getattr(instance, name)
    if isinstance(value, Decimal):
        exponent = value.as_tuple().exponent
        decimals = -exponent if isinstance(exponent, int) else 0
        return group_thousands(value, decimals=decimals)  # 1,50 heltid
    return "" if value is None else str(value)


def section_content(project: Project, section: Section) -> dict:
    content: dict[str, object] = {
        "fields": {name: _display(project, name) for name in section.fields}}
    for rows in section.lists:
        content[rows.name] = [
            {name: _display(row, name) for name in rows.fields}
            for row in getattr(project, rows.name).all()
        ]
    return content


def build_sections(project: Project) -> dict:
    """The application's own sections (the project read with its rows, `with_rows`)."""
    return {
        section.key: {"title": str(section.title), **section_content(project, section)}
        for section in sections_for(project)
    }


def build_part(project: Project, name: str) -> dict:
    """One part another app registered (the budgets, the plan, ...), alone: a page that
    shows one part need not build the others."""
    return extensions.snapshot_parts[name](project)


def build_snapshot(project: Project) -> dict:
    """Everything the application says, including what other apps registered."""
    return {
        "title": project.title,
        "programme": str(project.programme),
        "sections": build_sections(project),
        "parts": {name: build_part(project, name) for name in extensions.snapshot_parts},
        "meta": {"status": project.status},  # what the version records, not what it says
    }


def describe_path(path: str) -> str:
    """'sections › goals › fields › purpose' -> 'Purpose and goals › Purpose', for readers."""
    from projects.sections import SECTIONS_BY_KEY

    parts = path.split(" › ")
    if parts[0] != "sections" or len(parts) < 3:
        if parts[0] in ("title", "programme"):
            return str(Project._meta.get_field(parts[0]).verbose_name  # type: ignore[union-attr]
                       ).capitalize()
        return " › ".join(parts[1:] if parts[0] == "parts" else parts)
    section = SECTIONS_BY_KEY.get(parts[1])
    words = [str(section.title) if section else parts[1]]
    rest = parts[2:]
    if rest[0] == "fields" and len(rest) == 2:
        words.append(field_label(Project, rest[1]))
    elif section:
        rows = next((r for r in section.lists if r.name == rest[0]), None)
        if rows:
            words.append(str(rows.label))
            words.extend(rest[1:2])
            if len(rest) > 2:
                words.append(field_label(rows.model, rest[2]))
    return " › ".join(words)


def field_label(model, name: str) -> str:
    """A field's label; a frozen version may name a field the model no longer has."""
    try:
        return str(model._meta.get_field(name).verbose_name).capitalize()
    except FieldDoesNotExist:
        return name
