"""The stress project's activity plan and risk register at Jems' size: 20 work packages × 20
activities over 60 months (a deliverable, a progress report and a milestone each) and 100
risks reviewed twice, written in bulk: their shape is what the pages are measured on."""

from datetime import date, timedelta

from plans.models import Activity, ActivityProgress, Deliverable, Milestone, Plan, WorkPackage
from projects.models import Project
from risks.models import Risk, RiskReview

MONTHS = 60


def write_plan_and_register(project: Project, *, packages: int = 20, activities: int = 20,
                            risks: int = 100) -> bool:
    """Adds them when the project has neither yet; says whether it did."""
    if WorkPackage.objects.filter(project=project).exists() or Risk.objects.filter(
            project=project).exists():
        return False
    start = project.start_date or date(2021, 1, 1)

    def month(n: int) -> date:
        return date(start.year + (start.month - 1 + n) // 12, (start.month - 1 + n) % 12 + 1, 1)

    Plan.objects.get_or_create(project=project)
    made = WorkPackage.objects.bulk_create(
        WorkPackage(project=project, position=n, title=f"Arbetspaket {n + 1}")
        for n in range(packages))
    rows = Activity.objects.bulk_create(
        Activity(work_package=package, position=n, title=f"Aktivitet {p + 1}.{n + 1}",
                 responsible="Kommunen", start_month=month((p + n) % (MONTHS - 6)),
                 end_month=month((p + n) % (MONTHS - 6) + 5), status="ongoing")
        for p, package in enumerate(made) for n in range(activities))
    Deliverable.objects.bulk_create(
        Deliverable(activity=a, title=f"Leverans {a.title}", due_month=a.end_month)
        for a in rows)
    ActivityProgress.objects.bulk_create(
        ActivityProgress(activity=a, status="ongoing", reported_on=a.start_month)
        for a in rows)
    Milestone.objects.bulk_create(
        Milestone(project=project, position=n, title=f"Milstolpe {n + 1}",
                  kind="decision_point" if n % 2 else "milestone", work_package=package,
                  due_on=month(n % MONTHS)) for n, package in enumerate(made))
    register = Risk.objects.bulk_create(
        Risk(project=project, number=n + 1, title=f"Det är en risk att delmål {n + 1} försenas",
             likelihood=n % 5 + 1 if n % 7 else None, impact=(n * 3) % 5 + 1,
             owner=("Eva", "Olle", "Styrgruppen")[n % 3], category=("Ekonomi", "Omvärld")[n % 2],
             identified_on=start, next_review_on=start + timedelta(days=n * 10))
        for n in range(risks))
    RiskReview.objects.bulk_create(
        RiskReview(risk=risk, reviewed_on=start + timedelta(days=days),
                   likelihood=risk.likelihood, impact=risk.impact, status="open")
        for risk in register for days in (0, 100))
    return True
