"""The Gantt chart laid out on the server: work packages as groups, a bar per activity over
its months or quarters, milestones and decision points as diamonds, today's line, the
months outside the project's period shaded. No JavaScript: the same template draws it on the
page and in PDFs.

A large plan is cut into pages of at most ROWS_PER_PAGE rows, each its own picture with the
time axis repeated, so print splits it between pages and the screen scrolls through it.
Every status is written in words beside the bar, never told by colour alone.
"""

import calendar
from dataclasses import dataclass, replace
from datetime import date

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from plans import periods
from plans.models import ActivityStatus, Resolution
from plans.readmodels import ActivityView, MilestoneView, PlanView

ROW = 22
HEADER = 40
LABEL_WIDTH = 280
STATUS_WIDTH = 120
LABEL_CHARS = 40
ROWS_PER_PAGE = 32
COLUMN = {Resolution.MONTH: 18, Resolution.QUARTER: 44}
INK, MUTED, LINE, BAND = "#1b1f24", "#4a5360", "#c9ced6", "#f3f5f8"
LATE = "#a4161a"
BARS = {  # fill, outline
    ActivityStatus.PLANNED: ("#dbe9f5", "#0b4f7c"),
    ActivityStatus.ONGOING: ("#0b4f7c", "#0b4f7c"),
    ActivityStatus.DONE: ("#1d6b36", "#1d6b36"),
    ActivityStatus.DELAYED: ("#a4161a", "#a4161a"),
    ActivityStatus.CANCELLED: ("#e4e7eb", "#4a5360"),
}


# Coordinates are whole numbers: a template writes a float with the reader's decimal comma.
@dataclass(frozen=True)
class Column:
    x: int
    width: int
    label: str
    outside: bool  # outside the project's period


@dataclass(frozen=True)
class YearLabel:
    x: int
    label: str


@dataclass(frozen=True)
class Row:
    y: int
    kind: str  # "group", "activity" or "milestone"
    label: str
    title: str  # the whole name and what the row says, shown on hover
    status: str
    status_colour: str
    bar_x: int = 0
    bar_width: int = 0
    fill: str = ""
    stroke: str = ""
    struck: bool = False
    diamond_x: int | None = None
    filled: bool = True

    @property
    def bar_y(self) -> int:
        return self.y + 5

    @property
    def bar_mid(self) -> int:
        return self.y + ROW // 2

    @property
    def text_y(self) -> int:
        return self.y + 15

    @property
    def diamond_points(self) -> str:
        x, y, r = self.diamond_x, self.y + ROW // 2, 7
        return f"{x},{y - r} {x + r},{y} {x},{y + r} {x - r},{y}"


@dataclass(frozen=True)
class GanttPage:
    number: int
    count: int
    height: int
    rows: tuple[Row, ...]
    title: str
    description: str

    @property
    def body_height(self) -> int:
        return self.height - HEADER


@dataclass(frozen=True)
class GanttChart:
    width: int
    timeline_x: int
    status_x: int
    columns: tuple[Column, ...]
    years: tuple[YearLabel, ...]
    today_x: int | None
    today_label: str
    pages: tuple[GanttPage, ...]
    title: str
    description: str

    @property
    def empty(self) -> bool:
        return not self.pages

    @property
    def today_label_width(self) -> int:
        """A white ground behind the label, so the month numbers under it do not show
        through (about 6.5 pixels a character at this size)."""
        return len(self.today_label) * 7 + 4


def _short(text: str) -> str:
    return text if len(text) <= LABEL_CHARS else text[:LABEL_CHARS - 1] + "…"


