"""Who may start an application, and in which programme: the service's rules, whatever the
page offers, and the named path that brings in applications written before the portal."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.urls import reverse

from portal.models import AuditEntry
from projects.models import Project, ProjectRole, RoleKind, SectionState
from projects.sections import SECTIONS
from projects.services.applications import create_project, import_project
from projects.services.errors import NotAllowed
from tests import factories


def test_a_new_application_is_a_draft_its_creator_manages(personas, programme):
    project = create_project(actor=personas["outsider"], title="Nytt", slug="nytt",
                             programme=programme)
    assert project.status == "draft"
    assert ProjectRole.objects.get(project=project).role == RoleKind.MANAGER
    assert SectionState.objects.filter(document__project=project).count() == len(SECTIONS)
    assert AuditEntry.objects.filter(project_id=project.pk, action="create").exists()


def test_a_closed_programme_takes_no_new_application(personas):
    closed = factories.programme(open=False, name="ERUF 2007–2013")
    with pytest.raises(NotAllowed, match="ERUF 2007–2013"):
        create_project(actor=personas["outsider"], title="Sent", slug="sent", programme=closed)
    assert not Project.objects.filter(slug="sent").exists()


def test_no_application_without_a_login(programme):
    with pytest.raises(NotAllowed):
        create_project(actor=AnonymousUser(), title="Anonym", slug="anonym",
                       programme=programme)


def test_an_application_from_before_the_portal_is_imported_into_a_closed_programme(personas):
    closed = factories.programme(open=False)
    project = import_project(actor=personas["manager"], title="Region Norrbotten 2017",
                             slug="rn-2017", programme=closed)
    assert project.status == "draft"
    assert ProjectRole.objects.get(project=project).user == personas["manager"]


def test_the_create_page_offers_only_open_programmes(client, personas, programme):
    closed = factories.programme(open=False)
    client.force_login(personas["outsider"])
    response = client.post(reverse("projects:create"), {"title": "Sent", "programme": closed.pk})
    assert response.status_code == 200 and response.context["form"].errors["programme"]
    response = client.post(reverse("projects:create"),
                           {"title": "I tid", "programme": programme.pk})
    assert response.status_code == 302
    assert Project.objects.get(title="I tid").programme == programme
