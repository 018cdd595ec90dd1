"""A submitted plan and register are kept exactly as submitted: the version page draws them
from the frozen part, later changes leave the version alone, and the comparison shows the
difference word by word."""

import pytest
from django.urls import reverse

from plans.services.structure import WorkPackageInput, save_work_package
from projects.services import workflow
from risks.services.risks import RiskInput, add_risk
from tests.plans.conftest import D, activity
from tests.projects.helpers import complete_application

pytestmark = pytest.mark.usefixtures("in_english")


@pytest.fixture
def submitted(package, dated, personas):
    made = package("Nätverk", [activity("Frukostmöten för företagare", D(2019, 1, 1),
                                        D(2019, 6, 1), responsible="Vindelns kommun",
                                        description="Sex träffar i Vindeln.")])
    add_risk(project=dated, actor=personas["manager"],
             data=RiskInput("Det är en risk att kommunerna drar sig ur", likelihood=2,
                            impact=4, consequence="Allvarlig negativ konsekvens."))
    complete_application(dated, only_empty=True)
    workflow.submit_application(project=dated, actor=personas["manager"])
    return made


def test_the_version_page_draws_the_frozen_gantt_chart_and_heat_map(client, login, manager,
                                                                   dated, submitted):
    client = login(manager)
    address = reverse("projects:version", args=[dated.slug, 1])
    html = client.get(address, {"del": "plan"}).content.decode()
    assert html.count('class="gantt"') == 1 and "Frukostmöten för företagare" in html
    risks = client.get(address, {"del": "risks"}).content.decode()
    assert 'class="heat-map"' in risks and "R1" in risks
    assert "Allvarlig negativ konsekvens." in risks
    assert 'class="gantt"' not in risks  # one part per page


def test_the_version_page_shows_one_part_at_a_time_and_names_every_part(login, manager,
                                                                       dated, submitted):
    client = login(manager)
    address = reverse("projects:version", args=[dated.slug, 1])
    first = client.get(address).content.decode()
    assert 'class="gantt"' not in first and 'class="heat-map"' not in first
    assert f'href="{address}?del=plan"' in first and f'href="{address}?del=risks"' in first
    assert f'href="{address}?del=finance"' in first
    assert f'href="{address}" aria-current="page"' in first
    unknown = client.get(address, {"del": "nothing"})
    assert unknown.status_code == 200 and 'class="gantt"' not in unknown.content.decode()


def test_a_returned_application_changed_afterwards_leaves_the_version_as_it_was(
        login, manager, personas, dated, submitted):
    workflow.return_application(project=dated, actor=personas["case_officer"],
                                comment="Komplettera planen.")
    save_work_package(project=dated, actor=manager, work_package_id=submitted.pk,
                      expected_revision=1, data=WorkPackageInput("Nätverk", activities=[
                          activity("Frukostmöten för företagare", D(2019, 1, 1),
                                   D(2019, 9, 1), responsible="Vindelns kommun",
                                   description="Åtta träffar i Vindeln.",
                                   id=submitted.activities.get().pk)]))
    client = login(manager)
    version = client.get(reverse("projects:version", args=[dated.slug, 1]),
                         {"del": "plan"}).content.decode()
    assert "Sex träffar" in version and "Åtta träffar" not in version
    assert "2019-01 – 2019-06" in version
    compared = client.get(reverse("projects:compare", args=[dated.slug]),
                          {"fran": "1", "till": "nu"}).content.decode()
    assert "<del>Sex</del> <ins>Åtta</ins> träffar i Vindeln." in compared
    assert "<del>2019-06</del>" in compared and "<ins>2019-09</ins>" in compared


def test_the_submission_page_previews_the_plan_and_register_as_of_today(login, manager,
                                                                        package):
    """The preview has no version to take its date from; it used to fail with a 500."""
    from tests.plans.builders import build_register

    made = package()
    build_register(made.project, risks=3)
    client = login(manager)
    address = reverse("projects:submit", args=[made.project.slug])
    plan, risks = client.get(address, {"del": "plan"}), client.get(address, {"del": "risks"})
    assert plan.status_code == risks.status_code == 200
    assert 'class="gantt"' in plan.content.decode()  # each part behind its own tab
    assert 'class="heat-map"' in risks.content.decode()
    assert 'class="gantt"' not in client.get(address).content.decode()
