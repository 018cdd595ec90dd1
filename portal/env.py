"""Settings read from the environment, with a clear error for every bad value."""

import os
from pathlib import Path

import dj_database_url
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


def secret_key(debug: bool) -> str:
    key = os.environ.get("SECRET_KEY", "")
    if key:
        return key
    if debug:
        return "development-only-key-never-used-in-production"
    raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off.")


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
    url = os.environ.get("DATABASE_URL", "").strip()
    if not url:
        return sqlite(default_sqlite_path)
    try:
        config = dj_database_url.parse(url, conn_max_age=60)
    except ValueError as error:
        raise ImproperlyConfigured(f"DATABASE_URL={url!r} cannot be read: {error}") from error
    if not config.get("ENGINE"):
        raise ImproperlyConfigured(f"DATABASE_URL={url!r} names no database engine.")
    return config
