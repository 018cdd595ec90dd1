"""One page of the Gantt chart (plans.gantt.GanttChart, GanttPage) as SVG text, written in code.

A plan of 400 activities is 400 rows of a dozen elements each: through the template engine
that was most of the plan page's time, so the picture is one string joined here. No script,
presentation attributes only, so the page, the SVG file and PDFs draw it alike.
"""

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from plans.gantt import LATE, ROW, GanttChart, GanttPage, Row

GRID = "#e4e7eb"


def _row(chart: GanttChart, row: Row) -> str:
    parts = [f"<g><title>{escape(row.title)}</title>"]
    if row.kind == "group":
        parts.append(f'<rect x="0" y="{row.y}" width="{chart.timeline_x}" height="{ROW}" '
                     f'fill="#f3f5f8"/><text x="4" y="{row.text_y}" font-weight="bold" '
                     f'fill="#1b1f24">{escape(row.label)}</text>')
        if row.status:
            parts.append(f'<text x="{chart.status_x + 4}" y="{row.text_y}" font-weight="bold" '
                         f'fill="{row.status_colour}">{escape(row.status)}</text>')
    else:
        bold = ' font-weight="bold"' if row.status_colour == LATE else ""
        parts.append(f'<text x="14" y="{row.text_y}" fill="#1b1f24">{escape(row.label)}</text>'
                     f'<text x="{chart.status_x + 4}" y="{row.text_y}" '
                     f'fill="{row.status_colour}"{bold}>{escape(row.status)}</text>')
        if row.kind == "activity":
            parts.append(f'<rect x="{row.bar_x}" y="{row.bar_y}" width="{row.bar_width}" '
                         f'height="12" rx="2" fill="{row.fill}" stroke="{row.stroke}" '
                         'stroke-width="1"/>')
            if row.struck:
                parts.append(f'<line x1="{row.bar_x}" y1="{row.bar_mid}" '
                             f'x2="{row.bar_x + row.bar_width}" y2="{row.bar_mid}" '
                             'stroke="#1b1f24" stroke-width="1.5"/>')
        elif row.diamond_x is not None:
            fill = "#1b1f24" if row.filled else "#ffffff"
            parts.append(f'<polygon points="{row.diamond_points}" fill="{fill}" '
                         'stroke="#1b1f24" stroke-width="2"/>')
    parts.append(f'<line x1="0" y1="{row.y + ROW}" x2="{chart.width}" y2="{row.y + ROW}" '
                 f'stroke="{GRID}" stroke-width="1"/></g>')
    return "".join(parts)


def page_svg(chart: GanttChart, page: GanttPage, chart_id: str = "gantt") -> SafeString:
    """The picture of one page of rows; `chart_id` keeps the ids apart when two charts share
    an HTML page."""
    height, width = page.height, chart.width
    ident = f"{escape(chart_id)}-{page.number}"
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="gantt" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" role="img" '
        f'aria-labelledby="{ident}-title {ident}-desc" '
        'font-family="DejaVu Sans, sans-serif" font-size="11">',
        f'<title id="{ident}-title">{escape(page.title)}</title>',
        f'<desc id="{ident}-desc">{escape(page.description)}</desc>',
        f'<rect x="0" y="0" width="{width}" height="{height}" fill="#ffffff"/>',
    ]
    for column in chart.columns:
        fill = GRID if column.outside else "#ffffff"
        parts.append(f'<rect x="{column.x}" y="0" width="{column.width}" height="{height}" '
                     f'fill="{fill}" stroke="{GRID}" stroke-width="1"/>'
                     f'<text x="{column.x + 3}" y="34" font-size="9" fill="#4a5360">'
                     f'{escape(column.label)}</text>')
    for year in chart.years:
        parts.append(f'<text x="{year.x}" y="14" font-size="11" font-weight="bold" '
                     f'fill="#1b1f24">{escape(year.label)}</text>'
                     f'<line x1="{year.x - 3}" y1="0" x2="{year.x - 3}" y2="{height}" '
                     'stroke="#9aa3ad" stroke-width="1"/>')
    parts.append(f'<text x="4" y="34" font-size="10" font-weight="bold" fill="#4a5360">'
                 f'{escape(pgettext("activity plan", "Activity"))}</text>'
                 f'<text x="{chart.status_x + 4}" y="34" font-size="10" font-weight="bold" '
                 f'fill="#4a5360">{escape(_("Status"))}</text>'
                 f'<line x1="0" y1="39.5" x2="{width}" y2="39.5" stroke="#6b7480" '
                 'stroke-width="1"/>')
    parts.extend(_row(chart, row) for row in page.rows)
    parts.append(f'<line x1="{chart.status_x}" y1="0" x2="{chart.status_x}" y2="{height}" '
                 'stroke="#c9ced6" stroke-width="1"/>'
                 f'<line x1="{chart.timeline_x}" y1="0" x2="{chart.timeline_x}" '
                 f'y2="{height}" stroke="#6b7480" stroke-width="1"/>')
    if chart.today_x is not None:
        x = chart.today_x
        parts.append(f'<line x1="{x}" y1="18" x2="{x}" y2="{height}" stroke="#b35c00" '
                     'stroke-width="2" stroke-dasharray="5 3"/>'
                     f'<rect x="{x + 2}" y="17" width="{chart.today_label_width}" height="12" '
                     'fill="#ffffff"/>'
                     f'<text x="{x + 4}" y="27" font-size="10" font-weight="bold" '
                     f'fill="#7a4d00">{escape(chart.today_label)}</text>')
    parts.append("</svg>")
    return mark_safe("".join(parts))  # noqa: S308 - every text above is escaped


def chart_svgs(chart: GanttChart, chart_id: str = "gantt") -> SafeString:
    """Every page of the chart, one picture after the other, as the page shows them."""
    return mark_safe("".join(page_svg(chart, page, chart_id)  # noqa: S308 - escaped above
                             for page in chart.pages))


def whole_svg(chart: GanttChart) -> str:
    """The chart as one SVG file: every page of it, one under the other."""
    offset, pictures = 0, []
    for part in chart.pages:
        pictures.append(f'<g transform="translate(0 {offset})">'
                        + page_svg(chart, part) + "</g>")
        offset += part.height
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" '
            f'width="{chart.width}" height="{offset}" viewBox="0 0 {chart.width} {offset}">'
            + "".join(pictures) + "</svg>")
