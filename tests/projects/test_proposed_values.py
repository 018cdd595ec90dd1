"""A pending change request's new project period shows as proposed, not as the period in
force, until the funding body approves it."""

from datetime import date
from decimal import Decimal

from django.db import connection
from django.test.utils import CaptureQueriesContext

from projects.models import DocumentVersion, Project
from projects.services import workflow
from tests.projects.helpers import complete_application


def _half_a_year_more_asked(project, personas) -> None:
    """An approved project with a change request open that moves its end half a year."""
    complete_application(project)
    workflow.submit_application(project=project, actor=personas["manager"])
    workflow.approve_application(project=project, actor=personas["case_officer"],
                                 granted_amount=Decimal(1))
    workflow.open_change_request(project=project, actor=personas["manager"],
                                 reason="Ett halvår till")
    Project.objects.filter(pk=project.pk).update(end_date=date(2023, 6, 30))


def _approved(project, personas) -> None:
    workflow.submit_change_request(project=project, actor=personas["manager"])
    workflow.decide_change_request(project=project, actor=personas["case_officer"],
                                   approve=True)


def test_a_pending_change_shows_its_period_as_proposed(project, personas, login):
    _half_a_year_more_asked(project, personas)
    header = login(personas["viewer"]).get(project.get_absolute_url()).content.decode()
    header = header.split('class="project-header"')[1].split("</dl>")[0]
    agreed, proposed = header.split("Föreslaget i ändringsansökan")
    assert "2019-01-01 – 2022-12-31" in agreed
    assert "2023-06-30" in proposed and "2023-06-30" not in agreed

    _approved(project, personas)
    header = login(personas["viewer"]).get(project.get_absolute_url()).content.decode()
    assert "Föreslaget i ändringsansökan" not in header
    assert "2019-01-01 – 2023-06-30" in header


def test_the_kept_dashboard_shows_the_period_in_force_and_follows_the_decision(
        project, personas, login):
    from django.urls import reverse

    _half_a_year_more_asked(project, personas)
    client = login(personas["case_officer"])
    url = reverse("portfolio:dashboard", args=[project.slug])
    versions_read = []
    for _visit in range(2):  # computed, then kept
        with CaptureQueriesContext(connection) as captured:
            header = client.get(url).content.decode().split('class="project-header"')[1]
        versions_read.append(any(DocumentVersion._meta.db_table in query["sql"]
                                 for query in captured.captured_queries))
        agreed, proposed = header.split("</dl>")[0].split("Föreslaget i ändringsansökan")
        assert "2019-01-01 – 2022-12-31" in agreed and "2023-06-30" in proposed
    assert versions_read == [True, False]  # the second visit is the kept copy

    _approved(project, personas)
    header = client.get(url).content.decode()
    assert "Föreslaget i ändringsansökan" not in header
    assert "2019-01-01 – 2023-06-30" in header


def test_every_tab_reads_the_period_in_force_once_per_pending_change(project, personas, login):
    """The version in force changes only when the funding body approves, which moves the
    lifecycle facts the header reads it by: a second change request shows the period the
    first one brought into force."""
    from django.urls import reverse

    _half_a_year_more_asked(project, personas)
    client = login(personas["manager"])
    team = reverse("projects:team", args=[project.slug])
    versions_read = []
    for _visit in range(2):
        with CaptureQueriesContext(connection) as captured:
            header = client.get(team).content.decode().split('class="project-header"')[1]
        versions_read.append(any(DocumentVersion._meta.db_table in query["sql"]
                                 for query in captured.captured_queries))
        assert "2019-01-01 – 2022-12-31" in header.split("Föreslaget i ändringsansökan")[0]
    assert versions_read == [True, False]

    _approved(project, personas)
    workflow.open_change_request(project=project, actor=personas["manager"],
                                 reason="Ett år till")
    Project.objects.filter(pk=project.pk).update(end_date=date(2024, 6, 30))
    header = client.get(team).content.decode().split('class="project-header"')[1]
    agreed, proposed = header.split("</dl>")[0].split("Föreslaget i ändringsansökan")
    assert "2019-01-01 – 2023-06-30" in agreed and "2024-06-30" in proposed
