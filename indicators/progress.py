"""The arithmetic of progress, kept apart from the database so each rule is plain to read
and test: how periods add up, progress towards a target, the share of women, the trend and
the off-track rule."""

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from django.utils.translation import gettext as _

from indicators.models import Counting, IndicatorKind
from portal.formatting import group_thousands

ZERO = Decimal(0)
HUNDRED = Decimal(100)
# An output indicator is off track when it stands below this share of what the elapsed part
# of the project period calls for.
PACE_TOLERANCE = Decimal("0.8")


def off_track_rule() -> str:
    return _(
        "An output indicator is off track when, after its first reporting period has ended, "
        "it stands below 80 per cent of the part of its target that the elapsed share of the "
        "project period calls for. Every indicator is off track when the project period has "
        "ended and the target has not been reached. Indicators without a target are never "
        "flagged.")


def accumulate(counting: str, values: list[Decimal | None]) -> list[Decimal | None]:
    """The outcome as it stood after each period. Summed and counted-once indicators add
    what each period brought (for counted-once ones each period reports only the new ones);
    a level measured per period is its latest value."""
    running: Decimal | None = None
    result = []
    for value in values:
        if value is not None:
            running = value if counting == Counting.PER_PERIOD else (running or ZERO) + value
        result.append(running)
    return result


def rounded(value: Decimal, places: int = 1) -> Decimal:
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def achieved(counting: str, accumulated: Decimal | None, baseline: Decimal | None) -> Decimal:
    """How far the indicator has come. A level measured per period starts from its baseline;
    counts start from nothing."""
    value = accumulated or ZERO
    if counting == Counting.PER_PERIOD and baseline is not None:
        return value - baseline
    return value


def distance(counting: str, target: Decimal | None, baseline: Decimal | None) -> Decimal | None:
    """How far the target lies from the start."""
    if target is None:
        return None
    if counting == Counting.PER_PERIOD and baseline is not None:
        return target - baseline
    return target


def percent_of(part: Decimal, whole: Decimal | None) -> Decimal | None:
    if whole is None or whole <= 0:
        return None
    return rounded(part * HUNDRED / whole)


def women_share(women: Decimal | None, total: Decimal | None) -> Decimal | None:
    if women is None or not total:
        return None
    return rounded(women * HUNDRED / total)


def trend(counting: str, values: list[Decimal | None]) -> str:
    """The direction of the last two periods that have a value: for a level, the level; for
    counts, what each period brought."""
    known = [v for v in values if v is not None]
    if len(known) < 2:
        return ""
    previous, last = known[-2], known[-1]
    if last > previous:
        return "rising"
    if last < previous:
        return "falling"
    return "steady"


def trend_label(direction: str) -> str:
    return {"rising": _("Increasing"), "steady": _("Steady"),
            "falling": _("Decreasing")}.get(direction, _("Not enough periods"))


def elapsed_share(start: date | None, end: date | None, as_at: date) -> Decimal | None:
    """The share of the project period gone by on the date, between 0 and 1."""
    if start is None or end is None:
        return None
    if as_at >= end:
        return Decimal(1)
    if as_at <= start:
        return ZERO
    return Decimal((as_at - start).days) / Decimal((end - start).days)


@dataclass(frozen=True)
class Verdict:
    off_track: bool
    label: str
    reason: str


def verdict(*, kind: str, progress: Decimal, target_distance: Decimal | None,
            elapsed: Decimal | None, a_period_has_ended: bool, unit: str = "") -> Verdict:
    """On track or not, by the rule `off_track_rule` states, with the reason in words."""
    if target_distance is None or target_distance <= 0:
        return Verdict(False, _("No target"), _("Without a target there is nothing to be "
                                                "behind."))
    shown = {"achieved": group_thousands(progress, _decimals(progress)),
             "target": group_thousands(target_distance, _decimals(target_distance)),
             "unit": unit}
    if progress >= target_distance:
        return Verdict(False, _("Target reached"),
                       _("%(achieved)s of %(target)s %(unit)s.") % shown)
    if elapsed is not None and elapsed >= 1:
        return Verdict(True, _("Off track"), _(
            "The project period has ended at %(achieved)s of the target %(target)s "
            "%(unit)s.") % shown)
    if kind == IndicatorKind.OUTPUT and elapsed is not None and a_period_has_ended:
        expected = target_distance * elapsed
        shown["expected"] = group_thousands(expected, _decimals(target_distance))
        if progress < expected * PACE_TOLERANCE:
            return Verdict(True, _("Off track"), _(
                "%(achieved)s %(unit)s so far; %(expected)s would be on pace by now.") % shown)
        return Verdict(False, _("On track"), _(
            "%(achieved)s %(unit)s so far; %(expected)s would be on pace by now.") % shown)
    if kind == IndicatorKind.RESULT:
        return Verdict(False, _("Measured at the end"), _(
            "A result is judged when the project period has ended."))
    return Verdict(False, _("Too early to tell"), _(
        "No reporting period has ended yet."))


def _decimals(value: Decimal) -> int:
    return 0 if value == value.to_integral_value() else 1
