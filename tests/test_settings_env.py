"""Settings come from the environment; a bad value stops the start with a clear message."""

import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from portal import env

ROOT = Path(__file__).resolve().parent.parent


def test_flags_accept_the_usual_words(monkeypatch):
    monkeypatch.setenv("DEBUG", "yes")
    assert env.flag("DEBUG", default=False) is True
    monkeypatch.setenv("DEBUG", "0")
    assert env.flag("DEBUG", default=True) is False


def test_a_flag_that_is_not_yes_or_no_is_a_clear_error(monkeypatch):
    monkeypatch.setenv("DEBUG", "maybe")
    with pytest.raises(ImproperlyConfigured, match="DEBUG='maybe' is not a yes/no value"):
        env.flag("DEBUG", default=False)


def test_without_debug_a_secret_key_is_required(monkeypatch):
    monkeypatch.delenv("SECRET_KEY", raising=False)
    with pytest.raises(ImproperlyConfigured, match="SECRET_KEY must be set"):
        env.secret_key(debug=False)
    assert env.secret_key(debug=True)


def test_sqlite_by_default_and_postgresql_from_database_url(monkeypatch):
    monkeypatch.delenv("DATABASE_URL", raising=False)
    assert env.database("/tmp/x.sqlite3")["ENGINE"] == "django.db.backends.sqlite3"
    monkeypatch.setenv("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/portal")
    config = env.database("/tmp/x.sqlite3")
    assert config["ENGINE"] == "django.db.backends.postgresql"
    assert (config["NAME"], config["HOST"], config["PORT"]) == ("portal", "127.0.0.1", 5432)


def test_an_unreadable_database_url_is_a_clear_error(monkeypatch):
    monkeypatch.setenv("DATABASE_URL", "nosuchdb://x")
    with pytest.raises(ImproperlyConfigured, match="DATABASE_URL='nosuchdb://x' cannot be read"):
        env.database("/tmp/x.sqlite3")


def test_allowed_hosts_is_a_comma_separated_list(monkeypatch):
    monkeypatch.setenv("ALLOWED_HOSTS", "portal.example.se, www.portal.example.se")
    assert env.word_list("ALLOWED_HOSTS", []) == ["portal.example.se", "www.portal.example.se"]


def test_the_portal_refuses_to_start_without_a_secret_key_in_production():
    result = subprocess.run(
        [sys.executable, "manage.py", "check"], cwd=ROOT, capture_output=True, text=True,
        env={"PATH": "/usr/bin:/bin", "DEBUG": "false"}, timeout=60,
    )
    assert result.returncode != 0
    assert "SECRET_KEY must be set when DEBUG is off." in result.stderr
