"""The stored traffic lights follow the project: every audited change of a project queues one
recomputation once it is committed (none when it is rolled back), the worker's task stores
today's lights, and the nightly command recomputes every granted project's."""

from datetime import date
from types import SimpleNamespace

import pytest
from django.core.management import call_command
from django.db import connection, transaction
from django.utils import timezone

from portal.audit import record_changes, record_event
from projects.models import Project
from reports.portfolio import freshness, lines
from reports.portfolio.models import StoredLights
from reports.portfolio.selectors import Criteria
from reports.portfolio.services.facts import FactsInput, save_facts
from reports.portfolio.totals import portfolio_totals


@pytest.fixture
def queued(monkeypatch):
    # The fixtures' own audited writes left refreshes waiting for a commit that a test's
    # transaction never makes; a transaction queues a project once, so they go first.
    connection.run_on_commit.clear()
    calls = []
    from reports.portfolio import tasks

    monkeypatch.setattr(tasks, "refresh_lights", SimpleNamespace(enqueue=calls.append))
    return calls


def test_a_change_queues_one_refresh_once_committed(project, personas, queued,
                                                    django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        record_changes(actor=personas["manager"], obj=project, project_id=project.pk,
                       before={"a": "1", "b": "1"}, after={"a": "2", "b": "3"})
        record_event(actor=personas["manager"], obj=project, action="x",
                     project_id=project.pk)
        assert queued == []  # nothing before the commit
    assert queued == [project.pk]


def test_a_rolled_back_change_queues_nothing(project, personas, queued,
                                             django_capture_on_commit_callbacks):
    with (django_capture_on_commit_callbacks(execute=True), pytest.raises(RuntimeError),
          transaction.atomic()):
        record_event(actor=personas["manager"], obj=project, action="x",
                     project_id=project.pk)
        raise RuntimeError
    assert queued == []


def test_a_service_change_queues_the_refresh(project, personas, areas, queued,
                                             django_capture_on_commit_callbacks):
    Project.objects.filter(pk=project.pk).update(status="running")
    with django_capture_on_commit_callbacks(execute=True):
        save_facts(actor=personas["case_officer"], project=project,
                   data=FactsInput(areas[0].pk, None, "woman", None), revision=0)
    assert queued == [project.pk]


def test_the_task_stores_todays_lights_and_the_portfolio_follows(project, funding_body):
    Project.objects.filter(pk=project.pk).update(status="running")
    StoredLights.objects.create(project=project, time="red", money="red", results="red",
                                computed_on=date(2020, 1, 1))
    lines.rebuild()  # the rows above were written past the services
    assert portfolio_totals(funding_body.pk, Criteria()).off_track == 1
    from reports.portfolio.tasks import refresh_lights

    refresh_lights.call(project.pk)
    stored = StoredLights.objects.get(project=project)
    # No plan, budget or indicators: nothing to judge, so nothing off track any more.
    assert (stored.time, stored.money, stored.results) == ("none", "none", "none")
    assert stored.computed_on == timezone.localdate()
    assert portfolio_totals(funding_body.pk, Criteria()).off_track == 0


def test_an_application_has_no_lights_to_refresh(project):
    assert freshness.refresh(project.pk) is False
    assert not StoredLights.objects.filter(project=project).exists()


def test_the_nightly_command_refreshes_every_granted_project(project):
    Project.objects.filter(pk=project.pk).update(status="running")
    call_command("refresh_status_lights", verbosity=0)
    assert StoredLights.objects.get(project=project).computed_on == timezone.localdate()
