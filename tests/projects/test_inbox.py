"""A case officer's inbox, oldest first with how long each thing waited, and the e-mails
that tell people a step concerns them, which each person can turn off."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone

from projects.models import NotificationSetting, StatusChange
from projects.services import workflow
from projects.services.applications import create_project
from tests.conftest import make_user
from tests.projects.helpers import complete_application

pytestmark = pytest.mark.django_db(transaction=False)


def submitted(personas, programme, slug, days_ago):
    project = create_project(actor=personas["manager"], title=f"Projekt {slug}", slug=slug,
                             programme=programme)
    complete_application(project)
    workflow.submit_application(project=project, actor=personas["manager"])
    StatusChange.objects.filter(project=project).update(
        at=timezone.now() - timedelta(days=days_ago))
    return project


def test_the_inbox_lists_what_waits_oldest_first_with_days_waited(client, personas, programme,
                                                                   project):
    submitted(personas, programme, "ny", 2)
    submitted(personas, programme, "gammal", 30)
    client.force_login(personas["case_officer"])
    items = client.get(reverse("projects:inbox")).context["items"]
    assert [(item.project_title, item.days) for item in items] == [
        ("Projekt gammal", 30), ("Projekt ny", 2)]  # the draft "nis" waits for no one


def test_the_inbox_shows_a_submitted_change_request(client, personas, programme):
    project = submitted(personas, programme, "andras", 10)
    workflow.approve_application(project=project, actor=personas["case_officer"],
                                 granted_amount=Decimal(1))
    workflow.open_change_request(project=project, actor=personas["manager"], reason="Ny tid")
    workflow.submit_change_request(project=project, actor=personas["manager"])
    client.force_login(personas["case_officer"])
    page = client.get(reverse("projects:inbox"))
    [item] = page.context["items"]
    assert item.kind == "Ändringsansökan"
    assert item.url == reverse("projects:compare", args=["andras"])


def test_no_one_finds_in_their_inbox_a_project_they_have_a_role_in(client, personas,
                                                                   programme):
    project = submitted(personas, programme, "egen", 3)
    project.roles.create(user=personas["case_officer"], role="steering")
    client.force_login(personas["case_officer"])
    assert client.get(reverse("projects:inbox")).context["items"] == []


@pytest.mark.parametrize("persona", ["manager", "administrator", "viewer", "outsider"])
def test_only_case_officers_have_an_inbox(client, personas, persona):
    client.force_login(personas[persona])
    assert client.get(reverse("projects:inbox")).status_code == 403


def test_the_inbox_reads_in_a_fixed_number_of_queries(client, personas, programme,
                                                       django_assert_max_num_queries):
    for number in range(12):
        submitted(personas, programme, f"p{number}", number)
    client.force_login(personas["case_officer"])
    with django_assert_max_num_queries(12):
        assert len(client.get(reverse("projects:inbox")).context["items"]) == 12


@pytest.mark.django_db(transaction=True)
def test_submitting_e_mails_the_funding_bodys_case_officers(personas, project, mailoutbox):
    complete_application(project)
    workflow.submit_application(project=project, actor=personas["manager"])
    assert [message.to for message in mailoutbox] == [["case_officer@example.org"]]
    assert "Näringsliv i samverkan" in mailoutbox[0].subject
    assert reverse("projects:overview", args=["nis"]) in mailoutbox[0].body


@pytest.mark.django_db(transaction=True)
def test_the_mail_links_to_the_project_at_the_portals_address(personas, project, mailoutbox,
                                                              settings):
    settings.PORTAL_URL = "https://projekt.region.se"
    complete_application(project)
    workflow.submit_application(project=project, actor=personas["manager"])
    body = mailoutbox[0].body
    assert "https://projekt.region.se" + reverse("projects:overview", args=["nis"]) in body
    assert "https://projekt.region.se" + reverse("projects:notifications") in body


def test_a_draft_never_submitted_is_in_no_inbox(client, personas, project):
    client.force_login(personas["case_officer"])
    assert project.title not in client.get(reverse("projects:inbox")).content.decode()


@pytest.mark.django_db(transaction=True)
def test_a_return_e_mails_the_team_with_the_comment(personas, project, mailoutbox):
    complete_application(project)
    workflow.submit_application(project=project, actor=personas["manager"])
    mailoutbox.clear()
    workflow.return_application(project=project, actor=personas["case_officer"],
                                comment="Komplettera budgeten.")
    assert sorted(m.to[0] for m in mailoutbox) == ["manager@example.org", "member@example.org"]
    assert "Komplettera budgeten." in mailoutbox[0].body


@pytest.mark.django_db(transaction=True)
def test_a_person_who_turned_e_mails_off_gets_none(client, personas, project, mailoutbox):
    client.force_login(personas["case_officer"])
    client.post(reverse("projects:notifications"), {})  # the box left unticked
    assert NotificationSetting.objects.get(user=personas["case_officer"]).email is False
    make_user("second_officer", funding_body=personas["case_officer"].funding_body,
              staff_role="case_officer")
    complete_application(project)
    workflow.submit_application(project=project, actor=personas["manager"])
    assert [message.to for message in mailoutbox] == [["second_officer@example.org"]]
