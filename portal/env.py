"""Settings read from the environment, with a clear error for every bad value."""

import os
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import dj_database_url
import dj_email_url
from django.core.exceptions import ImproperlyConfigured

TRUE_WORDS = {"1", "true", "yes", "on"}
FALSE_WORDS = {"0", "false", "no", "off", ""}


def flag(name: str, default: bool) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    word = raw.strip().lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise ImproperlyConfigured(
        f"{name}={raw!r} is not a yes/no value; use one of 1, true, yes, on, 0, false, no, off."
    )


def text(name: str, default: str) -> str:
    return os.environ.get(name, default).strip() or default


def word_list(name: str, default: list[str]) -> list[str]:
    raw = os.environ.get(name)
    if raw is None:
        return default
    return [part.strip() for part in raw.split(",") if part.strip()]


def integer(name: str, default: int, minimum: int = 0) -> int:
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    if not (raw.isascii() and raw.isdigit()) or int(raw) < minimum:
        raise ImproperlyConfigured(f"{name}={raw!r} is not a whole number of at least {minimum}.")
    return int(raw)


# Django's own deployment check asks the same of a key: long and not repetitive.
SECRET_KEY_MIN_LENGTH = 50
SECRET_KEY_MIN_DISTINCT = 5
DEVELOPMENT_KEY = "development-only-key-never-used-in-production-" + "0123456789abcdef"


def secret_key(debug: bool) -> str:
    key = os.environ.get("SECRET_KEY", "")
    if not key:
        if debug:
            return DEVELOPMENT_KEY
        raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off.")
    if (len(key) < SECRET_KEY_MIN_LENGTH or len(set(key)) < SECRET_KEY_MIN_DISTINCT
            or key.startswith("django-insecure-")):
        raise ImproperlyConfigured(
            f"SECRET_KEY is too weak: use at least {SECRET_KEY_MIN_LENGTH} random characters "
            f"(for example: python -c 'import secrets; print(secrets.token_urlsafe(64))').")
    return key


def sqlite(path: str) -> dict:
    """SQLite for a small office: a writer waits for the one before it (immediate
    transactions, a busy timeout, write-ahead log) instead of failing with "database is
    locked"; tests use a file too, since threads cannot share an in-memory database that
    way."""
    return {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": path,
        "OPTIONS": {
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        },
        "TEST": {"NAME": str(Path(path).with_name("test-" + Path(path).name))},
    }


def database(default_sqlite_path: str) -> dict:
    """SQLite when DATABASE_URL is not set at all; an empty or unreadable one is a mistake
    (a deployment that lost its variable must not start on an empty SQLite file)."""
    if "DATABASE_URL" not in os.environ:
        return sqlite(default_sqlite_path)
    url = os.environ["DATABASE_URL"].strip()
    if not url:
        raise ImproperlyConfigured(
            "DATABASE_URL is set but empty; name the database "
            "(postgres://user:password@host:5432/name) or unset it for SQLite.")
    try:
        # Each process keeps its connection for a while (one per worker thread, so their
        # number stays bounded), checked before reuse so a restarted server is no error.
        config = dj_database_url.parse(url, conn_max_age=integer("DATABASE_CONN_MAX_AGE", 60),
                                       conn_health_checks=True)
    except ValueError as error:
        raise ImproperlyConfigured(f"DATABASE_URL={url!r} cannot be read: {error}") from error
    if not config.get("ENGINE"):
        raise ImproperlyConfigured(f"DATABASE_URL={url!r} names no database engine.")
    return config


def email(debug: bool) -> dict:
    """Mail settings from EMAIL_URL: smtp://user:password@host:587 (STARTTLS on 587, TLS on
    465 unless ?tls= or ?ssl= says otherwise), console://, file:///path, dummy://. Without
    it mail is written to the console, and outside development a system check says so
    (portal.checks)."""
    url = os.environ.get("EMAIL_URL", "").strip()
    if not url:
        return {"EMAIL_BACKEND": "django.core.mail.backends.console.EmailBackend"}
    scheme = urlsplit(url).scheme
    if scheme not in dj_email_url.SCHEMES:
        raise ImproperlyConfigured(
            f"EMAIL_URL names an unknown kind of mail {scheme!r}; use one of "
            f"{', '.join(sorted(dj_email_url.SCHEMES))}.")
    try:
        config = dj_email_url.parse(url)
    except ValueError as error:
        raise ImproperlyConfigured(f"EMAIL_URL cannot be read: {error}") from error
    query = parse_qs(urlsplit(url).query)
    if scheme == "smtp" and not {"tls", "ssl"} & set(query):
        config["EMAIL_USE_TLS"] = config["EMAIL_PORT"] == 587
        config["EMAIL_USE_SSL"] = config["EMAIL_PORT"] == 465
    if config.get("EMAIL_TIMEOUT") is None:
        config["EMAIL_TIMEOUT"] = 30  # a hanging mail server must not hang the request
    return {name: value for name, value in config.items() if value is not None}


def portal_url(name: str) -> str:
    """The portal's own address, for absolute links in its e-mails: scheme and host (and a
    path prefix when mounted below one), no trailing slash; empty when not set."""
    raw = os.environ.get(name, "").strip()
    if not raw:
        return ""
    parts = urlsplit(raw)
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.query or parts.fragment:
        raise ImproperlyConfigured(
            f"{name}={raw!r} is not the portal's address; write it like "
            f"https://projekt.region.se (scheme and host, no query).")
    return raw.rstrip("/")


def proxy_ssl_header(name: str) -> tuple[str, str] | None:
    """`X-Forwarded-Proto: https` (or Django's own `HTTP_X_FORWARDED_PROTO,https`): the header
    a TLS-terminating proxy sets, trusted only when configured."""
    raw = os.environ.get(name, "").strip()
    if not raw:
        return None
    header, separator, value = raw.replace(",", ":", 1).partition(":")
    header, value = header.strip(), value.strip()
    if not separator or not header or not value:
        raise ImproperlyConfigured(f"{name}={raw!r} is not of the form 'X-Forwarded-Proto: https'.")
    if not header.upper().startswith("HTTP_"):
        header = "HTTP_" + header.upper().replace("-", "_")
    return header, value


def admins(name: str) -> list[tuple[str, str]]:
    """`Ada Lovelace <ada@example.se>, ops@example.se`: who gets mail about server errors."""
    people = []
    for part in word_list(name, []):
        person, _, address = part.rpartition("<")
        address = address.rstrip(">").strip()
        if "@" not in address:
            raise ImproperlyConfigured(f"{name}: {part!r} is not an e-mail address.")
        people.append((person.strip() or address, address))
    return people
