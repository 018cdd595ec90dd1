"""What every benchmark shares: Django set up on a scratch test database, a funding body
with a programme and a logged-in person, and a timer that also counts queries."""

import os
import sys
import time
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")
os.environ.setdefault("DEBUG", "1")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, setup_test_environment  # noqa: E402

from portal.models import Country, Organisation, OrganisationKind, User  # noqa: E402
from projects.models import ApplicationForm, Programme  # noqa: E402


@contextmanager
def scratch_database():
    """A throw-away test database, created with migrations and dropped afterwards."""
    setup_test_environment()
    old_name = connection.creation.create_test_db(verbosity=0)
    try:
        yield connection.vendor
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


def bench_world() -> tuple[Programme, User, Client]:
    body = Organisation.objects.create(name="Bench", kind=OrganisationKind.FUNDING_BODY,
                                       country=Country.SWEDEN)
    programme = Programme.objects.create(name="Bench", slug="bench", funding_body=body,
                                         country=Country.SWEDEN,
                                         application_form=ApplicationForm.SWEDISH)
    user = User.objects.create_user("bench", password="x")
    client = Client()
    client.force_login(user)
    return programme, user, client


def best_of(action, repeats: int = 7) -> tuple[float, int]:
    """The fastest of several runs, in seconds, and the queries one run makes."""
    best = float("inf")
    for _ in range(repeats):
        started = time.perf_counter()
        action()
        best = min(best, time.perf_counter() - started)
    with CaptureQueriesContext(connection) as captured:
        action()
    return best, len(captured.captured_queries)
