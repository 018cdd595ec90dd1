"""Plans, registers and steering-group records of any size, written in bulk for query-count
tests and the benchmark: what matters there is the shape of the data."""

from datetime import date, timedelta

from plans.models import (
    Action,
    ActionUpdate,
    Activity,
    ActivityProgress,
    Deliverable,
    Meeting,
    Milestone,
    Plan,
    WorkPackage,
)
from risks.models import Risk, RiskReview

START = date(2019, 1, 1)


def month(n: int) -> date:
    return date(START.year + n // 12, n % 12 + 1, 1)


def build_plan(project, *, packages: int, activities: int, months: int = 60):
    """`packages` work packages of `activities` activities each over `months` months, a
    deliverable and a progress report per activity, a milestone per work package."""
    project.start_date, project.end_date = START, month(months) - timedelta(days=1)
    project.save(update_fields=["start_date", "end_date"])
    Plan.objects.get_or_create(project=project)
    made = WorkPackage.objects.bulk_create(
        WorkPackage(project=project, position=n, title=f"Arbetspaket {n + 1}")
        for n in range(packages))
    rows = Activity.objects.bulk_create(
        Activity(work_package=package, position=n, title=f"Aktivitet {p + 1}.{n + 1}",
                 responsible="Kommunen", start_month=month((p + n) % (months - 6)),
                 end_month=month((p + n) % (months - 6) + 5), status="ongoing")
        for p, package in enumerate(made) for n in range(activities))
    Deliverable.objects.bulk_create(
        Deliverable(activity=a, title=f"Leverans {a.title}", due_month=a.end_month)
        for a in rows)
    ActivityProgress.objects.bulk_create(
        ActivityProgress(activity=a, status="ongoing", reported_on=a.start_month) for a in rows)
    Milestone.objects.bulk_create(
        Milestone(project=project, position=n, title=f"Milstolpe {n + 1}",
                  kind="decision_point" if n % 2 else "milestone", work_package=package,
                  due_on=month(n % months)) for n, package in enumerate(made))
    return made


def build_register(project, *, risks: int):
    made = Risk.objects.bulk_create(
        Risk(project=project, number=n + 1, title=f"Det är en risk att {n + 1}",
             likelihood=n % 5 + 1 if n % 7 else None, impact=(n * 3) % 5 + 1,
             owner=("Eva", "Olle", "Styrgruppen")[n % 3], category=("Ekonomi", "Omvärld")[n % 2],
             identified_on=START, next_review_on=START + timedelta(days=n * 10))
        for n in range(risks))
    RiskReview.objects.bulk_create(
        RiskReview(risk=risk, reviewed_on=START + timedelta(days=days), likelihood=risk.likelihood,
                   impact=risk.impact, status="open")
        for risk in made for days in (0, 100))
    return made


def build_meetings(project, *, meetings: int, actions: int):
    made = Meeting.objects.bulk_create(
        Meeting(project=project, held_on=START + timedelta(days=30 * n), title=f"Möte {n + 1}")
        for n in range(meetings))
    rows = Action.objects.bulk_create(
        Action(meeting=meeting, position=n, title=f"Åtgärd {n + 1}", owner_name="Eva",
               due_on=meeting.held_on + timedelta(days=20))
        for meeting in made for n in range(actions))
    ActionUpdate.objects.bulk_create(
        ActionUpdate(action=action, status="open", changed_on=action.meeting.held_on)
        for action in rows)
    return made
