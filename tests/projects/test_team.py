"""The team rules, called on the services directly and through the team page: only the
project manager (or the funding body's administrator) changes the team, a project always
keeps a manager, and every change is in the history."""

import pytest
from django.urls import reverse

from portal.models import AuditEntry
from projects.models import ProjectRole, RoleKind
from projects.services.errors import NotAllowed, ServiceError
from projects.services.team import remove_role, set_role
from tests import factories
from tests.factories import past_submission


def role_of(project, user):
    return ProjectRole.objects.filter(project=project, user=user).values_list(
        "role", flat=True).first()


def test_the_manager_adds_a_person_and_the_history_says_so(project, personas):
    newcomer = factories.person()
    set_role(project=project, actor=personas["manager"], user=newcomer, role=RoleKind.VIEWER)
    assert role_of(project, newcomer) == RoleKind.VIEWER
    entry = AuditEntry.objects.filter(project_id=project.pk, action="team").latest("pk")
    assert (entry.actor, entry.old_value, entry.new_value) == (
        personas["manager"], "", RoleKind.VIEWER)


@pytest.mark.parametrize("persona", ["member", "steering", "financier", "viewer",
                                     "case_officer", "outsider", "other_case_officer"])
def test_no_one_else_changes_the_team(project, personas, persona):
    newcomer = factories.person()
    with pytest.raises(NotAllowed):
        set_role(project=project, actor=personas[persona], user=newcomer,
                 role=RoleKind.MEMBER)
    with pytest.raises(NotAllowed):
        remove_role(project=project, actor=personas[persona], user_id=personas["viewer"].pk)
    assert role_of(project, newcomer) is None
    assert role_of(project, personas["viewer"]) == RoleKind.VIEWER


def test_the_funding_bodys_administrator_manages_the_team(project, personas):
    past_submission(project)  # the funding body has no part in a draft never submitted
    set_role(project=project, actor=personas["administrator"], user=personas["viewer"],
             role=RoleKind.MEMBER)
    remove_role(project=project, actor=personas["administrator"],
                user_id=personas["member"].pk)
    assert role_of(project, personas["viewer"]) == RoleKind.MEMBER
    assert role_of(project, personas["member"]) is None


def test_the_last_manager_can_neither_leave_nor_step_down(project, personas):
    manager = personas["manager"]
    with pytest.raises(ServiceError, match="minst en projektledare"):
        remove_role(project=project, actor=manager, user_id=manager.pk)
    with pytest.raises(ServiceError, match="minst en projektledare"):
        set_role(project=project, actor=manager, user=manager, role=RoleKind.MEMBER)
    assert role_of(project, manager) == RoleKind.MANAGER


def test_with_a_second_manager_the_first_may_step_down(project, personas):
    manager, member = personas["manager"], personas["member"]
    set_role(project=project, actor=manager, user=member, role=RoleKind.MANAGER)
    set_role(project=project, actor=manager, user=manager, role=RoleKind.MEMBER)
    assert role_of(project, manager) == RoleKind.MEMBER
    # No longer the manager: the right went with the role.
    with pytest.raises(NotAllowed):
        remove_role(project=project, actor=manager, user_id=member.pk)


def test_a_role_that_does_not_exist_is_refused(project, personas):
    with pytest.raises(ServiceError):
        set_role(project=project, actor=personas["manager"], user=personas["viewer"],
                 role="owner")
    assert role_of(project, personas["viewer"]) == RoleKind.VIEWER


def test_removing_someone_without_a_role_says_so(project, personas):
    with pytest.raises(ServiceError, match="ingen roll"):
        remove_role(project=project, actor=personas["manager"],
                    user_id=personas["outsider"].pk)


def test_the_team_page_removes_a_member_after_they_joined(client, project, personas):
    newcomer = factories.person()
    set_role(project=project, actor=personas["manager"], user=newcomer, role=RoleKind.STEERING)
    client.force_login(personas["manager"])
    url = reverse("projects:team", args=[project.slug])
    response = client.post(url, {"remove": str(newcomer.pk)})
    assert response.status_code == 302 and role_of(project, newcomer) is None


def test_the_team_page_keeps_the_last_manager_and_says_why(client, project, personas):
    client.force_login(personas["manager"])
    response = client.post(reverse("projects:team", args=[project.slug]),
                           {"remove": str(personas["manager"].pk)}, follow=True)
    assert "minst en projektledare" in response.content.decode()
    assert role_of(project, personas["manager"]) == RoleKind.MANAGER


def test_an_invitation_to_a_malformed_address_is_refused_at_the_field(client, project,
                                                                     personas):
    client.force_login(personas["manager"])
    response = client.post(reverse("projects:team", args=[project.slug]),
                           {"email": "inte-en-adress", "role": "viewer"})
    assert response.status_code in (200, 400)
    assert response.context["form"].errors["email"]
