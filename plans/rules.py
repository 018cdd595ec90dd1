"""The plan's rules in one place, said the same where a period is typed, where it is saved,
on the plan page (conflicts) and in the submission check."""

from dataclasses import dataclass
from datetime import date

from django.utils.translation import gettext as _

from plans import periods


@dataclass(frozen=True)
class Bounds:
    """The project's period at the plan's resolution (None where the project has no date)."""

    first: date | None
    last: date | None
    resolution: str

    @classmethod
    def of(cls, start: date | None, end: date | None, resolution: str) -> "Bounds":
        return cls(periods.snap(start, resolution) if start else None,
                   periods.snap(end, resolution, end=True) if end else None, resolution)

    def label(self) -> str:
        return periods.span_label(self.first, self.last, self.resolution)


def activity_problems(start: date | None, end: date | None, bounds: Bounds) -> dict[str, str]:
    """Problems with an activity's period, keyed by the field to show them at."""
    resolution = bounds.resolution
    problems = {}
    if start is None:
        problems["start"] = _("Give the start, e.g. %(example)s.") % {
            "example": periods.example(resolution)}
    elif not periods.aligned(start, resolution):
        problems["start"] = _("The plan is kept by quarter: start at the beginning of one.")
    if end is None:
        problems["end"] = _("Give the end, e.g. %(example)s.") % {
            "example": periods.example(resolution)}
    elif not periods.aligned(end, resolution, end=True):
        problems["end"] = _("The plan is kept by quarter: end at the end of one.")
    if problems:
        return problems
    if end < start:
        problems["end"] = _("The activity ends before it starts.")
        return problems
    if bounds.first and start < bounds.first:
        problems["start"] = _("Starts before the project (%(period)s).") % {
            "period": bounds.label()}
    if bounds.last and end > bounds.last:
        problems["end"] = _("Ends after the project (%(period)s).") % {
            "period": bounds.label()}
    return problems


def outside_period(start: date, end: date, bounds: Bounds) -> str:
    """Why a saved activity no longer fits the project's period (it changed), or ''."""
    return " ".join(activity_problems(start, end, bounds).values())


def deliverable_problem(due: date | None, start: date | None, end: date | None,
                        resolution: str) -> str:
    if due is None or start is None or end is None:
        return ""
    due_period = periods.snap(due, resolution)
    if due_period < periods.snap(start, resolution) or due_period > periods.snap(end, resolution):
        return _("Due outside its activity (%(period)s).") % {
            "period": periods.span_label(start, end, resolution)}
    return ""


def milestone_problem(day: date | None, project_start: date | None,
                      project_end: date | None) -> str:
    if day is None:
        return ""
    if project_start and day < project_start:
        return _("Before the project starts (%(day)s).") % {"day": project_start.isoformat()}
    if project_end and day > project_end:
        return _("After the project ends (%(day)s).") % {"day": project_end.isoformat()}
    return ""
