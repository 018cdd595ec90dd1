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


def compare(old: dict, new: dict) -> list[Difference]:
    """Every value that differs between two snapshots, in reading order."""
    skipped = {"meta", "schema"}
    before = flatten({key: value for key, value in old.items() if key not in skipped})
    after = flatten({key: value for key, value in new.items() if key not in skipped})
    paths = list(before) + [path for path in after if path not in before]
    return [
        Difference(path, before.get(path, ""), after.get(path, ""))
        for path in paths
        if before.get(path, "") != after.get(path, "")
    ]
