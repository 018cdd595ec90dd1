"""A whole application shown one part at a time (its sections, the budgets, the plan, ...),
each behind its own tab: a large project's parts at once were a page of megabytes that took
seconds to build, so a page builds and shows only the part asked for."""

from collections.abc import Callable
from dataclasses import dataclass

from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from portal import stamps
from projects import extensions

PART_PARAMETER = "del"


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


def frozen_tab(version, shown: str, render: Callable[[], str]) -> SafeString:
    """The rendered tab `shown` ("" for the sections) of a frozen version, rendered by
    `render` the first time. A frozen version never changes, so each tab is rendered once
    per language and release (a large project's budgets took over 100 ms) and shared by
    every worker. Keyed by what identifies the version for good (its id, its document, its
    number and the moment it froze), so a reused id is never mistaken."""
    return mark_safe(stamps.kept_for_good(  # noqa: S308 - rendered by our templates, autoescaped
        "frozen-tab", (version.pk, version.document_id, version.number,
                       version.created_at.isoformat(), shown, get_language()), render))
