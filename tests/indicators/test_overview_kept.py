"""The indicators tab's figures are rendered once per change of the project and kept: as many
queries for 100 indicators over 12 periods as for five, a kept copy the same as one rendered
afresh, and a change through a service shown on the next visit."""

from datetime import date

from django.core.cache import caches
from django.urls import reverse
from django.utils import translation

from indicators import overview_body as bodies
from indicators.overview_body import overview_body, rendered
from projects.services.applications import create_project
from projects.services.workflow import submit_application
from tests.indicators.builders import build
from tests.indicators.conftest import own
from tests.kept import assert_api_answer_kept_until_change, assert_visit_kept
from tests.kept import visit as visit_page
from tests.projects.helpers import complete_application


def visit(client, project, query="", language="sv") -> tuple[str, int]:
    return visit_page(client, "indicators:overview", project, language, query)


def submitted(personas, programme, slug, indicators):
    project = create_project(actor=personas["manager"], title=slug, slug=slug,
                             programme=programme)
    complete_application(project)
    build(project, indicators=indicators, periods=12, companies=indicators * 3)
    submit_application(project=project, actor=personas["manager"])
    return project


def test_the_tab_costs_the_same_for_five_indicators_and_a_hundred(client, personas, programme):
    small = submitted(personas, programme, "fem", 5)
    large = submitted(personas, programme, "hundra", 100)
    for persona in ("manager", "case_officer"):
        caches["pages"].clear()
        client.force_login(personas[persona])
        counts = [[visit(client, project)[1] for _ in range(2)] for project in (small, large)]
        assert counts[0] == counts[1], persona
        first, kept = counts[1]
        assert kept < first, counts


def test_kept_until_the_project_changes(client, project, personas, add):
    client.force_login(personas["manager"])
    first, _ = visit(client, project)
    assert visit(client, project)[0] == first
    add(own("Nätverksträffar"))
    after, _ = visit(client, project)
    assert "Nätverksträffar" in after
    assert "Nätverksträffar" not in first


def test_a_kept_copy_reads_as_one_rendered_afresh(client, personas, programme):
    project = submitted(personas, programme, "fem", 5)
    client.force_login(personas["case_officer"])
    for language in ("sv", "en"):
        for query in ("", "?per=2019-06-30"):
            caches["pages"].clear()
            afresh, _ = visit(client, project, query, language)
            assert visit(client, project, query, language)[0] == afresh
    assert "Shown as it stood on 2019-06-30" in visit(client, project, "?per=2019-06-30",
                                                      "en")[0]
    assert "Shown as it stood on" not in visit(client, project, "", "en")[0]


def test_each_language_is_kept_apart(project):
    with translation.override("en"):
        english = overview_body(project, None, "per")
        assert english == rendered(project, None, "per")
    with translation.override("sv"):
        swedish = overview_body(project, None, "per")
        assert swedish == rendered(project, None, "per")
    assert english != swedish


def test_a_copy_kept_yesterday_is_rendered_again_today(project, monkeypatch):
    """The share of the period passed and what is off track move with the calendar."""
    built = []
    render = bodies.rendered
    monkeypatch.setattr(bodies, "rendered", lambda *args: built.append(args) or render(*args))
    monkeypatch.setattr(bodies.timezone, "localdate", lambda: date(2031, 5, 4))
    overview_body(project, None, "per")
    overview_body(project, None, "per")
    monkeypatch.setattr(bodies.timezone, "localdate", lambda: date(2031, 5, 5))
    overview_body(project, None, "per")
    assert len(built) == 2


def test_the_api_list_is_kept_until_the_project_changes(client, project, personas, add):
    client.force_login(personas["manager"])
    assert_api_answer_kept_until_change(
        client, reverse("indicators_api:indicators", args=[project.slug]),
        lambda: add(own("Nätverksträffar")), "Nätverksträffar")


def test_the_chart_alone_is_kept_until_the_project_changes(client, project, personas, add):
    add(own("Företagsbesök"))
    caches["pages"].clear()
    client.force_login(personas["manager"])
    first = assert_visit_kept(client, "indicators:chart", project)
    add(own("Nätverksträffar"))
    after, _ = visit_page(client, "indicators:chart", project)
    assert "Nätverksträffar" in after and "Nätverksträffar" not in first
