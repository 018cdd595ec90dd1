"""How the project list and overview scale: time for 5 000 projects against 500, in one run.

    DEBUG=1 .venv/bin/python bench/project_list.py

Prints the ratios; with pagination and constant query counts the list should cost about
the same for both sizes (ratio near 1), not ten times as much.
"""

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")
os.environ.setdefault("DEBUG", "1")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import (  # noqa: E402
    CaptureQueriesContext,
    setup_test_environment,
)

from portal.models import Country, Organisation, OrganisationKind, User  # noqa: E402
from projects.models import (  # noqa: E402
    ApplicationForm,
    Programme,
    Project,
    ProjectRole,
    RoleKind,
)


def add_projects(programme, user, start, count):
    projects = Project.objects.bulk_create(
        Project(title=f"Projekt {n:05}", slug=f"p-{n}", programme=programme,
                summary="Regional utveckling " * 20)
        for n in range(start, start + count)
    )
    ProjectRole.objects.bulk_create(ProjectRole(project=p, user=user, role=RoleKind.VIEWER)
                                    for p in projects)


def timed(client, url, repeats=20):
    best = float("inf")
    for _ in range(repeats):
        started = time.perf_counter()
        client.get(url)
        best = min(best, time.perf_counter() - started)
    with CaptureQueriesContext(connection) as captured:
        client.get(url)
    return best, len(captured.captured_queries)


def main():
    setup_test_environment()
    old_name = connection.creation.create_test_db(verbosity=0)
    try:
        body = Organisation.objects.create(name="Bench", kind=OrganisationKind.FUNDING_BODY,
                                           country=Country.SWEDEN)
        programme = Programme.objects.create(name="Bench", slug="bench", funding_body=body,
                                             country=Country.SWEDEN,
                                             application_form=ApplicationForm.SWEDISH)
        user = User.objects.create_user("bench", password="x")
        client = Client()
        client.force_login(user)
        add_projects(programme, user, 0, 500)
        small = timed(client, "/projekt/")
        add_projects(programme, user, 500, 4500)
        large = timed(client, "/projekt/")
        searched = timed(client, "/projekt/?q=Projekt+0449")
        print(f"project list, 500 projects:   {small[0] * 1000:7.1f} ms, {small[1]} queries")
        print(f"project list, 5000 projects:  {large[0] * 1000:7.1f} ms, {large[1]} queries")
        print(f"text search in 5000 projects: {searched[0] * 1000:7.1f} ms, "
              f"{searched[1]} queries")
        print(f"ratio 5000/500: {large[0] / small[0]:.2f} (queries {large[1]}/{small[1]})")
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


if __name__ == "__main__":
    main()
