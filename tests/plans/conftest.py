"""Fixtures of the plan tests: a project with a period, plans written through the real
services, and the project moved into follow-up."""

from datetime import date

import pytest

from plans.services.structure import (
    ActivityInput,
    DeliverableInput,
    WorkPackageInput,
    save_work_package,
)
from projects.services import workflow
from tests.projects.helpers import complete_application

D = date


@pytest.fixture
def in_english(client):
    """Service messages asserted word for word: in the source language."""
    from django.utils import translation

    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"  # pages, as the services, in English
    with translation.override("en"):
        yield


@pytest.fixture
def manager(personas):
    return personas["manager"]


@pytest.fixture
def dated(project):
    """The shared project, running 2019-01-01 – 2022-12-31."""
    project.start_date, project.end_date = D(2019, 1, 1), D(2022, 12, 31)
    project.save(update_fields=["start_date", "end_date"])
    return project


def activity(title, start, end, **extra) -> ActivityInput:
    return ActivityInput(title=title, start=start, end=end, **extra)


def deliverable(title, due=None, **extra) -> DeliverableInput:
    return DeliverableInput(title=title, due=due, **extra)


@pytest.fixture
def package(dated, manager):
    """Make a work package through the service: `package("Title", [activity(...)])`."""
    def make(title="Företagsbesök", activities=None, target=None):
        return save_work_package(
            project=target or dated, actor=manager,
            data=WorkPackageInput(title=title, activities=activities if activities is not None
                                  else [activity("Besök", D(2019, 3, 1), D(2019, 9, 1))]))
    return make


def start_running(project, personas) -> None:
    """Submit, approve and start: the follow-up stage."""
    complete_application(project, only_empty=True)
    workflow.submit_application(project=project, actor=personas["manager"])
    workflow.approve_application(project=project, actor=personas["case_officer"],
                                 granted_amount=None)
    workflow.start_project(project=project, actor=personas["case_officer"])
    project.refresh_from_db()


@pytest.fixture
def running(dated, personas):
    def move():
        start_running(dated, personas)
        return dated
    return move


__all__ = ["D", "activity", "deliverable", "start_running"]
