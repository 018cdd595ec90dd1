"""Nothing irreversible by accident: the overview counts every rule that stops submission, the
submit page shows what will be frozen with each problem linked to where it is fixed, the final
report waits for its outcome reports, and a rejection has its own reason."""

from decimal import Decimal

import pytest
from django.urls import reverse

from finance.models import FinancingType, OutcomeReport
from projects.models import ProjectStatus
from projects.services import workflow
from projects.services.errors import ApplicationIncomplete
from tests.finance.conftest import fill
from tests.projects.helpers import complete_application

T = FinancingType


@pytest.fixture
def unbalanced(project, budget):
    fill(budget, {"externa-tjanster": [100, 200, 300]},
         [("Region", T.PUBLIC_CASH, [100, 200, 200])])
    complete_application(project)
    return project


def test_the_overview_does_not_call_an_unbalanced_application_complete(unbalanced, login,
                                                                        personas):
    page = login(personas["manager"]).get(unbalanced.get_absolute_url()).content.decode()
    checklist = page.split('id="sections-heading"')[1].split("</ol>")[0]
    budgets = reverse("finance:budgets", args=[unbalanced.slug])
    [budget_item] = [item for item in checklist.split("\n      <li>") if budgets in item]
    assert '<span class="incomplete">' in budget_item
    assert "12 av 13 delar är klara." in page  # nine sections done, the budget is not


def test_the_submit_page_shows_the_application_and_links_each_problem(unbalanced, login,
                                                                       personas):
    client = login(personas["manager"])
    address = reverse("projects:submit", args=[unbalanced.slug])
    page = client.get(address).content.decode()
    problems = page.split('role="alert"')[1].split("</div>")[0]
    assert f'href="{reverse("finance:budgets", args=[unbalanced.slug])}"' in problems
    assert "Skicka in nu" not in page
    preview = page.split("Ansökan så som den kommer att låsas", 1)[1]
    assert "Att öka antalet företag som växer." in preview  # the purpose, as typed
    # The budgets as they will be frozen are a tab of their own, built only when opened;
    # the problems are listed on every tab.
    assert f'href="{address}?del=finance"' in preview and "Externa tjänster" not in preview
    budgets = client.get(address, {"del": "finance"}).content.decode()
    assert "Externa tjänster" in budgets.split("Ansökan så som den kommer att låsas", 1)[1]
    assert f'href="{reverse("finance:budgets", args=[unbalanced.slug])}"' in budgets
    assert "Att öka antalet företag som växer." not in budgets


@pytest.fixture
def running(project, budget, manager, personas):
    fill(budget, {"externa-tjanster": [100, 200, 300]},
         [("Region", T.PUBLIC_CASH, [100, 200, 300])])
    complete_application(project)
    workflow.submit_application(project=project, actor=manager)
    workflow.approve_application(project=project, actor=personas["case_officer"],
                                 granted_amount=Decimal(600))
    workflow.start_project(project=project, actor=personas["case_officer"])
    project.refresh_from_db()
    OutcomeReport.objects.create(budget=budget, number=1, label="Slutrapport")
    return project


def test_the_final_report_waits_for_an_outcome_report_still_being_written(running, manager):
    with pytest.raises(ApplicationIncomplete, match="Slutrapport"):
        workflow.submit_final_report(project=running, actor=manager)
    running.refresh_from_db()
    assert running.status == ProjectStatus.RUNNING


def test_the_overview_says_why_the_final_report_cannot_go_in_yet(running, login, personas):
    page = login(personas["manager"]).get(running.get_absolute_url()).content.decode()
    assert "Innan slutrapporten kan skickas in:" in page and "Slutrapport" in page
    assert reverse("projects:transition", args=[running.slug, "final-report"]) not in page


def test_a_rejection_has_its_own_reason_field(project, login, personas, manager):
    complete_application(project)
    workflow.submit_application(project=project, actor=manager)
    client = login(personas["case_officer"])
    page = client.get(project.get_absolute_url()).content.decode()
    reject_form = page.split(reverse("projects:transition", args=[project.slug, "reject"]))[1]
    reject_form = reject_form.split("</form>")[0]
    assert "Skäl för avslag" in reject_form and 'name="comment"' in reject_form
    assert "data-confirm" in reject_form
    client.post(reverse("projects:transition", args=[project.slug, "reject"]),
                {"comment": "Ligger utanför programmets inriktning."})
    project.refresh_from_db()
    assert project.status == ProjectStatus.REJECTED
