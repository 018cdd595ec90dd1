"""The 5 × 5 heat map laid out on the server: likelihood up, impact across, each cell with
the number of risks in it and their codes, the cell's risk value in its corner, and a row
below for risks whose impact is known but whose likelihood is not yet assessed (seed 000
states consequences only). Colour marks the value's band and is never the only sign; the
register's table gives the same data. Closed risks are not placed.
"""

from dataclasses import dataclass

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from risks.scales import BANDS, IMPACT, LIKELIHOOD, band_of
from risks.selectors import RiskView

LEFT, TOP, CELL_W, CELL_H, GAP = 170, 12, 104, 66, 3
STRIP_GAP, STRIP_H, AXIS_H = 14, 56, 64
CODES_CHARS = 17


@dataclass(frozen=True)
class Cell:
    x: int
    y: int
    likelihood: int | None
    impact: int
    value: int | None
    count: int
    codes: str
    fill: str
    title: str

    @property
    def centre_x(self) -> int:
        return self.x + CELL_W // 2


@dataclass(frozen=True)
class AxisLabel:
    x: int
    y: int
    number: int
    words: str


@dataclass(frozen=True)
class HeatMap:
    width: int
    height: int
    cells: tuple[Cell, ...]
    strip: tuple[Cell, ...]  # likelihood not yet assessed, by impact
    strip_y: int
    rows: tuple[AxisLabel, ...]  # likelihood, 5 at the top
    columns: tuple[AxisLabel, ...]  # impact, 1 at the left
    impact_title_y: int
    unplaced: tuple[str, ...]  # codes of risks whose impact is not assessed either
    title: str
    description: str
    placed: int
    bands: tuple = BANDS


def _codes(risks: list[RiskView]) -> str:
    text = " ".join(r.code for r in risks)
    return text if len(text) <= CODES_CHARS else text[:CODES_CHARS - 1].rsplit(" ", 1)[0] + " …"


def _cell_title(risks: list[RiskView], likelihood: int | None, impact: int) -> str:
    where = _("likelihood %(l)s, impact %(i)s") % {
        "l": likelihood if likelihood else _("not yet assessed"), "i": impact}
    if not risks:
        return _("No risks at %(where)s") % {"where": where}
    return ngettext("%(n)d risk at %(where)s: %(list)s", "%(n)d risks at %(where)s: %(list)s",
                    len(risks)) % {"n": len(risks), "where": where,
                                   "list": "; ".join(f"{r.code} {r.title}" for r in risks)}


def heat_map(risks: tuple[RiskView, ...] | list[RiskView]) -> HeatMap:
    live = [r for r in risks if not r.is_closed]
    cells = []
    for row, likelihood in enumerate(range(5, 0, -1)):
        for impact in range(1, 6):
            here = [r for r in live if r.likelihood == likelihood and r.impact == impact]
            value = likelihood * impact
            cells.append(Cell(x=LEFT + (impact - 1) * CELL_W, y=TOP + row * CELL_H,
                              likelihood=likelihood, impact=impact, value=value,
                              count=len(here), codes=_codes(here), fill=band_of(value).fill,
                              title=_cell_title(here, likelihood, impact)))
    strip_y = TOP + 5 * CELL_H + STRIP_GAP
    strip = []
    for impact in range(1, 6):
        here = [r for r in live if r.likelihood is None and r.impact == impact]
        strip.append(Cell(x=LEFT + (impact - 1) * CELL_W, y=strip_y, likelihood=None,
                          impact=impact, value=None, count=len(here), codes=_codes(here),
                          fill="#eef0f3", title=_cell_title(here, None, impact)))
    unplaced = tuple(r.code for r in live if r.impact is None)
    rows = tuple(AxisLabel(x=LEFT - 8, y=TOP + n * CELL_H + CELL_H // 2, number=level,
                           words=str(LIKELIHOOD[level]))
                 for n, level in enumerate(range(5, 0, -1)))
    columns_y = strip_y + STRIP_H + 18
    columns = tuple(AxisLabel(x=LEFT + (level - 1) * CELL_W + CELL_W // 2, y=columns_y,
                              number=level, words=str(IMPACT[level])) for level in range(1, 6))
    placed = sum(c.count for c in cells) + sum(c.count for c in strip)
    described = [ngettext("%(n)d risk placed.", "%(n)d risks placed.", placed) % {"n": placed}]
    described += [cell.title + "." for cell in (*cells, *strip) if cell.count]
    if unplaced:
        described.append(_("Not placed, impact not yet assessed: %(codes)s.") % {
            "codes": ", ".join(unplaced)})
    described.append(_("Bands: %(bands)s.") % {"bands": ", ".join(
        f"{band.label} {band.low}–{band.high}" for band in BANDS)})
    return HeatMap(
        width=LEFT + 5 * CELL_W + 12, height=columns_y + AXIS_H - 18, cells=tuple(cells),
        strip=tuple(strip), strip_y=strip_y, rows=rows, columns=columns,
        impact_title_y=columns_y + 34, unplaced=unplaced,
        title=_("Risk heat map: likelihood × impact"), description=" ".join(described),
        placed=placed)
