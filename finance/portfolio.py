"""What the portfolio and the dashboards read of finance, for many projects at once: which
projects an organisation co-finances, and who co-finances a set of projects, from the current
financing plans, each in one query."""

from django.db.models import QuerySet

from finance.models import FinancingSource
from portal.models import Organisation


def projects_financed_by(organisation_id: int) -> QuerySet:
    """The ids of the projects whose current financing plan names the organisation, as a
    subquery for `pk__in=`."""
    return (FinancingSource.objects
            .filter(financier_id=organisation_id, version__superseded_at__isnull=True)
            .values("version__budget__project_id"))


def financiers_of(projects: QuerySet) -> QuerySet[Organisation]:
    """The organisations named in the current financing plans of the given projects."""
    return Organisation.objects.filter(
        financing_sources__version__superseded_at__isnull=True,
        financing_sources__version__budget__project__in=projects.values("pk"),
    ).distinct().order_by("name")


def current_financiers(projects: QuerySet) -> QuerySet:
    """(project id, financier id) once each, for the given projects' current financing plans:
    one query, for the portfolio's stored financiers."""
    return (FinancingSource.objects
            .filter(version__superseded_at__isnull=True, financier__isnull=False,
                    version__budget__project__in=projects.values("pk"))
            .order_by().values_list("version__budget__project_id", "financier_id").distinct())
