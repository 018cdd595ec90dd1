"""A whole application shown one part at a time (its sections, the budgets, the plan, ...),
each behind its own tab: a large project's parts at once were a page of megabytes that took
seconds to build, so a page builds and shows only the part asked for."""

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from django.utils.translation import get_language
from django.utils.translation import gettext as _

from portal import stamps
from projects import extensions

PART_PARAMETER = "del"
T = TypeVar("T")


@dataclass(frozen=True)
class PartTabs:
    pages: tuple[tuple[str, str], ...]  # (part name, title); "" is the application's sections
    shown: str
    parameter: str = PART_PARAMETER


def part_tabs(request, names) -> PartTabs:
    """Tabs for the parts named (those with a template), and the one the address asks for."""
    names = [name for name in names if name in extensions.snapshot_templates]
    shown = request.GET.get(PART_PARAMETER, "")
    return PartTabs(
        pages=(("", _("The application")),
               *((name, str(extensions.snapshot_titles.get(name, name))) for name in names)),
        shown=shown if shown in names else "")


def frozen_tab(version, name: str, build: Callable[[], T]) -> T:
    """What `build` makes of a frozen version for its tab `name` ("" for the sections): the
    rendered tab, or the names of its parts. A frozen version never changes, so each is
    made once per language and release (a large project's budgets took over 100 ms to
    render) and shared by every worker. Keyed by what identifies the version for good (its
    id, its document, its number and the moment it froze), so a reused id is never
    mistaken."""
    return stamps.kept_for_good("frozen-tab", (
        version.pk, version.document_id, version.number, version.created_at.isoformat(), name,
        get_language()), build)
