"""The portfolio's totals and list pages are computed once per change of the funding body's
lines and kept: a second visit reads no line, and every change that moves a figure, a row
or a name shows at the next visit."""

import re
from decimal import Decimal

import pytest
from django.contrib import admin
from django.core.cache import caches
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext, override_script_prefix
from django.urls import reverse

from portal.models import Organisation
from projects.models import Project
from reports.portfolio import lines
from reports.portfolio.models import DecisionFacts, LedgerImport, PortfolioLine
from reports.portfolio.services.facts import FactsInput, save_facts
from reports.portfolio.services.ledger import remove_ledger
from tests.portfolio.test_dashboard_kept import on_redis  # noqa: F401 - the fixture
from tests.portfolio.test_portfolio_totals import portfolio  # noqa: F401 - the fixture
from tests.reports.test_exports import _redis_answers

LINES_TABLE = PortfolioLine._meta.db_table


def visit(client, **query) -> tuple[str, list[str]]:
    """The page and the statements that read the portfolio's lines."""
    with CaptureQueriesContext(connection) as captured:
        response = client.get(reverse("portfolio:portfolio"), query, HTTP_ACCEPT_LANGUAGE="sv")
    assert response.status_code == 200
    return response.content.decode(), [q["sql"] for q in captured.captured_queries
                                       if LINES_TABLE in q["sql"]]


@pytest.fixture
def officer(client, personas, portfolio):  # noqa: F811 - the fixture imported above
    client.force_login(personas["case_officer"])
    return client


def test_a_second_visit_reads_no_line(officer):
    first, computing = visit(officer, year="2017", sort="-amount")
    second, kept = visit(officer, year="2017", sort="-amount")
    assert len(computing) >= 2  # the totals and the page's rows
    assert kept == []
    assert second.replace(_token(second), "") == first.replace(_token(first), "")


def _token(page: str) -> str:
    found = re.search(r'name="csrfmiddlewaretoken" value="([^"]*)"', page)
    return found.group(1) if found else "\0"


def test_each_filter_sort_and_page_is_kept_apart(officer):
    whole, _ = visit(officer)
    of_2018, _ = visit(officer, year="2018")
    assert "Bageriet AB" in whole and "Bageriet AB" not in of_2018
    by_amount, _ = visit(officer, sort="-amount")
    by_name, _ = visit(officer, sort="name")
    assert by_amount.index("Andra projektet") < by_amount.index("Bageriet AB")
    assert by_name.index("Andra projektet") < by_name.index("Bageriet AB")
    assert by_amount.index("Kongsberg AS") > by_amount.index("Testbanan AB")
    assert by_name.index("Kongsberg AS") < by_name.index("Testbanan AB")


def test_facts_saved_through_the_service_show_at_the_next_visit(officer, personas, project,
                                                                 municipalities):
    kiruna = municipalities["Kiruna"].pk
    before, _ = visit(officer, municipality=kiruna)
    assert "Andra projektet" in before and project.title not in before
    facts = DecisionFacts.objects.get(project=project)
    save_facts(actor=personas["case_officer"], project=project, revision=facts.revision,
               data=FactsInput(focus_area_id=facts.focus_area_id, municipality_id=kiruna,
                               leadership=facts.leadership, decided_on=facts.decided_on))
    after, computing = visit(officer, municipality=kiruna)
    assert computing
    assert "Andra projektet" in after and project.title in after


def api_totals(client, language: str = "sv") -> tuple[dict, list[str]]:
    """The API's totals of the whole portfolio and the statements that read its lines."""
    with CaptureQueriesContext(connection) as captured:
        response = client.get(reverse("portfolio_api:totals"), HTTP_ACCEPT_LANGUAGE=language)
    assert response.status_code == 200
    return response.json(), [q["sql"] for q in captured.captured_queries
                             if LINES_TABLE in q["sql"]]


def test_a_light_stored_shows_in_the_off_track_count_at_the_next_call(officer, project):
    assert api_totals(officer)[0]["off_track"] == 1
    lines.lights_stored(project.pk, True)
    assert api_totals(officer)[0]["off_track"] == 2
    lines.lights_stored(project.pk, False)
    assert api_totals(officer)[0]["off_track"] == 1


def test_a_light_stored_unchanged_keeps_the_copy(officer, project):
    api_totals(officer)
    with CaptureQueriesContext(connection) as captured:
        lines.lights_stored(project.pk, False)  # as it was: nothing written
    assert len(captured) == 1
    assert api_totals(officer)[1] == []


