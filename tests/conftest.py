"""Personas shared by every test (one person per role, plus an outsider) and the browser."""

import io
import os
import shutil
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.core.management import call_command
from django.db import transaction
from django.test import override_settings
from django.utils import translation

from portal.models import Country, Organisation, OrganisationKind, StaffRole, User
from projects.models import ApplicationForm, Programme, Project, ProjectRole, RoleKind
from projects.services.applications import create_project

PASSWORD = "a-long-test-password"
FAST_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
PROJECT_ROLES = [RoleKind.MEMBER, RoleKind.STEERING, RoleKind.FINANCIER, RoleKind.VIEWER]


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    """Test users need no expensive key stretching."""
    settings.PASSWORD_HASHERS = FAST_HASHERS


@pytest.fixture(autouse=True)
def portal_language():
    """Each test starts in the portal's first language: a request through the test client
    leaves the language it asked for active in the thread, and the next test would speak it."""
    translation.activate(django_settings.LANGUAGE_CODE)
    yield
    translation.activate(django_settings.LANGUAGE_CODE)


def make_user(username, **extra) -> User:
    return User.objects.create_user(username=username, password=PASSWORD,
                                    email=f"{username}@example.org", **extra)


@pytest.fixture
def funding_body(db):
    return Organisation.objects.create(
        name="Tillväxtverket", kind=OrganisationKind.FUNDING_BODY, country=Country.SWEDEN
    )


@pytest.fixture
def other_funding_body(db):
    return Organisation.objects.create(
        name="Innovasjon Norge", kind=OrganisationKind.FUNDING_BODY, country=Country.NORWAY
    )


@pytest.fixture
def programme(funding_body):
    return Programme.objects.create(
        name="ERUF Övre Norrland 2014-2020", slug="eruf-ovre-norrland", funding_body=funding_body,
        country=Country.SWEDEN, application_form=ApplicationForm.SWEDISH,
    )


@pytest.fixture
def owner_organisation(db):
    return Organisation.objects.create(
        name="Umeå kommun", kind=OrganisationKind.MUNICIPALITY, country=Country.SWEDEN,
        municipality_code="2480", population=130000,
    )


@pytest.fixture
def personas(db, funding_body, other_funding_body):
    """Every kind of person the permission tests walk, by name."""
    people = {
        "manager": make_user("manager", first_name="Maja", last_name="Ledare"),
        "outsider": make_user("outsider"),
        "case_officer": make_user("case_officer", funding_body=funding_body,
                                  staff_role=StaffRole.CASE_OFFICER),
        "other_case_officer": make_user("other_case_officer", funding_body=other_funding_body,
                                        staff_role=StaffRole.CASE_OFFICER),
        "administrator": make_user("administrator", funding_body=funding_body,
                                   staff_role=StaffRole.ADMINISTRATOR, is_staff=True),
    }
    for role in PROJECT_ROLES:
        people[str(role)] = make_user(str(role))
    return people


@pytest.fixture
def project(personas, programme, owner_organisation):
    """A draft application with the manager and one person in each other project role."""
    project = create_project(actor=personas["manager"], title="Näringsliv i samverkan",
                             slug="nis", programme=programme, owner=owner_organisation)
    for role in PROJECT_ROLES:
        ProjectRole.objects.create(project=project, user=personas[str(role)], role=role)
    return project


def put_back_cost_category_sets():
    import importlib

    from django.apps import apps

    shipped = importlib.import_module("finance.migrations.0002_cost_category_sets")
    shipped.create_sets(apps, None)


def put_back_indicator_catalogue():
    import importlib

    from django.apps import apps

    shipped = importlib.import_module("indicators.migrations.0002_catalogue")
    shipped.create_catalogue(apps, None)


@pytest.fixture
def shipped_cost_category_sets(db):
    """The cost-category sets a data migration ships. A transactional test empties the
    database when it ends, data migrations included, so they are put back when missing."""
    put_back_cost_category_sets()


@pytest.fixture
def shipped_indicator_catalogue(db):
    """The indicator catalogue a data migration ships, put back after transactional tests
    emptied the database (as with the cost-category sets above)."""
    put_back_indicator_catalogue()


def kept_for_the_module(django_db_blocker, write):
    """What `write()` writes, kept while a module's tests run and then undone: the generator
    behind a module-scoped fixture such as `demo_once` below.

    The writing runs in a transaction that stays open while the module's tests run, each in
    its own savepoint inside it (the `db` fixture), and is rolled back when the module ends,
    so the next module starts from an empty database. Only for modules whose tests need no
    committed transaction (no `transaction=True`, live server or on_commit that must run
    after a real commit) and need not start from an empty database."""
    with django_db_blocker.unblock(), override_settings(PASSWORD_HASHERS=FAST_HASHERS):
        kept = transaction.atomic()
        kept.__enter__()
        try:
            # What the data migrations ship, should a transactional test in this process
            # have emptied the database.
            put_back_cost_category_sets()
            put_back_indicator_catalogue()
            written = write()
        except BaseException:
            transaction.set_rollback(True)
            kept.__exit__(None, None, None)
            raise
    yield written
    with django_db_blocker.unblock():
        transaction.set_rollback(True)
        kept.__exit__(None, None, None)


def _load_demo():
    call_command("load_demo", stdout=io.StringIO())
    return {project.slug: project for project in Project.objects.all()}


@pytest.fixture(scope="module")
def demo_once(django_db_setup, django_db_blocker):
    """The demo loaded once for a module, as {slug: project}, rolled back when the module
    ends (see `kept_for_the_module`). A test there that loads the demo again sees it
    loaded."""
    yield from kept_for_the_module(django_db_blocker, _load_demo)


@pytest.fixture
def demo_projects(demo_once, db):
    """The once-loaded demo's projects by slug, read afresh for each test (with programme
    and funding body), so that what one test changes in memory is not seen by the next."""
    return {project.slug: project
            for project in Project.objects.select_related("programme__funding_body")}


@pytest.fixture
def login(client):
    def as_persona(user):
        if user is not None:
            client.force_login(user)
        return client
    return as_persona


# Headless Chromium from Debian, driven by Playwright, against the live test server.
# One Playwright per test process: its sync API cannot run twice in one event loop.
CHROMIUM = os.environ.get("CHROMIUM", shutil.which("chromium") or "/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium is needed for browser tests and was not found at {CHROMIUM}")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, live_server):
    context = browser.new_context(locale="sv-SE", base_url=live_server.url,
                                  viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(15000)
    yield page
    context.close()


@pytest.fixture
def screenshot(page):
    ARTIFACTS.mkdir(exist_ok=True)

    def take(name: str) -> None:
        page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)
    return take
