"""Exact query counts of the pages every person opens most: what each page reads once (the
session, the person, the project, their role, the lifecycle, the application) and only the
rows it shows, the same for a small project as for a large one."""

import pytest
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from projects.models import ProjectStatus
from tests.test_query_counts import add_participants, add_rows, make_organisations

# The session and the person (with whether they have project roles and write in one, which
# the menu's "New application" reads), then the page's own queries.
PER_REQUEST = 2
# The project with its programme, the person's role in it, its change requests (lifecycle).
PER_PROJECT = 3


def queries(client, url, afresh=False) -> int:
    client.get(url)  # the first visit of a section may create its state
    if afresh:
        caches["pages"].clear()  # what the page keeps is built again, as after a change
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(captured.captured_queries)


def grow(project):
    add_rows(project, 40)
    add_participants(project, 40, start=2)
    make_organisations(300)


def small_and_large(client, project, url) -> tuple[int, int]:
    add_rows(project, 2)
    add_participants(project, 2, start=0)
    small = queries(client, url)
    grow(project)
    return small, queries(client, url)


def afresh_and_kept(client, project, url) -> tuple[tuple[int, int], tuple[int, int]]:
    """(built afresh, kept) for a small project and then a large one."""
    add_rows(project, 2)
    add_participants(project, 2, start=0)
    small = queries(client, url, afresh=True), queries(client, url)
    grow(project)
    return small, (queries(client, url, afresh=True), queries(client, url))


def submitted(project, personas):
    from projects.services.workflow import submit_application
    from tests.projects.helpers import complete_application

    complete_application(project)
    submit_application(project=project, actor=personas["manager"])
    return project


# The application document; then the section's state, the change stamps of the section as
# written to be read and, when it is written, the rows of the section's lists (goals:
# sub-goals; organisation: participants, groups, staff, each with its organisations).
READ_ONLY_SECTIONS = [("goals", PER_REQUEST + PER_PROJECT + 1 + 1 + 1 + 1),
                      ("organisation", PER_REQUEST + PER_PROJECT + 1 + 1 + 1 + 3)]
KEPT_SECTION = PER_REQUEST + PER_PROJECT + 1 + 1 + 1


@pytest.mark.parametrize("persona", ["manager", "case_officer"])
@pytest.mark.parametrize("key,expected", READ_ONLY_SECTIONS,
                         ids=[key for key, _ in READ_ONLY_SECTIONS])
def test_a_section_shown_to_read_reads_the_project_once_and_only_its_own_rows(
        client, project, personas, persona, key, expected):
    submitted(project, personas)
    client.force_login(personas[persona])
    url = reverse("projects:section", args=[project.slug, key])
    assert afresh_and_kept(client, project, url) == ((expected, KEPT_SECTION),) * 2


# The row forms read their own rows (one query a list), and the organisation chooser the
# names of the organisations rows name (one query); a plain visit keeps what they wrote
# under the change stamps (one query), so a kept visit reads only the document and the
# section's state.
EDITABLE_SECTIONS = [("goals", PER_REQUEST + PER_PROJECT + 1 + 1 + 1 + 1),
                     ("organisation", PER_REQUEST + PER_PROJECT + 1 + 1 + 1 + 3 + 1)]
KEPT_FORM = PER_REQUEST + PER_PROJECT + 1 + 1 + 1


@pytest.mark.parametrize("key,expected", EDITABLE_SECTIONS,
                         ids=[key for key, _ in EDITABLE_SECTIONS])
def test_a_section_in_its_form_reads_the_project_once(client, project, personas, key,
                                                      expected):
    assert project.status == ProjectStatus.DRAFT
    client.force_login(personas["manager"])
    url = reverse("projects:section", args=[project.slug, key])
    assert afresh_and_kept(client, project, url) == ((expected, KEPT_FORM),) * 2


# The application document and every section's state; then the rows of the section's lists.
API_SECTIONS = [("goals", PER_REQUEST + PER_PROJECT + 2 + 1),
                ("organisation", PER_REQUEST + PER_PROJECT + 2 + 3)]


@pytest.mark.parametrize("key,expected", API_SECTIONS, ids=[key for key, _ in API_SECTIONS])
def test_the_api_reads_a_section_with_the_project_once_and_only_its_own_rows(
        client, project, personas, key, expected):
    submitted(project, personas)
    client.force_login(personas["manager"])
    url = reverse(f"projects_api:section_{key}", args=[project.slug])
    assert small_and_large(client, project, url) == (expected, expected)


# The document and its sections' states; the change stamps, once, of the kept checklist
# (the sections' gaps and the other apps' submission checks, `projects.checklist`) and of
# the kept decisions and team.
OVERVIEW = PER_REQUEST + PER_PROJECT + 2 + 1


@pytest.mark.parametrize("persona", ["manager", "case_officer"])
def test_the_overview_reads_the_project_once(client, project, personas, persona):
    submitted(project, personas)
    client.force_login(personas[persona])
    url = reverse("projects:overview", args=[project.slug])
    assert small_and_large(client, project, url) == (OVERVIEW, OVERVIEW)


@pytest.mark.parametrize("persona", ["manager", "viewer", "case_officer", "outsider"])
def test_the_menu_asks_nothing_more_of_the_database(client, project, personas, persona):
    """Whether the person may start an application is read with the person: a page
    without data of its own (the e-mail settings: their settings, one query) reads only
    the session and the person, whoever they are."""
    client.force_login(personas[persona])
    assert queries(client, reverse("projects:notifications")) == PER_REQUEST + 1


def test_the_project_list_asks_once_whether_the_person_may_apply(client, project, personas):
    client.force_login(personas["manager"])
    response = client.get(reverse("projects:list"))
    assert response.context["can_apply"]
    # The projects of the person's roles, the count, the page of cards and the programmes
    # of the filter.
    assert queries(client, reverse("projects:list")) == PER_REQUEST + 4


def reads_of(client, url, table: str) -> int:
    client.get(url)
    caches["pages"].clear()  # built again, as after a change of the project
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return sum(1 for query in captured.captured_queries
               if f'FROM "{table}"' in query["sql"].split(" WHERE ", 1)[0])


ROWS_READ_ONCE = [("projects:submit", {}), ("projects:submit", {"del": "plan"}),
                  ("projects:compare", {"fran": 1, "till": "nu"}),
                  ("projects_api:compare", {"fran": 1})]


@pytest.mark.parametrize("name,query", ROWS_READ_ONCE,
                         ids=[f"{n}-{'-'.join(map(str, q.values()))}" for n, q in ROWS_READ_ONCE])
def test_pages_that_build_the_application_read_its_rows_once(client, project, personas, name,
                                                             query):
    """The submit page and the comparisons with the application as it is now read each
    row list once (the snapshot's read), not once more for a document they never use."""
    submitted(project, personas)
    client.force_login(personas["manager"])
    url = reverse(name, args=[project.slug]) + "?" + "&".join(f"{k}={v}" for k, v in
                                                            query.items())
    assert reads_of(client, url, "projects_subgoal") == 1
    assert reads_of(client, url, "projects_staffmember") == 1