def test_a_ledger_removed_leaves_the_totals_at_the_next_call(officer, portfolio, personas):  # noqa: F811
    assert api_totals(officer)[0]["imported"] == 3
    remove_ledger(actor=personas["case_officer"],
                  ledger=LedgerImport.objects.get(funding_body=portfolio))
    assert api_totals(officer)[0]["imported"] == 0


def test_a_municipality_renamed_in_the_admin_shows_at_the_next_visit(officer, personas,
                                                                    municipalities):
    before, _ = visit(officer)
    assert "Kiruna kommun" in before
    kiruna = municipalities["Kiruna"]
    kiruna.name = "Giron"
    request = RequestFactory().post("/")
    request.user = personas["administrator"]
    admin.site._registry[Organisation].save_model(request, kiruna, form=None, change=True)
    after, _ = visit(officer)
    assert "Kiruna kommun" not in after and "Giron" in after


def test_a_change_of_another_funding_body_keeps_the_copy(officer):
    api_totals(officer)
    foreign = Project.objects.get(slug="foreign")
    Project.objects.filter(pk=foreign.pk).update(granted_amount=Decimal(1))
    lines.project_changed(foreign.pk)
    totals, read = api_totals(officer)
    assert read == []
    assert totals["amounts"][0]["amount"] == "2100000.00"


def test_the_totals_are_kept_per_language(officer):
    english = [g["label"] for g in api_totals(officer, "en")[0]["leadership"]]
    swedish = [g["label"] for g in api_totals(officer, "sv")[0]["leadership"]]
    assert "Led by a woman" in english
    assert "Leds av en kvinna" in swedish


def export_lines_read(client, **query) -> tuple[bytes, list[str]]:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(reverse("portfolio:export", args=["csv"]), query)
    assert response.status_code == 200
    return b"".join(response.streaming_content) if response.streaming else response.content, \
        [q["sql"] for q in captured.captured_queries if LINES_TABLE in q["sql"]]


def test_an_export_after_the_page_reads_only_its_rows_is_kept_and_follows_a_change(
        officer, personas, project, municipalities):
    visit(officer, year="2017")  # the page keeps the totals the export then uses
    first, computing = export_lines_read(officer, year="2017")
    assert len(computing) == 1  # the rows only
    again, kept = export_lines_read(officer, year="2017")
    assert kept == [] and again == first  # the same file, kept
    kiruna = municipalities["Kiruna"].pk
    facts = DecisionFacts.objects.get(project=project)
    save_facts(actor=personas["case_officer"], project=project, revision=facts.revision,
               data=FactsInput(focus_area_id=facts.focus_area_id, municipality_id=kiruna,
                               leadership=facts.leadership, decided_on=facts.decided_on))
    after, computing = export_lines_read(officer, year="2017")
    assert len(computing) >= 2
    assert after != first


@pytest.mark.skipif(not _redis_answers(), reason="no Redis answers at 127.0.0.1:6379")
def test_on_redis_the_worker_prepares_the_first_page_after_a_change(
        officer, personas, project, municipalities, on_redis):  # noqa: F811 - the fixture
    from reports.portfolio import freshness

    visit(officer)
    kiruna = municipalities["Kiruna"].pk
    facts = DecisionFacts.objects.get(project=project)
    Project.objects.filter(pk=project.pk).update(status="running")
    save_facts(actor=personas["case_officer"], project=project, revision=facts.revision,
               data=FactsInput(focus_area_id=facts.focus_area_id, municipality_id=kiruna,
                               leadership=facts.leadership, decided_on=facts.decided_on))
    assert freshness.refresh(project.pk)  # what the worker does once the change is committed
    page, read = visit(officer)
    assert read == []  # prepared by the worker
    caches["pages"].clear()
    fresh, computing = visit(officer)
    assert computing and fresh.replace(_token(fresh), "") == page.replace(_token(page), "")
    _filtered, read_filtered = visit(officer, year="2017")
    assert read_filtered  # only the first page is prepared


def test_a_copy_kept_under_one_address_prefix_is_not_served_under_another(officer, project):
    """Kept rows hold reversed links; a portal mounted below a path (or the worker, which
    has no request) keeps its own copy."""
    page = reverse("portfolio:portfolio")
    plain = officer.get(page).content.decode()
    link = reverse("portfolio:dashboard", args=[project.slug])
    with override_script_prefix("/portal/"):  # as the web server's SCRIPT_NAME sets it
        mounted = officer.get(page).content.decode()
    assert f'href="{link}"' in plain
    assert f'href="/portal{link}"' in mounted
