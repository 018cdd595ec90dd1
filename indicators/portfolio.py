"""What a funding body adds up over its portfolio: expected and actual new jobs (by gender),
enterprises supported and participants, summed by the database from the totals each project
indicator keeps (rewritten in the same transaction as every save), never by looping over
projects in Python.

Per project and measure the largest indicator counts: a project reporting both CO08 and
national new jobs has its jobs counted once.
"""

from decimal import Decimal

from django.db.models import Count, DecimalField, Max, OuterRef, QuerySet, Subquery, Sum, Value
from django.db.models.functions import Coalesce

from indicators.models import PortfolioMeasure, ProjectIndicator
from indicators.readmodels import PortfolioIndicatorTotals
from projects.models import Project

AMOUNT = DecimalField(max_digits=14, decimal_places=2)
ZERO = Value(Decimal(0), output_field=AMOUNT)

# annotation name: (measure, column of ProjectIndicator)
ANNOTATIONS = {
    "expected_jobs": (PortfolioMeasure.JOBS, "target"),
    "expected_jobs_women": (PortfolioMeasure.JOBS, "target_women"),
    "expected_jobs_men": (PortfolioMeasure.JOBS, "target_men"),
    "jobs": (PortfolioMeasure.JOBS, "actual"),
    "jobs_women": (PortfolioMeasure.JOBS, "actual_women"),
    "jobs_men": (PortfolioMeasure.JOBS, "actual_men"),
    "expected_enterprises": (PortfolioMeasure.ENTERPRISES, "target"),
    "enterprises": (PortfolioMeasure.ENTERPRISES, "actual"),
    "participants": (PortfolioMeasure.PARTICIPANTS, "actual"),
    "participants_women": (PortfolioMeasure.PARTICIPANTS, "actual_women"),
}


def _largest(measure: str, column: str) -> Subquery:
    return Subquery(
        ProjectIndicator.objects.filter(project=OuterRef("pk"), portfolio_measure=measure)
        .order_by().values("project").annotate(largest=Max(column)).values("largest")[:1],
        output_field=AMOUNT)


def with_indicator_totals(projects: QuerySet[Project]) -> QuerySet[Project]:
    """Each project annotated with its headline figures (zero where it has none): one query
    for any number of projects."""
    return projects.annotate(**{
        name: Coalesce(_largest(measure, column), ZERO)
        for name, (measure, column) in ANNOTATIONS.items()})


def portfolio_totals(projects: QuerySet[Project]) -> PortfolioIndicatorTotals:
    """The portfolio's sums, in one query."""
    annotated = with_indicator_totals(projects.order_by())
    sums = annotated.aggregate(projects=Count("pk"),
                               **{f"sum_{name}": Sum(name) for name in ANNOTATIONS})
    return PortfolioIndicatorTotals(
        projects=sums["projects"],
        **{name: sums[f"sum_{name}"] or Decimal(0) for name in ANNOTATIONS})


def headline(name: str) -> Coalesce:
    """One of the headline figures above (a key of ANNOTATIONS) as an expression, for a
    caller's own annotate() or aggregate() over projects."""
    measure, column = ANNOTATIONS[name]
    return Coalesce(_largest(measure, column), ZERO)
