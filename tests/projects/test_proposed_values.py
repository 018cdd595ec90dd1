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
