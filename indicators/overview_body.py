"""The indicators tab's figures (the chart, the table of targets and outcomes, the stated
figures, the checks), rendered once per change of what they show and kept.

Working them out reads every indicator's outcomes, periods and registers and draws a row
and a bar for each: a fifth of a second for a project of Jems' size (100 indicators over
12 periods), on every visit. They change only with the project's data (every change is
audited and moves its change stamp), the reference data (the catalogue: the reference
stamp), the day (the share of the period passed, what is off track), the day asked for and
the language: kept under those (`portal.stamps.kept`). What depends on the person (the
buttons under the figures) is drawn around the kept part on every visit. The chart alone, as
an SVG file, is kept the same way."""

from dataclasses import dataclass
from datetime import date

from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from indicators import selectors
from indicators.charts import progress_chart
from portal import stamps

BODY_TEMPLATE = "indicators/partials/overview_body.html"
CHART_TEMPLATE = "indicators/partials/progress_chart.svg"


@dataclass(frozen=True)
class OverviewBody:
    html: SafeString
    has_periods: bool


def overview_body(project, as_at: date | None, as_at_name: str) -> OverviewBody:
    return stamps.kept("indicators-overview", project.pk,
                       (get_language(), timezone.localdate(), as_at, as_at_name),
                       lambda: rendered(project, as_at, as_at_name))


def rendered(project, as_at: date | None, as_at_name: str) -> OverviewBody:
    found = selectors.progress(project, as_at=as_at)
    stated = [(item, comparison) for item in found.indicators for comparison in item.stated]
    html = render_to_string(BODY_TEMPLATE, {
        "project": project, "progress": found, "chart": progress_chart(found),
        "stated": stated, "as_at": as_at, "as_at_name": as_at_name})
    return OverviewBody(mark_safe(html),  # noqa: S308 - our template, autoescaped
                        bool(selectors.reporting_periods(project)))


def chart_svg(project, as_at: date | None) -> str:
    """The progress chart alone as an SVG file, kept as the tab's figures are."""
    return stamps.kept("indicators-chart", project.pk,
                       (get_language(), timezone.localdate(), as_at),
                       lambda: render_to_string(CHART_TEMPLATE, {
                           "chart": progress_chart(selectors.progress(project, as_at=as_at))}))
