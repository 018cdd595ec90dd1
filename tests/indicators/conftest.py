"""Fixtures of the indicator tests: the shipped catalogue, a project in each stage of its
life, and helpers that write through the real services."""

from datetime import date
from decimal import Decimal

import pytest

from indicators.models import CatalogueIndicator, RegisterRule, Source
from indicators.services.indicators import IndicatorInput, add_indicator
from indicators.services.outcomes import PeriodInput, create_period
from projects.services import workflow
from tests.projects.helpers import complete_application

D = Decimal


@pytest.fixture
def catalogue(shipped_indicator_catalogue):
    """The catalogue the data migration ships, by code."""
    return {c.code: c for c in CatalogueIndicator.objects.all()}


@pytest.fixture
def in_english():
    """Service messages asserted word for word: in the catalogue's source language."""
    from django.utils import translation

    with translation.override("en"):
        yield


@pytest.fixture
def manager(personas):
    return personas["manager"]


def own(name, unit="aktiviteter", **extra) -> IndicatorInput:
    return IndicatorInput(name=name, unit=unit, **extra)


def from_catalogue(entry: CatalogueIndicator, **extra) -> IndicatorInput:
    return IndicatorInput(catalogue_id=entry.pk, **extra)


def counted(rule: str, name: str = "", **extra) -> IndicatorInput:
    return IndicatorInput(name=name or f"Räknat: {rule}", unit="st", source=Source.REGISTER,
                          rule=rule, **extra)


@pytest.fixture
def add(project, manager):
    def make(data: IndicatorInput, target_project=None):
        return add_indicator(project=target_project or project, actor=manager, data=data)
    return make


def start_running(project, personas) -> None:
    """Submit, approve and start: the follow-up stage, when outcomes are reported."""
    complete_application(project, only_empty=True)
    workflow.submit_application(project=project, actor=personas["manager"])
    workflow.approve_application(project=project, actor=personas["case_officer"],
                                 granted_amount=D(1000))
    workflow.start_project(project=project, actor=personas["case_officer"])
    project.refresh_from_db()


@pytest.fixture
def running(project, personas):
    """Returns a function that moves the shared project into follow-up, after indicators
    were chosen while it was a draft."""
    def move():
        start_running(project, personas)
        return project
    return move


@pytest.fixture
def years(project, manager):
    """Yearly reporting periods 2019–2022 (the project runs 2019-01-01 – 2022-12-31)."""
    def make(target_project=None):
        target = target_project or project
        return [create_period(project=target, actor=manager, data=PeriodInput(
            str(year), date(year, 1, 1), date(year, 12, 31), is_final=year == 2022))
            for year in range(2019, 2023)]
    return make


__all__ = ["D", "RegisterRule", "counted", "from_catalogue", "own", "start_running"]
