"""The plan as its pages read it (the read model, the Gantt chart drawn, the problems found)
is built once per change of the project and kept: a kept visit reads less and shows the
same, a work package saved through the service shows at the next visit on every page, each
language and each day is kept apart, and the move buttons and their form are drawn for each
person."""

import io
from datetime import date

import pytest
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from openpyxl import load_workbook

from plans import kept as kept_plans
from plans.services.milestones import MilestoneInput, save_milestones
from projects.services import workflow
from tests.kept import assert_visit_kept, visit
from tests.plans.conftest import D, activity
from tests.projects.helpers import complete_application


@pytest.mark.parametrize("name", ["plans:plan", "plans:milestones", "plans:gantt"])
def test_a_kept_visit_reads_less_and_shows_the_same(client, manager, package, dated, name):
    package("Företagsbesök")
    caches["pages"].clear()
    client.force_login(manager)
    assert_visit_kept(client, name, dated)


def test_a_work_package_saved_shows_at_the_next_visit_on_every_page(client, manager, package,
                                                                    dated):
    package("Företagsbesök")
    client.force_login(manager)
    before, _ = visit(client, "plans:plan", dated)
    visit(client, "plans:gantt", dated)
    package("Seminarieserie", [activity("Seminarium om export", D(2020, 1, 1), D(2020, 3, 1))])
    after, _ = visit(client, "plans:plan", dated)
    assert "Seminarium om export" not in before
    assert after.count("Seminarium om export") >= 2  # in the chart and in the table
    assert "Seminarium om export" in visit(client, "plans:gantt", dated)[0]


def test_each_language_is_kept_apart(client, manager, package, dated):
    package("Företagsbesök")
    client.force_login(manager)
    swedish, _ = visit(client, "plans:plan", dated, "sv")
    english, _ = visit(client, "plans:plan", dated, "en")
    assert "</svg>Planned</li>" in english
    assert "</svg>Planned</li>" not in swedish


def test_a_plan_kept_yesterday_is_read_again_today(dated, package, monkeypatch):
    """What is late and the chart's line for today move with the calendar."""
    package("Företagsbesök")
    builds = []
    build = kept_plans.built
    monkeypatch.setattr(kept_plans, "built", lambda *args: builds.append(args) or build(*args))
    monkeypatch.setattr(kept_plans.timezone, "localdate", lambda: date(2020, 5, 4))
    kept_plans.plan_of(dated)
    kept_plans.plan_of(dated)
    monkeypatch.setattr(kept_plans.timezone, "localdate", lambda: date(2020, 5, 5))
    kept_plans.plan_of(dated)
    assert len(builds) == 2


def test_the_move_buttons_are_drawn_for_each_person(client, manager, personas, package,
                                                    dated):
    package("Företagsbesök")
    package("Seminarieserie")
    complete_application(dated, only_empty=True)
    workflow.submit_application(project=dated, actor=manager)
    workflow.return_application(project=dated, actor=personas["case_officer"],
                                comment="Komplettera budgeten.")
    client.force_login(manager)
    drawn = client.get(reverse("plans:plan", args=[dated.slug])).content.decode()
    client.force_login(personas["case_officer"])
    seen, _ = visit(client, "plans:plan", dated)
    form = drawn[drawn.index('id="reorder-form"'):]
    assert 'name="csrfmiddlewaretoken"' in form[:form.index("</form>")]
    assert 'id="reorder-form"' not in seen
    assert chart(seen) == chart(drawn)
    assert "Seminarieserie" in chart(seen)


def chart(page: str) -> str:
    start = page.index('<figure class="gantt-figure">')
    return page[start:page.index("</figure>", start)]


def test_the_workbook_is_kept_and_written_again_after_a_change(client, manager, package, dated):
    package("Företagsbesök")
    client.force_login(manager)
    address = reverse("plans:export", args=[dated.slug])
    with CaptureQueriesContext(connection) as first_read:
        first = client.get(address).content
    with CaptureQueriesContext(connection) as kept_read:
        kept = client.get(address).content
    assert kept == first
    assert len(kept_read.captured_queries) < len(first_read.captured_queries)
    package("Seminarieserie")
    sheet = load_workbook(io.BytesIO(client.get(address).content)).active
    assert "Seminarieserie" in str(list(sheet.iter_rows(values_only=True)))


def test_the_milestone_editor_is_kept_until_the_milestones_are_saved(client, manager, dated):
    client.force_login(manager)
    first = assert_visit_kept(client, "plans:milestones", dated)
    save_milestones(project=dated, actor=manager, expected_revision=0, milestones=[
        MilestoneInput(title="Beslut om fortsättning", due_on=D(2020, 6, 30))])
    after, _ = visit(client, "plans:milestones", dated)
    assert 'value="Beslut om fortsättning"' in after and "Beslut om fortsättning" not in first
    assert 'name="revision" value="1"' in after
