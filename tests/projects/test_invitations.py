"""People join a team by e-mail invitation: the team page says the same whether or not an
account has the address, and the link adds whoever accepts it, once."""

import re

import pytest
from django.core import mail
from django.urls import reverse

from portal.models import AuditEntry
from projects.models import Invitation, ProjectRole
from tests.factories import past_submission


def team_url(project):
    return reverse("projects:team", args=[project.slug])


def invite(client, project, email, role="member"):
    return client.post(team_url(project), {"email": email, "role": role}, follow=True)


def link_in(message) -> str:
    return re.search(r"https?://\S+/inbjudan/[\w-]+/", message.body)[0]


def test_the_team_page_does_not_tell_whether_an_address_has_an_account(
        client, project, personas):
    client.force_login(personas["manager"])
    known = invite(client, project, personas["outsider"].email)
    unknown = invite(client, project, "ingen.alls@example.org")

    def said(response):
        text = response.content.decode()
        return re.sub(r"[\w.]+@example\.org", "ADDRESS", text[text.index("<main"):])

    assert known.status_code == unknown.status_code == 200
    # Same page, word for word, apart from the address typed (and the list of invitations).
    assert [m.message.replace(personas["outsider"].email, "ADDRESS") for m in
            known.context["messages"]] == [
        m.message.replace("ingen.alls@example.org", "ADDRESS") for m in
        unknown.context["messages"]]
    assert "outsider" not in said(known).split("Inbjudningar")[0]  # no name shown
    assert not ProjectRole.objects.filter(project=project, user=personas["outsider"]).exists()
    assert [m.to for m in mail.outbox] == [[personas["outsider"].email],
                                           ["ingen.alls@example.org"]]


def test_the_link_adds_the_person_who_accepts_it_once(client, project, personas):
    past_submission(project)  # a viewer sees a project from its first submission on
    client.force_login(personas["manager"])
    invite(client, project, "ny@example.org", role="viewer")
    link = link_in(mail.outbox[0])
    assert project.title in mail.outbox[0].subject

    client.force_login(personas["outsider"])
    page = client.get(link)
    assert page.status_code == 200 and project.title in page.content.decode()
    accepted = client.post(link)
    assert accepted.status_code == 302
    assert ProjectRole.objects.get(project=project, user=personas["outsider"]).role == "viewer"
    assert client.get(reverse("projects:overview", args=[project.slug])).status_code == 200
    assert AuditEntry.objects.filter(project_id=project.pk, action="team:accept",
                                     actor=personas["outsider"]).exists()

    # Used once: the same link does nothing more, for anyone.
    client.force_login(personas["other_case_officer"])
    assert client.get(link).status_code == 404
    assert client.post(link).status_code == 404
    assert not ProjectRole.objects.filter(user=personas["other_case_officer"]).exists()


def test_only_a_hash_of_the_link_is_stored_and_a_withdrawn_one_stops_working(
        client, project, personas):
    client.force_login(personas["manager"])
    invite(client, project, "ny@example.org")
    link = link_in(mail.outbox[0])
    invitation = Invitation.objects.get()
    assert link.rstrip("/").rsplit("/", 1)[1] not in invitation.token_hash
    client.post(team_url(project), {"withdraw": str(invitation.pk)})
    client.force_login(personas["outsider"])
    assert client.post(link).status_code == 404
    assert not ProjectRole.objects.filter(user=personas["outsider"]).exists()


def test_an_anonymous_visitor_is_asked_to_log_in_first(client, project, personas):
    client.force_login(personas["manager"])
    invite(client, project, "ny@example.org")
    link = link_in(mail.outbox[0])
    client.logout()
    response = client.get(link)
    assert response.status_code == 302 and "/konto/logga-in/" in response["Location"]


@pytest.mark.parametrize("persona", ["member", "viewer", "case_officer"])
def test_only_the_manager_and_administrator_invite(client, project, personas, persona):
    past_submission(project)  # on a draft the others do not even see the team page
    client.force_login(personas[persona])
    response = client.post(team_url(project), {"email": "ny@example.org", "role": "viewer"})
    assert response.status_code == 403
    assert not Invitation.objects.exists() and not mail.outbox


def test_a_role_is_changed_on_its_row_and_bad_ids_get_a_message(client, project, personas):
    client.force_login(personas["manager"])
    viewer = personas["viewer"]
    client.post(team_url(project), {"member": str(viewer.pk), "role": "member"})
    assert ProjectRole.objects.get(project=project, user=viewer).role == "member"
    for bad in ["abc", "-1", "٣", "9" * 30, str(personas["outsider"].pk)]:
        for name in ("member", "remove", "withdraw"):
            response = client.post(team_url(project), {name: bad, "role": "viewer"},
                                   follow=True)
            assert response.status_code == 200
            assert list(response.context["messages"]), (name, bad)
    assert not ProjectRole.objects.filter(user=personas["outsider"]).exists()
    client.post(team_url(project), {"email": "inte en adress", "role": "viewer"})
    assert not Invitation.objects.exists()
