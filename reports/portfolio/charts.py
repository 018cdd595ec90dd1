"""Bar charts laid out on the server, drawn by templates as SVG with a text alternative and
the figures in a table beside them; the same markup goes into the PDF."""

from dataclasses import dataclass
from decimal import Decimal

from portal.formatting import money, percent


@dataclass(frozen=True)
class Bar:
    label: str
    value_text: str
    y: int
    width: int


@dataclass(frozen=True)
class BarChart:
    bars: tuple[Bar, ...]
    width: int
    height: int
    label_width: int
    bar_height: int
    description: str  # the text alternative: every bar in words
    currency: str = ""


def share_bars(groups, *, unnamed: str, width: int = 720, label_width: int = 330,
               bar_height: int = 22, currency_index: int = 0) -> BarChart:
    """One bar per group, its length the group's share of the whole in one currency (the
    `currency_index`th of the groups' amounts)."""
    room = width - label_width - 180
    figures = [g.amounts[currency_index] for g in groups]
    top = max((f.share or Decimal(0) for f in figures), default=Decimal(0)) or Decimal(1)
    bars = []
    for index, (group, figure) in enumerate(zip(groups, figures, strict=True)):
        value = f"{money(figure.amount, figure.currency)} ({percent(figure.share)})"
        length = int((figure.share or 0) * room / top)
        bars.append(Bar(group.label or unnamed, value, 8 + index * (bar_height + 8), length))
    height = 16 + len(bars) * (bar_height + 8)
    description = "; ".join(f"{bar.label}: {bar.value_text}" for bar in bars)
    currency = figures[0].currency if figures else ""
    return BarChart(tuple(bars), width, height, label_width, bar_height, description, currency)


def light_colour(light: str) -> str:
    return {"green": "#1d7a3a", "amber": "#b35c00", "red": "#b3261e"}.get(light, "#6b7480")
