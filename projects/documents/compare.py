"""Comparing two snapshots of a document: every value that differs, in reading order, with a
word-level difference that stays cheap however long the texts are."""

import difflib
from dataclasses import dataclass

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

# Word-level matching is quadratic in the worst case; beyond this many word pairs the texts
# are compared paragraph by paragraph first, and only small changed paragraphs word by word.
WORD_PAIRS_LIMIT = 2_000_000


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


def _words(old: list[str], new: list[str]) -> list[str]:
    parts: list[str] = []
    matcher = difflib.SequenceMatcher(a=old, b=new, autojunk=False)
    for tag, a1, a2, b1, b2 in matcher.get_opcodes():
        if tag == "equal":
            parts.append(escape(" ".join(old[a1:a2])))
            continue
        if a2 > a1:
            parts.append(f"<del>{escape(' '.join(old[a1:a2]))}</del>")
        if b2 > b1:
            parts.append(f"<ins>{escape(' '.join(new[b1:b2]))}</ins>")
    return parts


def _paragraphs(old: str, new: str) -> list[str]:
    old_lines, new_lines = old.split("\n"), new.split("\n")
    parts: list[str] = []
    # Repeated lines (blank ones, list markers) are matched too unless the texts are huge.
    huge = len(old_lines) * len(new_lines) > 50 * WORD_PAIRS_LIMIT
    matcher = difflib.SequenceMatcher(a=old_lines, b=new_lines, autojunk=huge)
    for tag, a1, a2, b1, b2 in matcher.get_opcodes():
        if tag == "equal":
            parts.append(escape("\n".join(old_lines[a1:a2])))
            continue
        removed, added = "\n".join(old_lines[a1:a2]), "\n".join(new_lines[b1:b2])
        old_words, new_words = removed.split(" "), added.split(" ")
        if removed and added and len(old_words) * len(new_words) <= WORD_PAIRS_LIMIT:
            parts.append(" ".join(_words(old_words, new_words)))
            continue
        if removed:
            parts.append(f"<del>{escape(removed)}</del>")
        if added:
            parts.append(f"<ins>{escape(added)}</ins>")
    return parts


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
    def inline(self) -> SafeString:
        """Word-level difference with <del> and <ins>, escaped."""
        old_words, new_words = self.old.split(" "), self.new.split(" ")
        if len(old_words) * len(new_words) <= WORD_PAIRS_LIMIT:
            return mark_safe(" ".join(_words(old_words, new_words)))  # noqa: S308 - escaped
        return mark_safe("\n".join(_paragraphs(self.old, self.new)))  # noqa: S308 - escaped


def compare(old: dict, new: dict, leave_out: tuple[str, ...] = ()) -> list[Difference]:
    """Every value that differs between two snapshots, in reading order: the older
    snapshot's paths first, then those only the newer one has (as flatten() orders them).
    Paths starting with one of `leave_out` ('parts › finance') are not compared.

    Equal subtrees are skipped whole (a C-level comparison), so two versions of a large
    project that differ in a few values cost little more than reading them."""
    skipped = {"meta", "schema"}
    old = {key: value for key, value in old.items() if key not in skipped}
    new = {key: value for key, value in new.items() if key not in skipped}
    changed: list[Difference] = []
    added: list[Difference] = []
    _walk(old, new, "", changed, leave_out, older=True)  # in the older one's order
    _walk(new, old, "", added, leave_out, older=False)  # what only the newer one has
    return changed + added


_MISSING = object()


def _walk(this, other, prefix: str, found: list[Difference], leave_out: tuple[str, ...],
          *, older: bool) -> None:
    """Differences along `this` snapshot's paths, in its order: with older, every path of
    `this` whose value `other` does not have; else only the paths `other` lacks."""
    if this == other or (leave_out and prefix.startswith(leave_out)):
        return
    if isinstance(this, dict) and isinstance(other, dict):
        # A section's heading ('sections › goals › title') is a label, as in flatten().
        heading = "title" if prefix.startswith("sections › ") and prefix.count(" › ") == 1 \
            else None
        children = ((key, value, other.get(key, _MISSING))
                    for key, value in this.items() if key != heading)
    elif isinstance(this, list) and isinstance(other, list):
        children = ((number, value, other[number - 1] if number <= len(other) else _MISSING)
                    for number, value in enumerate(this, start=1))
    else:
        _leaves(this, other, prefix, found, leave_out, older=older)
        return
    for key, value, counterpart in children:
        path = f"{prefix} › {key}" if prefix else str(key)
        if counterpart is _MISSING:
            _leaves(value, _MISSING, path, found, leave_out, older=older)
        else:
            _walk(value, counterpart, path, found, leave_out, older=older)


def _leaves(this, other, prefix: str, found: list[Difference], leave_out: tuple[str, ...],
            *, older: bool) -> None:
    """Where the shapes differ or `other` has nothing here: value by value, flattened."""
    mine = flatten(this, prefix)
    theirs = {} if other is _MISSING else flatten(other, prefix)
    for path, value in mine.items():
        if leave_out and path.startswith(leave_out):
            continue
        if older and value != theirs.get(path, ""):
            found.append(Difference(path, value, theirs.get(path, "")))
        elif not older and value and path not in theirs:
            found.append(Difference(path, "", value))
