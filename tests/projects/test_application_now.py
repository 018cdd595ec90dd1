"""The application as it is now is built once per change of the project and kept: what a
page compares with or the API reads is always what a freshly built snapshot says."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from projects.application import application_now, with_rows
from projects.models import Project
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


def test_a_comparison_with_now_is_kept_until_the_project_changes(project, personas):
    from projects import comparisons
    from projects.services.workflow import submit_application
    from tests.projects.helpers import complete_application

    complete_application(project)
    submit_application(project=project, actor=personas["manager"])
    first = project.documents.get(kind="application").versions.get(number=1)
    assert comparisons.differences(project, first, None) == []
    with CaptureQueriesContext(connection) as captured:
        assert comparisons.differences(project, first, None) == []
    assert len(captured.captured_queries) == 1  # the change stamps
    Project.objects.filter(pk=project.pk).update(status="returned")
    project.refresh_from_db()
    save(project, "background", personas["manager"], background="Nytt underlag")
    assert any("Nytt underlag" in str(d.new) for d in comparisons.differences(project, first, None))


def test_the_api_compares_now_in_the_language_versions_are_frozen_in(project, personas, client):
    from projects.services.workflow import submit_application
    from tests.projects.helpers import complete_application

    complete_application(project)
    submit_application(project=project, actor=personas["manager"])
    client.force_login(personas["manager"])
    response = client.get(reverse("projects_api:compare", args=[project.slug]), {"fran": 1},
                          HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    assert response.json()["results"] == []
    assert response.json()["count"] == 0