class _Axis:
    """Where a month or a day falls on the time axis."""

    def __init__(self, first: date, last: date, resolution: str):
        self.resolution = resolution
        self.first = periods.snap(first, resolution)
        self.last = periods.snap(last, resolution, end=True)
        self.column = COLUMN[resolution]
        self.month_width = self.column / (3 if resolution == Resolution.QUARTER else 1)
        self.x0 = LABEL_WIDTH + STATUS_WIDTH
        self.months = periods.month_index(self.last) - periods.month_index(self.first) + 1

    @property
    def width(self) -> int:
        return round(self.months * self.month_width)

    def month_x(self, month: date) -> float:
        return self.x0 + (periods.month_index(month) - periods.month_index(self.first)) \
            * self.month_width

    def day_x(self, day: date) -> float:
        days = calendar.monthrange(day.year, day.month)[1]
        return self.month_x(day.replace(day=1)) + (day.day - 1) / days * self.month_width

    def contains(self, day: date) -> bool:
        return self.first <= day < periods.from_index(periods.month_index(self.last) + 1)

    def columns(self, plan: PlanView) -> tuple[list[Column], list[YearLabel]]:
        step = 3 if self.resolution == Resolution.QUARTER else 1
        columns, years = [], []
        index = periods.month_index(self.first)
        while index <= periods.month_index(self.last):
            month = periods.from_index(index)
            x = self.month_x(month)
            closing = periods.from_index(index + step - 1)
            outside = bool((plan.project_start and closing < periods.first_of_month(
                plan.project_start)) or (plan.project_end and month > plan.project_end))
            label = f"Q{periods.quarter_of(month)}" if step == 3 else str(month.month)
            columns.append(Column(x=round(x), width=self.column, label=label,
                                  outside=outside))
            if month.month == 1 or not years:
                years.append(YearLabel(x=round(x) + 3, label=str(month.year)))
            index += step
        return columns, years


def _range(plan: PlanView) -> tuple[date, date] | None:
    days = [a.start for a in plan.activities] + [a.end for a in plan.activities]
    days += [m.due_on for m in plan.milestones if m.due_on]
    days += [d for d in (plan.project_start, plan.project_end) if d]
    if not days:
        return None
    return min(days), max(days)


def _status_words(activity: ActivityView) -> tuple[str, str]:
    if activity.late and activity.status != ActivityStatus.DELAYED:
        return _("Late (%(status)s)") % {"status": activity.status_label.lower()}, LATE
    if activity.status == ActivityStatus.DELAYED:
        return activity.status_label, LATE
    return activity.status_label, MUTED


def _activity_row(axis: _Axis, activity: ActivityView, y: int) -> Row:
    status, colour = _status_words(activity)
    fill, stroke = BARS.get(activity.status, BARS[ActivityStatus.PLANNED])
    x = axis.month_x(activity.start)
    width = axis.month_x(periods.from_index(periods.month_index(activity.end) + 1)) - x
    extra = f" – {activity.conflict}" if activity.conflict else ""
    return Row(y=y, kind="activity", label=_short(f"{activity.number} {activity.title}"),
               title=f"{activity.number} {activity.title}: {activity.period_label}, "
                     f"{status}{extra}",
               status=status, status_colour=colour, bar_x=round(x) + 1,
               bar_width=max(round(width) - 2, 2),
               fill=fill, stroke=stroke, struck=activity.status == ActivityStatus.CANCELLED)


def _milestone_row(axis: _Axis, milestone: MilestoneView, y: int) -> Row:
    if milestone.reached_on:
        status, colour = _("Reached %(day)s") % {"day": milestone.reached_on.isoformat()}, MUTED
    elif milestone.late:
        status, colour = _("Late"), LATE
    elif milestone.due_on is None:
        status, colour = _("No date yet"), MUTED
    else:
        status, colour = milestone.due_on.isoformat(), MUTED
    when = milestone.due_on.isoformat() if milestone.due_on else _("no date yet")
    return Row(y=y, kind="milestone", label=_short(milestone.title),
               title=f"{milestone.kind_label}: {milestone.title}, {when}", status=status,
               status_colour=colour,
               diamond_x=round(axis.day_x(milestone.due_on)) if milestone.due_on else None,
               filled=not milestone.is_decision_point)


