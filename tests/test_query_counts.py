"""Pages must cost the same number of queries whatever the number of projects or rows."""

import pytest
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from portal.models import Country, Organisation, OrganisationKind
from projects.models import (
    ApplicationForm,
    BenefitArea,
    GroupMember,
    MemberKind,
    Participation,
    ParticipationRole,
    Programme,
    Project,
    ProjectRole,
    ProjectStatus,
    RoleKind,
    StaffMember,
    SubGoal,
)


def make_projects(programme, user, count, start, role=RoleKind.VIEWER):
    """Projects of the programme, each submitted once (so readers and the funding body see
    it); `user` gets `role` in each (a case officer needs none)."""
    numbers = range(start, start + count)
    projects = Project.objects.bulk_create(
        Project(title=f"Projekt {n:04}", slug=f"projekt-{n}", programme=programme,
                summary="Samverkan " * 50, status=ProjectStatus.SUBMITTED)
        for n in numbers
    )
    if role:
        ProjectRole.objects.bulk_create(
            ProjectRole(project=p, user=user, role=role) for p in projects
        )
    owners = Organisation.objects.bulk_create(
        Organisation(name=f"Kommun {n}", kind=OrganisationKind.MUNICIPALITY,
                     country=Country.SWEDEN) for n in numbers
    )
    Participation.objects.bulk_create(
        Participation(project=p, organisation=o, role=ParticipationRole.OWNER)
        for p, o in zip(projects, owners, strict=True)
    )


def queries_of(client, url) -> tuple[int, object]:
    """What the page costs when it builds what it shows: the rows here are written in bulk,
    past the audited services whose changes would make a kept page be built again."""
    caches["pages"].clear()
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured.captured_queries), response


def test_the_project_list_costs_the_same_for_5_and_500_projects(client, personas, programme):
    viewer = personas["viewer"]
    client.force_login(viewer)
    make_projects(programme, viewer, 5, start=0)
    small, _ = queries_of(client, reverse("projects:list"))
    make_projects(programme, viewer, 495, start=5)
    large, response = queries_of(client, reverse("projects:list"))
    assert response.context["page"].paginator.count == 500
    assert large == small
    assert large <= 12
    assert "Kommun 0" in response.content.decode()  # the owner column is filled


def make_organisations(count, start=0):
    Organisation.objects.bulk_create(
        Organisation(name=f"Organisation {n}", kind=OrganisationKind.MUNICIPALITY if n % 5 == 0
                     else OrganisationKind.COMPANY, country=Country.SWEDEN)
        for n in range(start, start + count))


PERSONAS = [("manager", RoleKind.MANAGER), ("case_officer", None)]
LISTS = ["projects:list", "projects_api:list"]


@pytest.mark.parametrize("persona,role", PERSONAS, ids=[p for p, _ in PERSONAS])
@pytest.mark.parametrize("name", LISTS)
def test_lists_cost_the_same_for_5_and_500_projects_and_300_or_3000_organisations(
        client, personas, programme, persona, role, name):
    user = personas[persona]
    client.force_login(user)
    make_organisations(300)
    make_projects(programme, user, 5, start=0, role=role)
    client.get(reverse(name))  # the first visit ever gives the list's stamps their tokens
    small, _ = queries_of(client, reverse(name))
    make_projects(programme, user, 495, start=5, role=role)
    make_organisations(2700, start=300)
    large, response = queries_of(client, reverse(name))
    assert large == small
    assert large <= 8
    searched, _ = queries_of(client, reverse(name) + "?q=samverkan&status=submitted&year=2024")
    assert searched == small


def test_a_case_officer_with_a_role_outside_their_funding_body_sees_that_project_too(
        client, personas, programme, other_funding_body):
    officer = personas["case_officer"]
    elsewhere = Programme.objects.create(name="Annat program", slug="annat",
                                         funding_body=other_funding_body,
                                         country=Country.NORWAY,
                                         application_form=ApplicationForm.PLP)
    make_projects(programme, officer, 3, start=0, role=None)
    make_projects(elsewhere, officer, 1, start=3, role=RoleKind.STEERING)
    make_projects(elsewhere, officer, 2, start=4, role=None)
    client.force_login(officer)
    response = client.get(reverse("projects:list"))
    assert response.context["page"].paginator.count == 4
    assert "Projekt 0003" in response.content.decode()
    assert "Projekt 0004" not in response.content.decode()


def add_rows(project, count):
    SubGoal.objects.bulk_create(SubGoal(project=project, title=f"Delmål {n}", position=n)
                                for n in range(count))
    BenefitArea.objects.bulk_create(BenefitArea(project=project, title=f"Gevinst {n}")
                                    for n in range(count))
    GroupMember.objects.bulk_create(
        GroupMember(project=project, group="steering", name=f"Ledamot {n}",
                    kind=MemberKind.POLITICIAN) for n in range(count)
    )
    StaffMember.objects.bulk_create(
        StaffMember(project=project, name=f"Person {n}", title="Handläggare", fte="0.5")
        for n in range(count)
    )


def add_participants(project, count, start):
    organisations = Organisation.objects.bulk_create(
        Organisation(name=f"Deltagare {n}", kind=OrganisationKind.COMPANY,
                     country=Country.SWEDEN) for n in range(start, start + count))
    Participation.objects.bulk_create(
        Participation(project=project, organisation=o, role=ParticipationRole.PARTNER)
        for o in organisations)


PROJECT_PAGES = [
    ("projects:overview", {}), ("projects:section", {"key": "organisation"}),
    ("projects:section", {"key": "goals"}), ("projects:versions", {}),
    ("projects:version", {"number": 1}), ("projects:compare", {}),
    ("projects:history", {}), ("projects:team", {}), ("projects_api:detail", {}),
]


@pytest.mark.parametrize("persona", ["manager", "case_officer"])
@pytest.mark.parametrize("name,kwargs", PROJECT_PAGES,
                         ids=[f"{n}-{k.get('key', '')}" for n, k in PROJECT_PAGES])
def test_project_pages_cost_the_same_for_few_and_many_rows_and_organisations(
        client, project, personas, persona, name, kwargs):
    from projects.services.workflow import submit_application
    from tests.projects.helpers import complete_application

    complete_application(project)
    submit_application(project=project, actor=personas["manager"])
    client.force_login(personas[persona])
    url = reverse(name, kwargs={"slug": project.slug, **kwargs})
    add_rows(project, 2)
    add_participants(project, 2, start=0)
    make_organisations(300)
    few, _ = queries_of(client, url)
    add_rows(project, 40)
    add_participants(project, 40, start=2)
    make_organisations(2700, start=300)
    many, _ = queries_of(client, url)
    assert many == few
    assert many <= 45  # the comparison snapshots every app's part too (plans, risks: 7)


def test_every_project_is_on_exactly_one_page_in_title_order(client, personas, programme):
    officer = personas["case_officer"]
    make_projects(programme, officer, 120, start=0, role=None)
    client.force_login(officer)
    seen = []
    for number in (1, 2, 3):
        page = client.get(reverse("projects:list"), {"sida": number}).context["page"]
        seen += [card.title for card in page.object_list]
        assert all(card.owner for card in page.object_list)
    expected = sorted(Project.objects.values_list("title", flat=True))
    assert seen == expected and len(seen) == 120
