"""The dashboard page is rendered once per change of what it shows: a second visit shows the
kept copy without reading the history again, and every audited change of the project, or of
an organisation it names, shows at the next visit."""

import re
from datetime import timedelta

import pytest
import redis
from django.contrib import admin
from django.core.cache import caches
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from portal.models import Organisation
from reports.portfolio import board_page, freshness
from reports.portfolio.models import StoredLights
from risks.models import Risk
from risks.services.risks import ReviewInput, review_risk
from tests.portfolio.running_project import TODAY
from tests.reports.test_exports import _redis_answers


def without_tokens(page: str) -> str:
    return re.sub(r'(csrfmiddlewaretoken" value=|X-CSRFToken": )"[^"]*"', "", page)


def visit(client, project) -> tuple[str, int]:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(reverse("portfolio:dashboard", args=[project.slug]),
                              HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    return response.content.decode(), len(captured.captured_queries)


@pytest.fixture
def counted(monkeypatch):
    """How many times the dashboard was computed."""
    calls = []
    real = board_page.boards.dashboard

    def counting(*args, **kwargs):
        calls.append(kwargs.get("as_at"))
        return real(*args, **kwargs)

    monkeypatch.setattr(board_page.boards, "dashboard", counting)
    return calls


def test_a_second_visit_shows_the_kept_page(running, client, personas, counted):
    client.force_login(personas["steering"])
    first, computing = visit(client, running)
    assert len(counted) == 2  # today and the last meeting
    second, kept = visit(client, running)
    assert len(counted) == 2
    assert without_tokens(second) == without_tokens(first)
    assert kept <= 12 < computing


def test_an_audited_change_shows_at_the_next_visit(running, client, personas, counted):
    client.force_login(personas["steering"])
    before, _queries = visit(client, running)
    assert "Spent 55 % of the budget" in before
    risk = Risk.objects.get(project=running)
    review_risk(project=running, actor=personas["manager"], risk_id=risk.pk,
                data=ReviewInput(likelihood=1, impact=1, status="open"))
    after, _queries = visit(client, running)
    assert len(counted) == 4
    assert after != before


def test_a_renamed_organisation_shows_at_the_next_visit(running, client, personas,
                                                        owner_organisation, counted):
    client.force_login(personas["manager"])
    before, _queries = visit(client, running)
    assert owner_organisation.name in before
    request = RequestFactory().post("/")
    request.user = personas["administrator"]
    owner_organisation.name = "Regionförbundet med nytt namn"
    admin.site._registry[Organisation].save_model(request, owner_organisation, None, True)
    after, _queries = visit(client, running)
    assert "Regionförbundet med nytt namn" in after
    assert len(counted) == 4


def test_a_financier_never_sees_the_copy_kept_for_the_manager(running, client, personas):
    client.force_login(personas["manager"])
    everyone, _queries = visit(client, running)
    assert "Your organisation has no line in the financing plan." not in everyone
    client.force_login(personas["financier"])
    own, _queries = visit(client, running)
    assert "Your organisation has no line in the financing plan." in own


def test_an_earlier_day_is_kept_apart_from_today(running, client, personas):
    client.force_login(personas["steering"])
    today, _queries = visit(client, running)
    day = (TODAY - timedelta(days=3)).isoformat()
    response = client.get(reverse("portfolio:dashboard", args=[running.slug]),
                          {"per": day}, HTTP_ACCEPT_LANGUAGE="en")
    assert f"Shown as it stood on {day}" in response.content.decode()
    assert response.content.decode() != today


@pytest.fixture
def on_redis(settings):
    settings.CACHE_BACKEND = "redis"
    settings.CACHES = {**settings.CACHES, "pages": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": "redis://127.0.0.1:6379/15", "KEY_PREFIX": "test-pages"}}
    caches["pages"].clear()
    yield
    caches["pages"].clear()


@pytest.mark.skipif(not _redis_answers(), reason="no Redis answers at 127.0.0.1:6379")
def test_on_redis_every_web_process_serves_the_kept_page(running, client, personas, counted,
                                                          on_redis):
    client.force_login(personas["steering"])
    first, _queries = visit(client, running)
    assert redis.Redis.from_url("redis://127.0.0.1:6379/15").keys("test-pages:*")
    second, kept = visit(client, running)
    assert len(counted) == 2
    assert without_tokens(second) == without_tokens(first)
    assert kept <= 12


@pytest.mark.skipif(not _redis_answers(), reason="no Redis answers at 127.0.0.1:6379")
def test_on_redis_the_worker_renders_the_dashboard_after_a_change(running, client, personas,
                                                                   counted, on_redis):
    risk = Risk.objects.get(project=running)
    review_risk(project=running, actor=personas["manager"], risk_id=risk.pk,
                data=ReviewInput(likelihood=1, impact=1, status="open"))
    freshness.refresh(running.pk)  # what the worker does once the change is committed
    computed_by_the_worker = len(counted)
    client.force_login(personas["steering"])
    with translation.override("sv"):
        response = client.get(reverse("portfolio:dashboard", args=[running.slug]),
                              HTTP_ACCEPT_LANGUAGE="sv")
    assert response.status_code == 200
    assert computed_by_the_worker == 2 and len(counted) == 2
    assert StoredLights.objects.filter(project=running).exists()