def _rows(plan: PlanView, axis: _Axis) -> list[tuple[Row, str]]:
    """Every row with the group it belongs to (repeated when a page starts inside it)."""
    rows: list[tuple[Row, str]] = []
    for package in plan.work_packages:
        group = _short(f"{package.number} {package.title}")
        late = package.late_count
        status = ngettext("%(n)d late", "%(n)d late", late) % {"n": late} if late else ""
        rows.append((Row(y=0, kind="group", label=group, title=package.title, status=status,
                         status_colour=LATE), group))
        rows.extend((_activity_row(axis, a, 0), group) for a in package.activities)
    if plan.milestones:
        group = _("Milestones and decision points")
        rows.append((Row(y=0, kind="group", label=group, title=group, status="",
                         status_colour=MUTED), group))
        rows.extend((_milestone_row(axis, m, 0), group) for m in plan.milestones)
    return rows


def _place(row: Row, y: int) -> Row:
    return replace(row, y=y)


def _pages(rows: list[tuple[Row, str]], title: str, description: str) -> list[GanttPage]:
    chunks: list[list[Row]] = []
    current: list[Row] = []
    for row, group in rows:
        if len(current) >= ROWS_PER_PAGE:
            chunks.append(current)
            current = []
            if row.kind != "group":  # the page starts inside a group: repeat its heading
                current.append(Row(y=0, kind="group", label=_short(
                    _("%(group)s (continued)") % {"group": group}), title=group, status="",
                    status_colour=MUTED))
        current.append(row)
    if current:
        chunks.append(current)
    pages = []
    for number, chunk in enumerate(chunks, start=1):
        placed = tuple(_place(row, HEADER + n * ROW) for n, row in enumerate(chunk))
        page_title = title if len(chunks) == 1 else _("%(title)s, part %(n)d of %(count)d") % {
            "title": title, "n": number, "count": len(chunks)}
        page_description = description if number == 1 else _(
            "Continued: %(first)s to %(last)s. The table gives the same data.") % {
            "first": chunk[0].label, "last": chunk[-1].label}
        pages.append(GanttPage(number=number, count=len(chunks),
                               height=HEADER + len(chunk) * ROW + 4, rows=placed,
                               title=page_title, description=page_description))
    return pages


def describe(plan: PlanView) -> str:
    words = [_("%(packages)d %(word)s, %(activities)d activities, %(milestones)d milestones and "
               "decision points, %(period)s.") % {
        "packages": len(plan.work_packages), "word": plan.work_package_word.lower(),
        "activities": len(plan.activities), "milestones": len(plan.milestones),
        "period": plan.period_label or "–"}]
    late = plan.late_activities
    if late:
        words.append(_("Late: %(list)s.") % {"list": "; ".join(
            f"{a.number} {a.title}" for a in late[:10]) + ("…" if len(late) > 10 else "")})
    if plan.conflicts:
        words.append(_("Outside the project's period: %(list)s.") % {"list": "; ".join(
            f"{a.number} {a.title}" for a in plan.conflicts[:10])})
    words.append(_("The table beside the chart gives the same data."))
    return " ".join(words)


def gantt_chart(plan: PlanView) -> GanttChart:
    title = _("Time and activity plan")
    found = _range(plan)
    if found is None or (not plan.activities and not plan.milestones):
        return GanttChart(width=LABEL_WIDTH + STATUS_WIDTH, timeline_x=LABEL_WIDTH + STATUS_WIDTH,
                          status_x=LABEL_WIDTH, columns=(), years=(), today_x=None,
                          today_label="", pages=(), title=title, description="")
    axis = _Axis(*found, plan.resolution)
    columns, years = axis.columns(plan)
    description = describe(plan)
    today = plan.today
    today_x = round(axis.day_x(today)) if axis.contains(today) else None
    today_label = (_("As at %(day)s") % {"day": today.isoformat()} if plan.as_at
                   else _("Today"))
    return GanttChart(
        width=axis.x0 + axis.width + 8, timeline_x=axis.x0, status_x=LABEL_WIDTH,
        columns=tuple(columns), years=tuple(years), today_x=today_x, today_label=today_label,
        pages=tuple(_pages(_rows(plan, axis), title, description)), title=title,
        description=description)
