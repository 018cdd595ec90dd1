"""The application as it is now is built once per change of the project and kept: what a
page compares with or the API reads is always what a freshly built snapshot says."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from projects.application import application_now, with_rows
from projects.snapshot import build_snapshot
from tests.projects.test_documents import save


def fresh(project) -> dict:
    return build_snapshot(with_rows(project, organisations=True))


def test_kept_until_the_project_changes(project, personas):
    first = application_now(project)
    assert first == fresh(project)
    with CaptureQueriesContext(connection) as captured:
        again = application_now(project)
    assert again == first
    assert len(captured.captured_queries) == 1  # the change stamps
    save(project, "background", personas["manager"], background="Nytt underlag")
    changed = application_now(project)
    assert changed == fresh(project) != first
    assert "Nytt underlag" in str(changed["sections"]["background"])


def test_each_language_is_kept_apart(project):
    with translation.override("en"):
        english = application_now(project)
    with translation.override("sv"):
        swedish = application_now(project)
        assert swedish == fresh(project)
    assert english != swedish
