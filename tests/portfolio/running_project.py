"""A running project with a history: the budget, outcome, plan, risks and steering decisions
of `running`, as they stood at the last steering-group meeting and since."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.utils import timezone

from finance.models import FinancingType, OutcomeCost, OutcomeFinancing, OutcomeReport
from plans.models import (
    Action,
    ActionUpdate,
    Activity,
    ActivityProgress,
    Meeting,
    Milestone,
    Plan,
    WorkPackage,
)
from projects.models import Project
from risks.models import Risk, RiskReview
from tests.finance.conftest import category, fill

TODAY = timezone.localdate()
MEETING = TODAY - timedelta(days=100)  # the last steering-group meeting


def first_of_month(day):
    return day.replace(day=1)


@pytest.fixture
def running(project, rules, make_budget, personas, owner_organisation):
    """A running project two-thirds through its period: a budget of 1 000 000 kr, outcome
    of 200 000 kr reported before the meeting and 300 000 kr more after it, an activity that
    was on time at the meeting and is late now, a risk that grew, an action closed since."""
    start, end = TODAY - timedelta(days=400), TODAY + timedelta(days=200)
    budget = make_budget(years=(start.year, start.year + 1, start.year + 2))
    fill(budget, {"externa-tjanster": ["400000", "400000", "200000"]},
         [(owner_organisation, FinancingType.PUBLIC_CASH, ["400000", "400000", "200000"])],
         actor=personas["manager"])
    Project.objects.filter(pk=project.pk).update(status="running", start_date=start,
                                                 end_date=end, granted_amount=Decimal(500000))
    project.refresh_from_db()
    budget.versions.update(created_at=timezone.now() - timedelta(days=390))
    staff = category(budget.category_set, "externa-tjanster")
    early = OutcomeReport.objects.create(budget=budget, number=1, label="1",
                                         period_start=start, period_end=MEETING - timedelta(30))
    OutcomeCost.objects.create(report=early, category=staff, amount=Decimal(200000))
    OutcomeFinancing.objects.create(report=early, financier=owner_organisation,
                                    financing_type=FinancingType.PUBLIC_CASH,
                                    amount=Decimal(150000))
    later = OutcomeReport.objects.create(budget=budget, number=2, label="2",
                                         period_start=MEETING, period_end=TODAY - timedelta(5))
    OutcomeCost.objects.create(report=later, category=staff, amount=Decimal(350000))
    OutcomeReport.objects.filter(pk=early.pk).update(
        created_at=timezone.now() - timedelta(days=110))

    Plan.objects.create(project=project)
    package = WorkPackage.objects.create(project=project, position=0, title="Företagsbesök")
    activity = Activity.objects.create(
        work_package=package, title="Besöka 40 företag", status="ongoing",
        start_month=first_of_month(start), end_month=first_of_month(TODAY - timedelta(40)))
    ActivityProgress.objects.create(activity=activity, status="ongoing", reported_on=start)
    seminar = Activity.objects.create(work_package=package, position=1, title="Seminarium",
                                      status="done", start_month=first_of_month(start),
                                      end_month=first_of_month(start))
    ActivityProgress.objects.create(activity=seminar, status="done", reported_on=start)
    Milestone.objects.create(project=project, position=0, title="Halvtidsutvärdering",
                             kind="decision_point", due_on=TODAY + timedelta(days=30))

    risk = Risk.objects.create(project=project, number=1, title="Det är en risk att företagen "
                               "inte har tid", likelihood=4, impact=4, identified_on=start)
    RiskReview.objects.create(risk=risk, reviewed_on=start, likelihood=2, impact=3,
                              status="open")
    RiskReview.objects.create(risk=risk, reviewed_on=MEETING + timedelta(10), likelihood=4,
                              impact=4, status="open")

    meeting = Meeting.objects.create(project=project, held_on=MEETING, title="Styrgrupp 3")
    done = Action.objects.create(meeting=meeting, title="Boka lokal", owner_name="Eva",
                                 due_on=MEETING + timedelta(20), status="done")
    ActionUpdate.objects.create(action=done, status="open", changed_on=MEETING)
    ActionUpdate.objects.create(action=done, status="done", changed_on=MEETING + timedelta(15))
    late = Action.objects.create(meeting=meeting, position=1, title="Skicka inbjudan",
                                 owner_name="Olle", due_on=MEETING + timedelta(30))
    ActionUpdate.objects.create(action=late, status="open", changed_on=MEETING)
    return project
