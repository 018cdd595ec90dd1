"""Fixtures of the risk tests: risks written through the real services, and the project moved
into follow-up where reviews happen."""

import pytest

from risks.services.risks import RiskInput, add_risk
from tests.plans.conftest import start_running


@pytest.fixture
def in_english(client):
    from django.utils import translation

    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"  # pages, as the services, in English
    with translation.override("en"):
        yield


@pytest.fixture
def manager(personas):
    return personas["manager"]


@pytest.fixture
def risk(project, manager):
    """Add a risk through the service: `risk("Det är en risk att …", likelihood=3, impact=4)`."""
    def make(title="Det är en risk att kommunerna inte förankrar projektet", target=None,
             **extra):
        return add_risk(project=target or project, actor=manager,
                        data=RiskInput(title=title, **extra))
    return make


@pytest.fixture
def running(project, personas):
    def move():
        start_running(project, personas)
        return project
    return move
