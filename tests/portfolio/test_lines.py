"""The portfolio's read model: one line per project of the portfolio and per imported grant,
written in the transaction of the change it follows, at a fixed cost per change; the rebuild
command writes them again and `--check` finds a line that no longer agrees with its sources."""

from datetime import date
from decimal import Decimal

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from projects.models import Project
from projects.services import workflow
from reports.portfolio import lines
from reports.portfolio.models import PortfolioLine, StoredLights
from reports.portfolio.services.facts import FactsInput, save_facts
from tests.factories import past_submission
from tests.projects.helpers import complete_application


def test_a_draft_has_no_line_and_a_submitted_project_gets_one(project, personas, areas,
                                                              funding_body):
    lines.project_changed(project.pk)
    assert not PortfolioLine.objects.filter(project=project).exists()
    past_submission(project)
    save_facts(actor=personas["case_officer"], project=project, revision=0,
               data=FactsInput(focus_area_id=areas[2].pk, municipality_id=None,
                               leadership="shared", decided_on=date(2024, 3, 1)))
    line = PortfolioLine.objects.get(project=project)
    assert (line.funding_body_id, line.focus_area_id, line.leadership, line.year,
            line.status) == (funding_body.pk, areas[2].pk, "shared", 2024, "submitted")


def test_submission_and_decision_reach_the_line_through_the_services(project, personas):
    complete_application(project, only_empty=True)
    workflow.submit_application(project=project, actor=personas["manager"])
    assert PortfolioLine.objects.get(project=project).status == "submitted"
    workflow.approve_application(project=project, actor=personas["case_officer"],
                                 granted_amount=Decimal("750000"))
    line = PortfolioLine.objects.get(project=project)
    assert (line.status, line.amount) == ("approved", Decimal("750000.00"))


def test_stored_lights_mark_the_line_off_track(project):
    past_submission(project, status="running")
    lines.rebuild()
    from reports.portfolio.dashboard import dashboard, store_lights

    StoredLights.objects.create(project=project, time="red", money="none", results="none",
                                computed_on=date(2020, 1, 1))
    lines.project_changed(project.pk)
    assert PortfolioLine.objects.get(project=project).off_track
    store_lights(dashboard(project))  # today's lights: nothing planned is late
    assert not PortfolioLine.objects.get(project=project).off_track


@pytest.mark.parametrize("count", [1, 30])
def test_a_change_rewrites_one_line_at_a_fixed_cost(project, programme, count):
    Project.objects.bulk_create(Project(slug=f"x{n}", title=f"X {n}", programme=programme,
                                        status="running") for n in range(count))
    past_submission(project)
    with CaptureQueriesContext(connection) as captured:
        lines.project_changed(project.pk)
    assert len(captured) == 5  # line and financiers removed and written again, the stamp moved


def test_the_check_finds_a_line_out_of_step_and_the_rebuild_mends_it(project):
    past_submission(project, status="running")
    call_command("rebuild_portfolio_lines")
    call_command("rebuild_portfolio_lines", "--check")
    Project.objects.filter(pk=project.pk).update(title="Changed past the services")
    with pytest.raises(CommandError, match="1 lines missing or wrong"):
        call_command("rebuild_portfolio_lines", "--check")
    call_command("rebuild_portfolio_lines")
    call_command("rebuild_portfolio_lines", "--check")
    assert PortfolioLine.objects.get(project=project).name == "Changed past the services"
