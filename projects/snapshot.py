"""A whole application as plain data: what a frozen version keeps and what diffs compare."""

import difflib
from dataclasses import dataclass
from decimal import Decimal

from django.core.exceptions import FieldDoesNotExist
from django.utils.html import escape
from django.utils.safestring import mark_safe

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
        return group_thousands(value, decimals=-value.as_tuple().exponent)  # 1,50 heltid
    return "" if value is None else str(value)


def section_content(project: Project, section: Section) -> dict:
    content = {"fields": {name: _display(project, name) for name in section.fields}}
    for rows in section.lists:
        content[rows.name] = [
            {name: _display(row, name) for name in rows.fields}
            for row in getattr(project, rows.name).all()
        ]
    return content


def build_snapshot(project: Project) -> dict:
    """Everything the application says, including what other apps registered."""
    return {
        "title": project.title,
        "programme": str(project.programme),
        "sections": {
            section.key: {"title": str(section.title), **section_content(project, section)}
            for section in sections_for(project)
        },
        "parts": {name: build(project) for name, build in extensions.snapshot_parts.items()},
        "meta": {"status": project.status},  # what the version records, not what it says
    }


def flatten(content, prefix: str = "") -> dict[str, str]:
    """{'a': {'b': [{'c': 1}]}} -> {'a › b › 1 › c': '1'}: one line per comparable value."""
    flat: dict[str, str] = {}
    if isinstance(content, dict):
        for key, value in content.items():
            if key == "title" and prefix.startswith("sections › ") and prefix.count(" › ") == 1:
                continue  # a section's heading is a label, not content
            flat.update(flatten(value, f"{prefix} › {key}" if prefix else str(key)))
    elif isinstance(content, list):
        for number, value in enumerate(content, start=1):
            flat.update(flatten(value, f"{prefix} › {number}"))
    else:
        flat[prefix] = "" if content is None else str(content)
    return flat


def flatten_section(project: Project, section: Section) -> dict[str, str]:
    return flatten(section_content(project, section))


@dataclass(frozen=True)
class Difference:
    path: str
    old: str
    new: str

    @property
    def change(self) -> str:
        if not self.old:
            return "added"
        if not self.new:
            return "removed"
        return "changed"

    @property
    def inline(self) -> str:
        """Word-level difference with <del> and <ins>, escaped."""
        old_words, new_words = self.old.split(" "), self.new.split(" ")
        parts = []
        matcher = difflib.SequenceMatcher(a=old_words, b=new_words, autojunk=False)
        for tag, a1, a2, b1, b2 in matcher.get_opcodes():
            if tag == "equal":
                parts.append(escape(" ".join(old_words[a1:a2])))
                continue
            if a2 > a1:
                parts.append(f"<del>{escape(' '.join(old_words[a1:a2]))}</del>")
            if b2 > b1:
                parts.append(f"<ins>{escape(' '.join(new_words[b1:b2]))}</ins>")
        return mark_safe(" ".join(parts))  # noqa: S308 - every piece is escaped


def compare(old: dict, new: dict) -> list[Difference]:
    """Every value that differs between two snapshots, in reading order."""
    before = flatten({key: value for key, value in old.items() if key != "meta"})
    after = flatten({key: value for key, value in new.items() if key != "meta"})
    paths = list(before) + [path for path in after if path not in before]
    return [
        Difference(path, before.get(path, ""), after.get(path, ""))
        for path in paths
        if before.get(path, "") != after.get(path, "")
    ]


def describe_path(path: str) -> str:
    """'sections › goals › fields › purpose' -> 'Purpose and goals › Purpose', for readers."""
    from projects.sections import SECTIONS_BY_KEY

    parts = path.split(" › ")
    if parts[0] != "sections" or len(parts) < 3:
        if parts[0] in ("title", "programme"):
            return str(Project._meta.get_field(parts[0]).verbose_name).capitalize()
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
