"""API keys: made and revoked by their owner, stored only as a digest, acting with exactly
the owner's rights, read-only unless asked otherwise, and limited per key."""

from datetime import timedelta

import pytest
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone

from portal import api_tokens
from portal.models import ApiToken, AuditEntry
from tests.factories import past_submission

LIST = "/api/v1/projekt/"


def bearer(plaintext):
    return {"HTTP_AUTHORIZATION": f"Bearer {plaintext}"}


@pytest.fixture
def key(personas):
    _token, plaintext = api_tokens.create_token(user=personas["financier"], name="Ekonomisystem",
                                                can_write=False)
    return plaintext


def test_the_account_page_shows_a_new_key_once_and_keeps_only_its_digest(client, personas):
    client.force_login(personas["manager"])
    response = client.post(reverse("api_keys"), {"create": "1", "name": "Kalkylblad",
                                                 "can_write": "on"})
    plaintext = response.context["created"]
    assert plaintext.startswith("rp_") and plaintext in response.content.decode()
    token = ApiToken.objects.get(user=personas["manager"])
    assert token.can_write and token.name == "Kalkylblad"
    assert plaintext not in (token.digest, token.prefix) and len(token.digest) == 64
    again = client.get(reverse("api_keys")).content.decode()
    assert plaintext not in again and token.prefix in again
    assert AuditEntry.objects.filter(action="api_token:create", actor=personas["manager"])


def test_a_key_sees_exactly_what_its_owner_sees(client, project, personas, key, programme):
    from projects.services.applications import create_project

    past_submission(project)  # a financier sees a project from its first submission on
    create_project(actor=personas["outsider"], title="Annat", slug="annat", programme=programme)
    listed = client.get(LIST, **bearer(key)).json()
    assert [row["slug"] for row in listed["results"]] == ["nis"]
    detail = client.get(f"{LIST}nis/", **bearer(key))
    assert detail.status_code == 200 and detail.json()["your_role"] == "financier"
    assert client.get(f"{LIST}annat/", **bearer(key)).status_code == 404


def test_a_read_only_key_cannot_change_anything(client, project, key):
    response = client.post(f"{LIST}nis/", {}, **bearer(key))
    assert response.status_code == 403
    assert "only read" in response.json()["detail"] or "läsa" in response.json()["detail"]


@pytest.mark.parametrize("state", ["revoked", "expired", "unknown", "malformed"])
def test_a_key_that_is_not_valid_gets_401(client, project, personas, key, state):
    token = ApiToken.objects.get()
    if state == "revoked":
        api_tokens.revoke_token(user=personas["financier"], token_id=token.pk)
    elif state == "expired":
        ApiToken.objects.filter(pk=token.pk).update(expires_at=timezone.now() - timedelta(1))
    elif state == "unknown":
        key = "rp_" + "x" * 54
    else:
        key = "två delar"
    response = client.get(LIST, **bearer(key))
    assert response.status_code == 401
    assert response["WWW-Authenticate"].startswith("Bearer")


def test_only_the_owner_revokes_a_key(client, personas, key):
    token = ApiToken.objects.get()
    client.force_login(personas["manager"])
    client.post(reverse("api_keys"), {"revoke": str(token.pk)})
    token.refresh_from_db()
    assert token.revoked_at is None
    client.force_login(personas["financier"])
    client.post(reverse("api_keys"), {"revoke": str(token.pk)})
    token.refresh_from_db()
    assert token.revoked_at is not None


def test_each_key_has_its_own_rate(client, project, key):
    from rest_framework.throttling import SimpleRateThrottle

    cache.clear()
    configured = SimpleRateThrottle.THROTTLE_RATES  # read once, when DRF is imported
    SimpleRateThrottle.THROTTLE_RATES = {"api_key": "2/minute"}
    try:
        codes = [client.get(LIST, **bearer(key)).status_code for _ in range(3)]
    finally:
        SimpleRateThrottle.THROTTLE_RATES = configured
        cache.clear()
    assert codes == [200, 200, 429]


def test_the_schema_is_served_and_names_the_key_scheme(client, db):
    schema = client.get(reverse("api_schema"), HTTP_ACCEPT="application/json").json()
    assert schema["components"]["securitySchemes"]["apiKey"]["scheme"] == "bearer"
    assert "/api/v1/projekt/" in schema["paths"]
