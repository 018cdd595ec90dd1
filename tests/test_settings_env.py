"""Settings come from the environment; a bad value stops the start with a clear message."""

import re
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


GOOD_KEY = "k3y-with-many-different-characters-0123456789-abcdefghijklmnop"


@pytest.mark.parametrize("key", ["short-key", "a" * 60, "ab" * 40,
                                 "django-insecure-" + GOOD_KEY])
def test_a_weak_secret_key_is_refused(monkeypatch, key):
    monkeypatch.setenv("SECRET_KEY", key)
    with pytest.raises(ImproperlyConfigured, match="SECRET_KEY is too weak"):
        env.secret_key(debug=False)


def test_a_long_varied_secret_key_is_taken(monkeypatch):
    monkeypatch.setenv("SECRET_KEY", GOOD_KEY)
    assert env.secret_key(debug=False) == GOOD_KEY
    monkeypatch.delenv("SECRET_KEY")
    assert len(env.secret_key(debug=True)) >= env.SECRET_KEY_MIN_LENGTH


def test_the_test_suites_own_key_passes_the_rule():
    assert env.secret_key(debug=False)


def test_an_empty_database_url_is_an_error_not_sqlite(monkeypatch):
    monkeypatch.setenv("DATABASE_URL", "  ")
    with pytest.raises(ImproperlyConfigured, match="DATABASE_URL is set but empty"):
        env.database("/tmp/x.sqlite3")


def test_database_connections_are_kept_for_a_while_and_checked_before_reuse(monkeypatch):
    monkeypatch.setenv("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/portal")
    config = env.database("/tmp/x.sqlite3")
    assert (config["CONN_MAX_AGE"], config["CONN_HEALTH_CHECKS"]) == (60, True)
    monkeypatch.setenv("DATABASE_CONN_MAX_AGE", "0")
    assert env.database("/tmp/x.sqlite3")["CONN_MAX_AGE"] == 0
    monkeypatch.setenv("DATABASE_CONN_MAX_AGE", "soon")
    with pytest.raises(ImproperlyConfigured, match="DATABASE_CONN_MAX_AGE='soon'"):
        env.database("/tmp/x.sqlite3")


def test_mail_from_an_smtp_url(monkeypatch):
    monkeypatch.setenv("EMAIL_URL", "smtp://portal%40example.se:hemligt@mail.example.se:587")
    config = env.email(debug=False)
    assert config["EMAIL_BACKEND"] == "django.core.mail.backends.smtp.EmailBackend"
    assert (config["EMAIL_HOST"], config["EMAIL_PORT"]) == ("mail.example.se", 587)
    assert (config["EMAIL_HOST_USER"], config["EMAIL_HOST_PASSWORD"]) == (
        "portal@example.se", "hemligt")
    assert (config["EMAIL_USE_TLS"], config["EMAIL_USE_SSL"]) == (True, False)
    monkeypatch.setenv("EMAIL_URL", "smtp://mail.example.se:465")
    assert env.email(debug=False)["EMAIL_USE_SSL"] is True


def test_mail_to_the_console_and_unknown_kinds_refused(monkeypatch):
    monkeypatch.setenv("EMAIL_URL", "console://")
    assert env.email(debug=False)["EMAIL_BACKEND"].endswith("console.EmailBackend")
    monkeypatch.setenv("EMAIL_URL", "pigeon://loft")
    with pytest.raises(ImproperlyConfigured, match="unknown kind of mail 'pigeon'"):
        env.email(debug=False)


def test_the_proxy_header_and_the_admins(monkeypatch):
    monkeypatch.setenv("SECURE_PROXY_SSL_HEADER", "X-Forwarded-Proto: https")
    assert env.proxy_ssl_header("SECURE_PROXY_SSL_HEADER") == ("HTTP_X_FORWARDED_PROTO", "https")
    monkeypatch.setenv("SECURE_PROXY_SSL_HEADER", "https")
    with pytest.raises(ImproperlyConfigured):
        env.proxy_ssl_header("SECURE_PROXY_SSL_HEADER")
    monkeypatch.setenv("ADMINS", "Drift <drift@example.se>, it@example.se")
    assert env.admins("ADMINS") == [("Drift", "drift@example.se"),
                                    ("it@example.se", "it@example.se")]


def manage(*args, **environment):
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, capture_output=True, text=True,
        env={"PATH": "/usr/bin:/bin", **environment}, timeout=120,
    )


PRODUCTION = {
    "SECRET_KEY": GOOD_KEY, "ALLOWED_HOSTS": "portal.example.se",
    "PORTAL_URL": "https://portal.example.se",
    "DATABASE_URL": "postgres://portal@db.example.se:5432/portal",
    "EMAIL_URL": "smtp://portal:hemligt@mail.example.se:587",
}


def issue_ids(output: str) -> set[str]:
    return set(re.findall(r"\((\w+\.[WE]\d+)\)", output))


def test_check_deploy_is_clean_with_the_documented_production_environment():
    result = manage("check", "--deploy", "--fail-level", "WARNING", **PRODUCTION)
    # The API schema generator's own notes on operation names are not deployment issues.
    problems = {i for i in issue_ids(result.stdout + result.stderr)
                if not i.startswith("drf_spectacular.")}
    assert problems == set(), result.stdout + result.stderr


def test_without_mail_the_start_says_so():
    without_mail = {k: v for k, v in PRODUCTION.items() if k != "EMAIL_URL"}
    result = manage("check", **without_mail)
    assert "portal.W001" in result.stdout + result.stderr
    assert "No mail is configured" in result.stdout + result.stderr


def test_without_the_portals_address_the_start_says_mail_links_are_paths():
    without = {k: v for k, v in PRODUCTION.items() if k != "PORTAL_URL"}
    result = manage("check", **without)
    assert "portal.W002" in result.stdout + result.stderr
    assert "portal.W002" not in manage("check", **PRODUCTION).stderr


@pytest.mark.parametrize("raw", ["projekt.region.se", "ftp://projekt.region.se",
                                 "https://projekt.region.se/?a=1"])
def test_a_portal_address_that_is_not_one_is_refused(monkeypatch, raw):
    monkeypatch.setenv("PORTAL_URL", raw)
    with pytest.raises(ImproperlyConfigured, match="PORTAL_URL"):
        env.portal_url("PORTAL_URL")


def test_the_portal_address_loses_its_trailing_slash(monkeypatch):
    monkeypatch.setenv("PORTAL_URL", " https://projekt.region.se/portal/ ")
    assert env.portal_url("PORTAL_URL") == "https://projekt.region.se/portal"


def test_a_weak_key_stops_the_start():
    result = manage("check", **{**PRODUCTION, "SECRET_KEY": "ci-only-secret-key"})
    assert result.returncode != 0
    assert "SECRET_KEY is too weak" in result.stderr


@pytest.mark.parametrize("backend,engine", [
    ("redis", "django.contrib.sessions.backends.cached_db"),
    ("memory", "django.contrib.sessions.backends.db"),
])
def test_sessions_are_read_from_the_cache_only_when_every_worker_shares_it(backend, engine):
    """Ending a session in one worker must end it in all: a cache per process would let the
    other workers go on serving a session logged out."""
    shown = manage("shell", "-c", "from django.conf import settings; "
                   "print(settings.SESSION_ENGINE, settings.CACHES.get('sessions', {})"
                   ".get('BACKEND'))", DEBUG="1", CACHE_BACKEND=backend)
    found, cache = shown.stdout.split()[-2:]
    assert found == engine, shown.stderr
    assert cache == ("django.core.cache.backends.redis.RedisCache" if backend == "redis"
                     else "None")
