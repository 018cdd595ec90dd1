"""Pages must cost the same number of queries whatever the number of projects or rows."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from portal.models import Country, Organisation, OrganisationKind
from projects.models import (
    BenefitArea,
    GroupMember,
    MemberKind,
    Participation,
    ParticipationRole,
    Project,
    ProjectRole,
    RoleKind,
    StaffMember,
    SubGoal,
)


def make_projects(programme, user, count, start):
    numbers = range(start, start + count)
    projects = Project.objects.bulk_create(
        Project(title=f"Projekt {n:04}", slug=f"projekt-{n}", programme=programme)
        for n in numbers
    )
    ProjectRole.objects.bulk_create(
        ProjectRole(project=p, user=user, role=RoleKind.VIEWER) for p in projects
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


def test_the_overview_costs_the_same_for_few_and_many_rows(client, project, personas):
    client.force_login(personas["manager"])
    add_rows(project, 2)
    few, _ = queries_of(client, project.get_absolute_url())
    add_rows(project, 60)
    many, _ = queries_of(client, project.get_absolute_url())
    assert many == few
    assert many <= 25


def test_a_section_page_costs_the_same_for_few_and_many_rows(client, project, personas):
    client.force_login(personas["manager"])
    url = reverse("projects:section", args=[project.slug, "organisation"])
    add_rows(project, 2)
    few, _ = queries_of(client, url)
    add_rows(project, 40)
    many, _ = queries_of(client, url)
    assert many == few
