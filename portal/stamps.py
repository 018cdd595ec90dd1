"""Change stamps (`ChangeStamp`): a new random token for a key inside the transaction that
changed its data, and the current tokens of several keys in one query.

The token is random rather than counted so that a kept copy is never mistaken for another's:
a database restored, reset or rolled back hands out tokens no copy was ever kept under."""

import os
from collections.abc import Callable
from functools import cache
from hashlib import sha256
from pathlib import Path
from typing import TypeVar
from uuid import uuid4

from django.conf import settings
from django.core.cache import caches
from django.db import connection
from django.urls import get_script_prefix
from django.utils.safestring import SafeString, mark_safe

from portal.models import ChangeStamp

REFERENCE = "reference"
T = TypeVar("T")
# The files the template loader reads (pages, figures, e-mails, the print style sheet).
TEMPLATE_SUFFIXES = (".html", ".svg", ".txt", ".css")
# What the kept copies are made by: the code and templates (and their translations).
_SOURCES = (".py", ".mo", *TEMPLATE_SUFFIXES)
_NOT_SOURCES = {"node_modules", "staticfiles", "tests", "bench", "__pycache__", "exports",
                "test-artifacts"}


def project_key(project_id: int) -> str:
    return f"project:{project_id}"


def funding_body_key(funding_body_id: int) -> str:
    """The stamp of a funding body's portfolio: moved whenever a project of the body that was
    ever submitted changes (the portfolio's lines are rewritten after every audited change of
    a project, in its transaction, and move the stamp of the body it was and is in:
    `reports.portfolio.lines`), and when a ledger of the body is imported."""
    return f"portfolio:{funding_body_id}"


def touch(key: str) -> str:
    """Give the key a new token (one statement: insert or replace); visible to others when
    the caller's transaction commits, together with the change it stands for."""
    token = uuid4().hex
    table = connection.ops.quote_name(ChangeStamp._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(f"INSERT INTO {table} (key, token) VALUES (%s, %s) "
                       "ON CONFLICT (key) DO UPDATE SET token = excluded.token", [key, token])
    return token


def tokens(*keys: str) -> tuple[str, ...]:
    """The keys' current tokens, in order; a key never stamped gets its first token now."""
    if not keys:
        return ()
    found = dict(ChangeStamp.objects.filter(key__in=keys).values_list("key", "token"))
    return tuple(found.get(key) or touch(key) for key in keys)


@cache
def release() -> str:
    """A fingerprint of this release's code, templates and catalogues: copies kept on a shared
    cache (Redis) by an older release, whose pages looked different, are never served."""
    digest = sha256()
    root = Path(settings.BASE_DIR)
    for folder, subfolders, files in os.walk(root):  # sorted in place below: a fixed order
        subfolders[:] = sorted(name for name in subfolders
                               if name not in _NOT_SOURCES and not name.startswith("."))
        for name in sorted(files):
            if name.endswith(_SOURCES):
                path = Path(folder, name)
                digest.update(str(path.relative_to(root)).encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def kept(name: str, project_id: int, parts: tuple, build: Callable[[], T]) -> T:
    """What `build` makes from a project's data, kept in the "pages" cache under the release,
    the project's and the reference data's change stamps and `parts` (whatever else it depends
    on: the language, a day, whose share): built again only once one of them has changed."""
    return of_project(project_id).kept(name, parts, build)


def kept_html(name: str, project_id: int, parts: tuple, build: Callable[[], str]) -> SafeString:
    """Markup `build` writes with our autoescaping templates, kept as `kept` keeps."""
    return of_project(project_id).kept_html(name, parts, build)


def kept_for_good(name: str, parts: tuple, build: Callable[[], T]) -> T:
    """What `build` makes from data that never changes once made (a frozen version), kept
    under the release and `parts` alone, in the "pages" cache every process shares."""
    return Stamped().kept(name, parts, build)


def of_project(project_id: int) -> "Stamped":
    """A project's and the reference data's stamps, for a page keeping several parts."""
    return Stamped(project_key(project_id), REFERENCE)


class Stamped:
    """The current tokens of some keys, read once for all a request keeps under them (a page
    made of several kept parts asks for the tokens once, not once a part)."""

    def __init__(self, *keys: str):
        self.keys = keys
        self._tokens: tuple[str, ...] | None = None

    def kept(self, name: str, parts: tuple, build: Callable[[], T]) -> T:
        """Kept under a hash of all it depends on: the parts may hold any text typed (a
        search), which no cache backend need accept in a key."""
        if self._tokens is None:
            self._tokens = tokens(*self.keys)
        # The address prefix too: kept markup holds reversed links, and the worker, with no
        # request, reverses them without the prefix a web process mounted below a path has.
        named = "\0".join(str(part) for part in (release(), get_script_prefix(), *self.keys,
                                                  *self._tokens, *parts))
        key = f"{name}:{sha256(named.encode()).hexdigest()}"
        value = caches["pages"].get(key)
        if value is None:
            value = build()
            caches["pages"].set(key, value)
        return value

    def kept_html(self, name: str, parts: tuple, build: Callable[[], str]) -> SafeString:
        """Markup `build` writes with our templates (autoescaped), kept."""
        return mark_safe(self.kept(name, parts, build))  # noqa: S308 - escaped when written
