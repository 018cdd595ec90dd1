"""A whole application shown one part at a time (its sections, the budgets, the plan, ...),
each behind its own tab: a large project's parts at once were a page of megabytes that took
seconds to build, so a page builds and shows only the part asked for."""

from dataclasses import dataclass

from django.utils.translation import gettext as _

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
