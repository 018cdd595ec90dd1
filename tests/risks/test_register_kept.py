"""The register tab's body, its heat map and its workbook are built once per change of the
project and kept: a kept visit reads less and shows the same, a risk added through the
service shows at the next visit, each filter, language and day is kept apart, and the
buttons are drawn for each person."""

from datetime import date

import pytest
from django.core.cache import caches
from django.http import QueryDict
from django.utils import translation

from projects.services import workflow
from risks import kept as kept_register
from tests.kept import assert_visit_kept, visit
from tests.projects.helpers import complete_application


@pytest.mark.parametrize("name", ["risks:register", "risks:heat_map"])
def test_a_kept_visit_reads_less_and_shows_the_same(client, manager, risk, project, name):
    risk(likelihood=3, impact=4)
    caches["pages"].clear()
    client.force_login(manager)
    assert_visit_kept(client, name, project)


def test_a_risk_added_shows_at_the_next_visit(client, manager, risk, project):
    risk("Det är en risk att företagen inte deltar", likelihood=2, impact=2)
    client.force_login(manager)
    before, _ = visit(client, "risks:register", project)
    visit(client, "risks:heat_map", project)
    risk("Det är en risk att lokalerna blir dyrare", likelihood=5, impact=5)
    after, _ = visit(client, "risks:register", project)
    assert "lokalerna blir dyrare" not in before and "lokalerna blir dyrare" in after
    assert "R2" in visit(client, "risks:heat_map", project)[0]


def test_each_filter_and_language_is_kept_apart(client, manager, risk, project):
    risk("Det är en risk att företagen inte deltar", likelihood=2, impact=2, owner="Anna")
    risk("Det är en risk att lokalerna blir dyrare", likelihood=5, impact=5, owner="Björn")
    client.force_login(manager)
    everything, _ = visit(client, "risks:register", project)
    annas, _ = visit(client, "risks:register", project, query="?owner=Anna")
    assert "lokalerna blir dyrare" in everything and "lokalerna blir dyrare" not in annas
    assert '<option selected>Anna</option>' in annas
    english, _ = visit(client, "risks:register", project, "en")
    assert "Risk register" in english and "Risk register" not in everything


def test_a_register_kept_yesterday_is_read_again_today(project, risk, monkeypatch):
    """Which reviews are overdue moves with the calendar."""
    risk(likelihood=3, impact=4, next_review_on=date(2030, 5, 5))
    builds = []
    build = kept_register.rendered
    monkeypatch.setattr(kept_register, "rendered",
                        lambda *args: builds.append(args) or build(*args))
    with translation.override("en"):
        monkeypatch.setattr(kept_register.timezone, "localdate", lambda: date(2030, 5, 4))
        before = kept_register.register_body(project, None, "per", QueryDict())
        kept_register.register_body(project, None, "per", QueryDict())
        monkeypatch.setattr(kept_register.timezone, "localdate", lambda: date(2030, 5, 6))
        later = kept_register.register_body(project, None, "per", QueryDict())
    assert len(builds) == 2
    overdue = '<strong class="late">Review overdue</strong>'
    assert overdue not in before.html and overdue in later.html


def test_the_buttons_are_drawn_for_each_person(client, manager, personas, risk, project):
    risk(likelihood=3, impact=4)
    complete_application(project, only_empty=True)
    workflow.submit_application(project=project, actor=manager)
    workflow.return_application(project=project, actor=personas["case_officer"],
                                comment="Komplettera riskanalysen.")
    client.force_login(manager)
    drawn, _ = visit(client, "risks:register", project, "en")
    client.force_login(personas["case_officer"])
    seen, _ = visit(client, "risks:register", project, "en")
    assert "Add a risk" in drawn and "Add a risk" not in seen
    assert body(seen) == body(drawn)


def body(page: str) -> str:
    return page[page.index('<div class="plan-bar">'):page.index('<div class="actions">\n')]


def test_the_api_s_register_is_kept_for_every_page_of_a_filter_until_a_risk_is_added(
        client, manager, risk, project):
    from django.urls import reverse

    from tests.kept import assert_api_answer_kept_until_change, get_json_counted

    risk("Det är en risk att företagen inte deltar", likelihood=2, impact=2, owner="Anna")
    risk("Det är en risk att kommunerna drar sig ur", likelihood=4, impact=4, owner="Anna")
    client.force_login(manager)
    address = reverse("risks_api:register", args=[project.slug]) + "?owner=Anna&page_size=1"
    first, counted = get_json_counted(client, address)
    second, kept = get_json_counted(client, address + "&page=2")  # the same kept copy
    assert first["count"] == second["count"] == 2 and first["total"] == 2
    assert first["results"] != second["results"] and kept < counted
    assert_api_answer_kept_until_change(
        client, reverse("risks_api:register", args=[project.slug]) + "?owner=Anna&value=1",
        lambda: risk("Det är en risk att lokalerna blir dyrare", likelihood=5, impact=5,
                     owner="Anna"),
        "lokalerna blir dyrare")
