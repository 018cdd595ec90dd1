"""The plan as its pages read it, built once per change of what it shows and kept.

Reading a plan of Jems' size (20 work packages × 20 activities over 60 months, milestones,
deliverables), laying out and drawing its Gantt chart and writing its table took most of the
plan tab's time, on every visit; the milestones, status and download pages read the same plan
again. It changes only with the project's data (every change is audited and moves its change
stamp), the reference data (the programme's plan rules: the reference stamp), the day (what
is late, the chart's line for today), the day asked for and the language the labels are in:
kept under those (`portal.stamps`). The read model is plain frozen dataclasses, so a kept
copy is cheap to load. The table's buttons depend only on what the person may do (edit the
plan, report progress), so a table is kept for each such pair; the form the move buttons
send, with its CSRF token, is drawn on every visit."""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from plans import selectors
from plans.access import PlanAccess
from plans.gantt import gantt_chart
from plans.integration import plan_problems
from plans.readmodels import PlanView
from portal import stamps

GANTT_TEMPLATE = "plans/partials/gantt.html"
TABLE_TEMPLATE = "plans/partials/plan_table.html"
MILESTONE_ROWS = "plans/partials/milestone_rows.html"
T = TypeVar("T")


@dataclass(frozen=True)
class KeptPlan:
    plan: PlanView
    chart_html: SafeString  # the whole Gantt chart with its key; empty when nothing to draw
    problems: tuple[str, ...]  # what stops today's plan from going in with the application


def plan_of(project, as_at: date | None = None,
            stamped: stamps.Stamped | None = None) -> KeptPlan:
    """The plan as it stands (or stood at the end of `as_at`), with its chart drawn."""
    return (stamped or stamps.of_project(project.pk)).kept(
        "plan", _parts(as_at), lambda: built(project, as_at))


def download_of(project, name: str, as_at: date | None, make: Callable[[PlanView], T]) -> T:
    """What `make` writes from the plan (the chart as an SVG file, the workbook), kept."""
    stamped = stamps.of_project(project.pk)
    return stamped.kept(f"plan-{name}", _parts(as_at),
                        lambda: make(plan_of(project, as_at, stamped).plan))


def table_of(project, table: dict, abilities: PlanAccess | None,
             stamped: stamps.Stamped) -> SafeString:
    """The plan's table as `table_markup` writes it, kept beside the plan. `table`: the
    work packages shown and where they are (`plans.views.plan.table_page`); `abilities`: the
    person's, for the buttons, or None for a table without them."""
    plan = table["table_plan"]
    may = (abilities.can_edit_plan, abilities.can_follow_up) if abilities else None
    page = table["table_page"].number if "table_page" in table else None
    return stamped.kept("plan-table", (*_parts(plan.as_at), page, may),
                        lambda: table_markup(project, table, abilities))


def table_markup(project, table: dict, abilities: PlanAccess | None, **focus) -> SafeString:
    return mark_safe(render_to_string(TABLE_TEMPLATE, {  # noqa: S308 - our template
        "project": project, "plan": table["table_plan"], "controls": abilities is not None,
        "abilities": abilities, **table, **focus}))


def milestone_rows_of(project, context: dict, stamped: stamps.Stamped) -> SafeString:
    """The milestone editor's rows as saved, written for an editor's plain visit: drawing a
    template for each field of each milestone cost most of the page. They change only with
    the plan and the language, and hold nothing of the person."""
    return stamped.kept_html("milestone-rows", (get_language(),),
                             lambda: render_to_string(MILESTONE_ROWS, context))


def built(project, as_at: date | None) -> KeptPlan:
    plan = selectors.plan_view(project, as_at=as_at)
    problems = () if as_at else tuple(str(found) for found in plan_problems(project, plan))
    return KeptPlan(plan, chart_markup(plan), problems)


def chart_markup(plan: PlanView) -> SafeString:
    chart = gantt_chart(plan)
    if not chart.pages:
        return mark_safe("")
    return mark_safe(render_to_string(GANTT_TEMPLATE, {"chart": chart}))  # noqa: S308 - ours


def _parts(as_at: date | None) -> tuple:
    return (get_language(), timezone.localdate(), as_at)
