"""One permission-matrix engine for every app: the personas, how a URL is called as one of
them, what each answer must be, and the check that no URL of the portal is left out.

Each app's matrix (`tests/<app>/test_<app>_permissions.py`, and `tests/test_permission_matrix.py`
for the projects app) lists its URLs with who may use them and in which state of the project,
and exposes them as `CASES = cases(READS, WRITES)`. `test_every_url_is_in_a_matrix` collects the
cases of every matrix module it finds, so a new app adds its module and nothing else.

The rule every matrix checks, whatever the app:
- anonymous: the login page (an API answers 401 and says how to authenticate);
- a person who may not know the project exists (outsider, another funding body's officer): 404;
  while the application was never submitted, that is everyone but its writers (the draft is
  the applicant's: the funding body's staff, viewers, steering group and financiers get 404);
- a person in `who`: the page or the redirect after the change (200 or 302, or what the case
  says, e.g. 400 for an upload without a file);
- anyone else who can see the project: 403.
"""

import importlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.urls import URLPattern, URLResolver, get_resolver

ROLES = ["manager", "member", "steering", "financier", "viewer"]
STAFF = ["case_officer", "administrator"]
EVERYONE = set(ROLES + STAFF)
WRITERS = {"manager", "member"}
STRANGERS = ("outsider", "other_case_officer")  # the project's existence must not leak
# Reads are walked on a draft (only writers know it) and once it was submitted.
READ_STATES = ("draft", "submitted")
PERSONAS = ["anonymous", *STRANGERS, *ROLES, *STAFF]
LOGIN = "/konto/logga-in/"


@dataclass(frozen=True)
class Case:
    """One URL called one way: who succeeds, in which state of the project, with what data.

    `kwargs` are the URL's arguments beyond the slug; a text value names an object of the
    matrix's world (`{"budget_id": "budget"}`)."""

    name: str
    who: frozenset[str]
    method: str = "get"
    kwargs: Mapping[str, Any] = field(default_factory=dict)
    state: str = "draft"
    data: Mapping[str, Any] = field(default_factory=dict)

    @property
    def id(self) -> str:
        action = self.data.get("action", "")
        return "-".join(part for part in (self.name, self.method, self.state, str(action))
                        if part)


def cases(reads: Mapping[str, tuple] = (), writes: Iterable[tuple] = (),
          method: str = "get") -> list[Case]:
    """Cases from the tables the matrices write: reads `{name: (kwargs, who[, state])}`,
    writes `[(name, kwargs, who, state, data)]` (posted)."""
    made = []
    for name, (kwargs, who, *state) in dict(reads).items():
        made.append(Case(name, frozenset(who), method, kwargs, *(state or ["draft"])))
    for name, kwargs, who, state, data in writes:
        made.append(Case(name, frozenset(who), "post", kwargs, state, data))
    return made


def ids(selected: Iterable[Case]) -> list[str]:
    return [case.id for case in selected]


def call(client, personas, persona: str, method: str, address: str, data=None):
    """The URL called by the persona (anonymous: without logging in)."""
    if persona != "anonymous":
        client.force_login(personas[persona])
    return getattr(client, method)(address, data or {})


def read_walks(reads: Mapping[str, tuple]) -> list[tuple[str, str]]:
    """(name, state) for each read of a `{name: (kwargs, who[, state])}` table: a read of the
    draft that others than its writers may make is walked on the draft and once submitted (a
    writers' page, such as a form, is walked on the draft only), a read of a later state in
    that state."""
    walks = []
    for name, (_kwargs, who, *state) in sorted(reads.items()):
        state = state[0] if state else "draft"
        readers_too = set(who) - WRITERS
        walks += [(name, walked) for walked in (
            (READ_STATES if readers_too else ("draft",)) if state == "draft" else (state,))]
    return walks


def past_submission(project, state: str) -> None:
    """For reads: leave the project a draft, or move it past its first submission."""
    if state != "draft":
        from tests.factories import past_submission as moved

        moved(project, status=state)


def check(response, persona: str, who: Iterable[str], name: str,
          allowed: Iterable[int] = (200, 302), *, state: str = "") -> None:
    """The answer the rule above asks for this persona (`state="draft"`: of a project never
    submitted)."""
    if persona == "anonymous":
        if "api" in name:
            assert response.status_code == 401, response.status_code
        else:
            assert response.status_code == 302 and LOGIN in response["Location"]
    elif persona in STRANGERS or (state == "draft" and persona not in WRITERS):
        assert response.status_code == 404, response.status_code
    elif persona in who:
        assert response.status_code in tuple(allowed), response.status_code
        assert LOGIN not in response.get("Location", "")
    else:
        assert response.status_code == 403, response.status_code


def url_names(resolver=None, namespace: str = ""):
    """Every named URL of the portal, with its namespace, the admin's aside."""
    for pattern in (resolver or get_resolver()).url_patterns:
        if isinstance(pattern, URLResolver):
            if pattern.namespace == "admin":
                continue
            inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            yield from url_names(pattern, inner)
        elif isinstance(pattern, URLPattern) and pattern.name:
            yield namespace + pattern.name


def app_url_names(*namespaces: str) -> set[str]:
    return {name for name in url_names() if name.split(":")[0] in namespaces}


def covered(selected: Iterable[Case]) -> set[str]:
    return {case.name for case in selected}


TESTS = Path(__file__).resolve().parent


def matrix_modules() -> list[str]:
    """The modules holding a matrix: the projects app's and each app's own."""
    found = ["tests.test_permission_matrix"]
    for path in sorted(TESTS.glob("*/test_*_permissions.py")):
        found.append(".".join(path.relative_to(TESTS.parent).with_suffix("").parts))
    return found


def all_cases() -> dict[str, list[Case]]:
    """Every matrix's cases by module; a module may also name URLs it tests another way
    (`COVERED_ELSEWHERE`, e.g. a person's own page outside any project)."""
    return {module: list(getattr(importlib.import_module(module), "CASES", []))
            for module in matrix_modules()}


def covered_elsewhere() -> set[str]:
    names: set[str] = set()
    for module in matrix_modules():
        names |= set(getattr(importlib.import_module(module), "COVERED_ELSEWHERE", ()))
    return names
