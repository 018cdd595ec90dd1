"""The three traffic lights of the project dashboard, each rule in one place and said in words
beside the reading it judged. Thresholds are named here and nowhere else."""

from dataclasses import dataclass
from decimal import Decimal

from django.utils.translation import gettext as _

from reports.portfolio.models import Light

# Time: late activities and overdue milestones.
TIME_AMBER_MAX_LATE = 2  # up to this many late items is amber; more is red
# Money: spent share of the budget against the elapsed share of the period, in points.
MONEY_GREEN_GAP = Decimal(15)
MONEY_AMBER_GAP = Decimal(30)
# Results: share of indicators with a target that are off track.
RESULTS_RED_SHARE = Decimal("0.5")


@dataclass(frozen=True)
class TrafficLight:
    key: str  # "time", "money", "results"
    label: str
    light: str
    reading: str  # what was measured, in words
    rule: str  # how it is judged, in words

    @property
    def light_label(self) -> str:
        return str(Light(self.light).label)

    @property
    def off_track(self) -> bool:
        return self.light == Light.RED


def time_light(*, activities: int, late: int, overdue_milestones: int,
               overdue_decision_points: int) -> TrafficLight:
    rule = _("Green when no activity is late and no milestone overdue; amber with up to "
             "%(amber)d late or overdue; red with more, or with a decision point overdue.") % {
        "amber": TIME_AMBER_MAX_LATE}
    if activities == 0 and overdue_milestones == 0:
        return TrafficLight("time", _("Time"), Light.NONE,
                            _("The project has no activity plan to judge."), rule)
    reading = _("%(late)d of %(count)d activities late, %(milestones)d milestones or "
                "decision points overdue.") % {"late": late, "count": activities,
                                               "milestones": overdue_milestones}
    behind = late + overdue_milestones
    if behind == 0:
        light = Light.GREEN
    elif overdue_decision_points or behind > TIME_AMBER_MAX_LATE:
        light = Light.RED
    else:
        light = Light.AMBER
    return TrafficLight("time", _("Time"), light, reading, rule)


def money_light(*, approved: Decimal, spent: Decimal, elapsed_percent: Decimal | None,
                funded: bool = True) -> TrafficLight:
    rule = _("Green when the share of the budget spent is within %(green)s percentage points "
             "of the share of the period gone by; amber within %(amber)s; red beyond that or "
             "when more than the budget is spent.") % {
        "green": MONEY_GREEN_GAP, "amber": MONEY_AMBER_GAP}
    if not funded:
        return TrafficLight("money", _("Money"), Light.NONE,
                            _("Spending is judged once the project is granted."), rule)
    if not approved or elapsed_percent is None:
        return TrafficLight("money", _("Money"), Light.NONE,
                            _("No approved budget or no project period to judge."), rule)
    spent_percent = (spent * 100 / approved).quantize(Decimal(1))
    elapsed = elapsed_percent.quantize(Decimal(1))
    reading = _("Spent %(spent)s %% of the budget at %(elapsed)s %% of the period.") % {
        "spent": spent_percent, "elapsed": elapsed}
    gap = abs(spent * 100 / approved - elapsed_percent)
    if spent > approved or gap > MONEY_AMBER_GAP:
        light = Light.RED
    elif gap > MONEY_GREEN_GAP:
        light = Light.AMBER
    else:
        light = Light.GREEN
    return TrafficLight("money", _("Money"), light, reading, rule)


def results_light(*, with_target: int, off_track: int, indicator_rule: str) -> TrafficLight:
    rule = _("Green when no indicator with a target is off track; amber when some are; red "
             "when half or more are. An indicator is off track when: %(rule)s") % {
        "rule": indicator_rule}
    if with_target == 0:
        return TrafficLight("results", _("Results"), Light.NONE,
                            _("The project has no indicator with a target."), rule)
    reading = _("%(off)d of %(count)d indicators with a target off track.") % {
        "off": off_track, "count": with_target}
    if off_track == 0:
        light = Light.GREEN
    elif Decimal(off_track) >= RESULTS_RED_SHARE * with_target:
        light = Light.RED
    else:
        light = Light.AMBER
    return TrafficLight("results", _("Results"), light, reading, rule)
