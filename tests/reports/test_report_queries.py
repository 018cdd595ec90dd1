"""The report pages cost the same number of queries however much the project holds: more
sections written, more companies, indicators, risks and activities in the figures, more
versions and reports in the list."""

from datetime import date
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from indicators.models import EmployeeCount, ProjectIndicator, SupportedCompany
from plans.models import WorkPackage
from reports import rendering, services
from risks.models import Risk
from tests.plans.builders import build_plan, build_register
from tests.reports.helpers import fill, start_running


def _grow(project, start: int, count: int) -> None:
    """A plan and a register of `count`, and `count` more indicators and companies."""
    WorkPackage.objects.filter(project=project).delete()
    Risk.objects.filter(project=project).delete()
    build_plan(project, packages=count // 5 + 1, activities=count // 5 + 1)
    build_register(project, risks=count)
    ProjectIndicator.objects.bulk_create(
        ProjectIndicator(project=project, position=start + n, name=f"Indikator {start + n}",
                         unit="st", target=Decimal(10 + n)) for n in range(count))
    companies = SupportedCompany.objects.bulk_create(
        SupportedCompany(project=project, name=f"Företag {start + n} AB") for n in range(count))
    EmployeeCount.objects.bulk_create(
        EmployeeCount(company=c, measured_on=day, employees=Decimal(3 + k))
        for c in companies for k, day in enumerate((date(2020, 1, 31), date(2021, 1, 31))))


def _queries(client, addresses) -> dict[str, int]:
    counts = {}
    for name, address in addresses.items():
        with CaptureQueriesContext(connection) as captured:
            response = client.get(address)
        assert response.status_code == 200, name
        counts[name] = len(captured.captured_queries)
    return counts


@pytest.mark.django_db
def test_report_pages_cost_the_same_queries_with_more_sections_and_figures(
        client, project, personas):
    running = start_running(project, personas)
    manager = personas["manager"]
    final = services.start_final_report(project=running, actor=manager)
    services.start_status_report(project=running, actor=manager,
                                 period_start=date(2020, 1, 1), period_end=date(2020, 6, 30))
    job = rendering.request_render(manager, running, "final")
    client.force_login(manager)
    slug = running.slug
    addresses = {
        "list": reverse("reports:documents", args=[slug]),
        "report": reverse("reports:report", args=[slug, "slutrapport", final.number]),
        "section": reverse("reports:report_section",
                           args=[slug, "slutrapport", final.number, "indicators"]),
        "preview": reverse("reports:report_preview", args=[slug, "slutrapport", final.number]),
        "printing": reverse("reports:print", args=[slug, job.pk]),
    }
    _grow(running, 0, 2)
    fill(final, manager, "Kort.")
    before = _queries(client, addresses)
    _grow(running, 100, 25)
    fill(final, manager, "Skrivet om, längre: " * 20)
    services.start_status_report(project=running, actor=manager,
                                 period_start=date(2020, 7, 1), period_end=date(2020, 12, 31))
    rendering.request_render(manager, running, "final", language="en")
    assert _queries(client, addresses) == before
