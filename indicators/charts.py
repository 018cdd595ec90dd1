"""The progress chart, laid out on the server as SVG: a bar per indicator, its words beside
it, no JavaScript. The same template draws it on the page, in the SVG download and in PDFs;
its text alternative and the page's table carry the same figures for those who cannot see it.
"""

from dataclasses import dataclass
from decimal import Decimal

from django.utils.translation import gettext as _

from indicators.readmodels import IndicatorProgress, ProjectProgress
from portal.formatting import group_thousands

ROW = 46  # height of one indicator: its name above, its bar below
LABEL_CHARS = 78  # longer names are shortened in the picture; the table has them whole
COLOURS = {"reached": "#1d6b36", "off": "#a4161a", "on": "#0b4f7c", "none": "#4a5360"}


@dataclass(frozen=True)
class Bar:
    y: int
    label: str
    fill: Decimal  # width of the filled part, in the bar's units
    colour: str
    words: str  # the figure and the status, written after the bar
    title: str  # the whole name and figures, shown on hover


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    bar_width: int
    bars: tuple[Bar, ...]
    title: str
    description: str


def _status(item: IndicatorProgress) -> str:
    if item.percent is not None and item.percent >= 100:
        return "reached"
    if item.off_track:
        return "off"
    return "on" if item.percent is not None else "none"


def _figure(item: IndicatorProgress) -> str:
    if item.percent is None:
        return _("no outcome yet") if item.has_target else _("no target")
    return f"{group_thousands(item.percent, 1)} %"


def progress_chart(progress: ProjectProgress, *, width: int = 720) -> Chart:
    bar_width = width - 190
    bars = []
    for n, item in enumerate(progress.indicators):
        name = f"{item.code} {item.name}".strip()
        short = name if len(name) <= LABEL_CHARS else name[:LABEL_CHARS - 1] + "…"
        words = _figure(item)
        if item.off_track:
            words = f"{words} – {item.status_label.lower()}"
        fill = (item.bar_percent * bar_width / 100).quantize(Decimal("0.1"))
        bars.append(Bar(y=n * ROW + 4, label=short, fill=fill, colour=COLOURS[_status(item)],
                        words=words, title=f"{name}: {words}"))
    described = "; ".join(f"{b.title}" for b in bars) or _("No indicators yet.")
    return Chart(width=width, height=max(len(bars), 1) * ROW + 8, bar_width=bar_width,
                 bars=tuple(bars), title=_("Progress towards the targets"),
                 description=described)
