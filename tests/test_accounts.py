"""Logging in, throttling, and getting back in with a reset mail."""

from django.contrib.auth import base_user
from django.core import mail
from django.urls import reverse

from tests.conftest import PASSWORD
from tests.factories import past_submission


def test_a_person_logs_in_and_lands_on_their_projects(client, personas, project):
    past_submission(project)  # a viewer sees a project from its first submission on
    response = client.post(reverse("login"), {"username": "viewer", "password": PASSWORD},
                           follow=True)
    assert response.redirect_chain[-1][0] == reverse("projects:list")
    assert "Näringsliv i samverkan" in response.content.decode()


def test_repeated_failed_logins_are_throttled(client, personas, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        client.post(reverse("login"), {"username": "viewer", "password": "wrong"})
    response = client.post(reverse("login"), {"username": "viewer", "password": PASSWORD})
    assert response.status_code == 429
    assert "För många misslyckade inloggningar" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_a_wrong_password_is_checked_once(client, personas, monkeypatch):
    """Hashing a password is slow on purpose; a refused login pays for it once."""
    checked = []
    real = base_user.check_password
    monkeypatch.setattr(base_user, "check_password",
                        lambda *args, **kwargs: checked.append(1) or real(*args, **kwargs))
    response = client.post(reverse("login"), {"username": "viewer", "password": "wrong"})
    assert response.status_code == 200 and "_auth_user_id" not in client.session
    assert len(checked) == 1
    response = client.post(reverse("login"), {"username": "viewer", "password": PASSWORD})
    assert response.status_code == 302 and "_auth_user_id" in client.session


def test_a_password_reset_mail_leads_to_a_new_password(client, personas):
    client.post(reverse("password_reset"), {"email": "viewer@example.org"})
    assert len(mail.outbox) == 1
    link = next(line for line in mail.outbox[0].body.splitlines() if "/aterstall/" in line)
    path = link[link.index("/konto/"):].strip()
    page = client.get(path, follow=True)
    new_password = "ett-nytt-langt-losenord-2026"
    response = client.post(page.redirect_chain[-1][0], {
        "new_password1": new_password, "new_password2": new_password,
    })
    assert response.status_code == 302
    response = client.post(reverse("login"), {"username": "viewer", "password": new_password})
    assert response.status_code == 302 and "_auth_user_id" in client.session


def test_changes_made_in_the_admin_are_audited(client, personas):
    from portal.models import AuditEntry, Organisation

    admin = personas["administrator"]
    admin.is_superuser = True
    admin.save()
    client.force_login(admin)
    organisation = Organisation.objects.get(name="Tillväxtverket")
    url = reverse("admin:portal_organisation_change", args=[organisation.pk])
    response = client.post(url, {"name": "Tillväxtverket", "kind": "funding_body",
                                 "country": "SE", "organisation_number": "202100-5026",
                                 "municipality_code": "", "population": ""})
    assert response.status_code == 302
    entry = AuditEntry.objects.get(object_type="portal.organisation", field="organisation_number")
    assert (entry.actor, entry.old_value, entry.new_value) == (admin, "", "202100-5026")


def test_the_health_check_answers_without_a_login_or_the_database(client, db,
                                                                   django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get("/healthz")
    assert response.status_code == 200
    assert response.content == b"ok"
    assert client.post("/healthz").status_code == 405
