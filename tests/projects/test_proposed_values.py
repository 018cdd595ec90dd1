"""A pending change request's new project period shows as proposed, not as the period in
force, until the funding body approves it."""

from datetime import date
from decimal import Decimal

from projects.models import Project
from projects.services import workflow
from tests.projects.helpers import complete_application


def test_a_pending_change_shows_its_period_as_proposed(project, personas, login):
    complete_application(project)
    workflow.submit_application(project=project, actor=personas["manager"])
    workflow.approve_application(project=project, actor=personas["case_officer"],
                                 granted_amount=Decimal(1))
    workflow.open_change_request(project=project, actor=personas["manager"],
                                 reason="Ett halvår till")
    Project.objects.filter(pk=project.pk).update(end_date=date(2023, 6, 30))
    header = login(personas["viewer"]).get(project.get_absolute_url()).content.decode()
    header = header.split('class="project-header"')[1].split("</dl>")[0]
    agreed, proposed = header.split("Föreslaget i ändringsansökan")
    assert "2019-01-01 – 2022-12-31" in agreed
    assert "2023-06-30" in proposed and "2023-06-30" not in agreed

    workflow.submit_change_request(project=project, actor=personas["manager"])
    workflow.decide_change_request(project=project, actor=personas["case_officer"],
                                   approve=True)
    header = login(personas["viewer"]).get(project.get_absolute_url()).content.decode()
    assert "Föreslaget i ändringsansökan" not in header
    assert "2019-01-01 – 2023-06-30" in header


def test_the_kept_dashboard_shows_the_period_in_force_and_follows_the_decision(
        project, personas, login):
    from django.urls import reverse

    complete_application(project)
    workflow.submit_application(project=project, actor=personas["manager"])
    workflow.approve_application(project=project, actor=personas["case_officer"],
                                 granted_amount=Decimal(1))
    workflow.open_change_request(project=project, actor=personas["manager"],
                                 reason="Ett halvår till")
    Project.objects.filter(pk=project.pk).update(end_date=date(2023, 6, 30))
    client = login(personas["case_officer"])
    url = reverse("portfolio:dashboard", args=[project.slug])
    for _visit in range(2):  # computed, then kept
        header = client.get(url).content.decode().split('class="project-header"')[1]
        agreed, proposed = header.split("</dl>")[0].split("Föreslaget i ändringsansökan")
        assert "2019-01-01 – 2022-12-31" in agreed and "2023-06-30" in proposed

    workflow.submit_change_request(project=project, actor=personas["manager"])
    workflow.decide_change_request(project=project, actor=personas["case_officer"],
                                   approve=True)
    header = client.get(url).content.decode()
    assert "Föreslaget i ändringsansökan" not in header
    assert "2019-01-01 – 2023-06-30" in header
