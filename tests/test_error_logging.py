"""A server error with DEBUG off leaves a trace: a log line on the console with the request
id, a mail to ADMINS when configured, and the same id on the page the person sees."""

import io
import logging

import pytest
from django.core import mail
from django.test import Client


@pytest.fixture
def console():
    handler = next(h for h in logging.getLogger("django.request").handlers
                   if isinstance(h, logging.StreamHandler))
    captured = io.StringIO()
    previous = handler.setStream(captured)
    yield captured
    handler.setStream(previous)


@pytest.mark.urls("tests.error_urls")
def test_a_server_error_is_logged_with_its_request_id_and_mailed_to_admins(
        settings, console, db):
    settings.ADMINS = [("Drift", "drift@example.se")]
    response = Client(raise_request_exception=False).get("/fel/")
    assert response.status_code == 500
    request_id = response["X-Request-ID"]
    assert request_id in response.content.decode()  # the reference to quote
    logged = console.getvalue()
    assert f"ERROR [{request_id}] django.request: Internal Server Error: /fel/" in logged
    assert "RuntimeError: a failure the test provoked" in logged
    assert [m.to for m in mail.outbox] == [["drift@example.se"]]


def test_a_request_id_from_the_proxy_is_kept_and_a_hostile_one_replaced(client, db):
    kept = client.get("/healthz", headers={"X-Request-ID": "lb-2f6c1a9e-77"})
    assert kept["X-Request-ID"] == "lb-2f6c1a9e-77"
    replaced = client.get("/healthz", headers={"X-Request-ID": "<script>\n"})
    assert replaced["X-Request-ID"] != "<script>\n" and len(replaced["X-Request-ID"]) == 32
