"""Editing rows in the browser: add, remove and move rows of a form (and rows inside rows)
without saving, keeping everything typed.

Every row has a key: `e12` for the saved row 12, `n3` for a row added on the page. Its fields
are posted as `<list>-<key>-<field>` and the list's order as `<list>-order`. A button named
`op` says what to do: `add:<list>`, `remove:<list>:<key>`, `up:<list>:<key>` or
`down:<list>:<key>`. The page is drawn again from what was posted (with HTMX only the form is
swapped), and the control to continue from gets the focus, so it all works by keyboard.
"""

import re
from dataclasses import dataclass, field

KEY = re.compile(r"^[en]\d{1,9}$")


@dataclass
class Row:
    key: str
    values: dict[str, str]
    errors: dict[str, str] = field(default_factory=dict)
    children: list["Row"] = field(default_factory=list)

    @property
    def id(self) -> int | None:
        return int(self.key[1:]) if self.key.startswith("e") else None

    @property
    def is_new(self) -> bool:
        return self.key.startswith("n")

    @property
    def has_errors(self) -> bool:
        return bool(self.errors) or any(child.has_errors for child in self.children)


@dataclass(frozen=True)
class Spec:
    """A list of rows: its name, its fields and, optionally, rows inside each row."""

    name: str
    fields: tuple[str, ...]
    child: "Spec | None" = None

    def child_name(self, key: str) -> str:
        return f"{self.name}-{key}-{self.child.name}" if self.child else ""


def saved_row(pk: int, values: dict[str, str], children: list[Row] | None = None) -> Row:
    return Row(key=f"e{pk}", values=values, children=children or [])


def read(data, spec: Spec, name: str | None = None) -> list[Row]:
    """The rows a form posted, in the order it posted them."""
    name = name or spec.name
    order = [key for key in data.get(f"{name}-order", "").split(",") if KEY.match(key)]
    rows = []
    for key in dict.fromkeys(order):  # a key only once
        values = {f: data.get(f"{name}-{key}-{f}", "").strip() for f in spec.fields}
        children = read(data, spec.child, f"{name}-{key}-{spec.child.name}") if spec.child \
            else []
        rows.append(Row(key=key, values=values, children=children))
    return rows


def _lists(rows: list[Row], spec: Spec, name: str) -> dict[str, tuple[list[Row], Spec]]:
    found = {name: (rows, spec)}
    if spec.child:
        for row in rows:
            found.update(_lists(row.children, spec.child, f"{name}-{row.key}-{spec.child.name}"))
    return found


def _next_key(lists: dict[str, tuple[list[Row], Spec]]) -> str:
    numbers = [int(row.key[1:]) for rows, _spec in lists.values() for row in rows
               if row.is_new]
    return f"n{max(numbers, default=0) + 1}"


def apply(op: str, rows: list[Row], spec: Spec) -> str:
    """Carry out a row operation on `rows` in place; returns the id of the control to focus
    next ('' when the operation was not understood)."""
    verb, _sep, rest = op.partition(":")
    name, _sep, key = rest.partition(":")
    lists = _lists(rows, spec, spec.name)
    if name not in lists:
        return ""
    target, target_spec = lists[name]
    if verb == "add":
        new = Row(key=_next_key(lists), values=dict.fromkeys(target_spec.fields, ""))
        target.append(new)
        return f"id_{name}-{new.key}-{target_spec.fields[0]}"
    index = next((n for n, row in enumerate(target) if row.key == key), None)
    if index is None:
        return ""
    if verb == "remove":
        del target[index]
        return f"add-{name}"
    if verb == "up" and index > 0:
        target[index - 1], target[index] = target[index], target[index - 1]
        return f"up-{name}-{key}" if index - 1 > 0 else f"down-{name}-{key}"
    if verb == "down" and index < len(target) - 1:
        target[index + 1], target[index] = target[index], target[index + 1]
        return f"down-{name}-{key}" if index + 1 < len(target) - 1 else f"up-{name}-{key}"
    return ""


def place_errors(errors: dict[str, str], rows: list[Row], list_key: str,
                 child_key: str = "") -> dict[str, str]:
    """Put a service's errors (`activities.2.start`, `activities.2.deliverables.0.due`) at
    their rows; returns the ones that belong to the form as a whole."""
    rest = {}
    for key, message in errors.items():
        parts = key.split(".")
        if parts[0] != list_key or len(parts) < 3 or not parts[1].isdigit() \
                or int(parts[1]) >= len(rows):
            rest[key] = message
            continue
        row = rows[int(parts[1])]
        if child_key and len(parts) == 5 and parts[2] == child_key and parts[3].isdigit() \
                and int(parts[3]) < len(row.children):
            row.children[int(parts[3])].errors[parts[4]] = message
        else:
            row.errors[parts[-1]] = message
    return rest
