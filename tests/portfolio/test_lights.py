"""Every traffic-light rule, at and around its thresholds, with the reading in words."""

from decimal import Decimal

import pytest
from django.utils import translation

from reports.portfolio import lights


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


@pytest.mark.parametrize("late, milestones, decision_points, expected", [
    (0, 0, 0, "green"),
    (1, 0, 0, "amber"),
    (1, 1, 0, "amber"),  # two behind: still amber
    (3, 0, 0, "red"),
    (2, 1, 0, "red"),  # three behind
    (0, 1, 1, "red"),  # an overdue decision point is red at once
])
def test_time_light(late, milestones, decision_points, expected):
    light = lights.time_light(activities=12, late=late, overdue_milestones=milestones,
                              overdue_decision_points=decision_points)
    assert light.light == expected
    assert light.reading == (f"{late} of 12 activities late, {milestones} milestones or "
                             "decision points overdue.")
    assert "decision point overdue" in light.rule


def test_time_is_not_judged_without_a_plan():
    light = lights.time_light(activities=0, late=0, overdue_milestones=0,
                              overdue_decision_points=0)
    assert (light.light, light.reading) == ("none", "The project has no activity plan to judge.")


@pytest.mark.parametrize("spent, elapsed, expected", [
    ("380000", "62", "amber"),  # 38 % spent at 62 %: 24 points behind
    ("470000", "62", "green"),  # 15 points: still green
    ("469999", "62", "amber"),
    ("320000", "62", "amber"),  # exactly 30 points: amber
    ("319999", "62", "red"),
    ("900000", "62", "amber"),  # 90 % at 62 %: 28 points ahead, within 30
    ("930000", "62", "red"),  # 31 points ahead
    ("1000001", "100", "red"),  # more than the budget
    ("1000000", "100", "green"),
])
def test_money_light(spent, elapsed, expected):
    light = lights.money_light(approved=Decimal("1000000"), spent=Decimal(spent),
                               elapsed_percent=Decimal(elapsed))
    assert light.light == expected


def test_money_reading_says_it_in_words():
    light = lights.money_light(approved=Decimal("1000000"), spent=Decimal("380000"),
                               elapsed_percent=Decimal("62"))
    assert light.reading == "Spent 38 % of the budget at 62 % of the period."
    assert "within 15 percentage points" in light.rule and "within 30" in light.rule


def test_money_is_not_judged_before_the_grant_or_without_a_budget():
    assert lights.money_light(approved=Decimal(100), spent=Decimal(0),
                              elapsed_percent=Decimal(90), funded=False).light == "none"
    assert lights.money_light(approved=Decimal(0), spent=Decimal(0),
                              elapsed_percent=Decimal(50)).light == "none"
    assert lights.money_light(approved=Decimal(100), spent=Decimal(0),
                              elapsed_percent=None).light == "none"


@pytest.mark.parametrize("with_target, off, expected", [
    (4, 0, "green"), (4, 1, "amber"), (4, 2, "red"), (5, 2, "amber"), (5, 3, "red"),
    (1, 1, "red"), (0, 0, "none"),
])
def test_results_light(with_target, off, expected):
    light = lights.results_light(with_target=with_target, off_track=off,
                                 indicator_rule="behind its share of the period")
    assert light.light == expected
    assert "behind its share of the period" in light.rule
    if with_target:
        assert light.reading == f"{off} of {with_target} indicators with a target off track."
