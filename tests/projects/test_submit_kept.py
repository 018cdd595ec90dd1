"""The submit page's review (what stops the submission, and the tab of the application as
it will be frozen) is worked out once per change of the project and kept: a kept visit
reads less and shows the same, a section saved shows at the next visit, and submitting
still checks the application afresh."""

from django.core.cache import caches
from django.urls import reverse

from projects.application import application_of
from projects.documents.sections import SectionInput
from projects.documents.services import save_section
from projects.models import ProjectStatus
from tests.kept import assert_visit_kept, visit
from tests.projects.helpers import complete_application


def test_the_review_is_kept_until_a_section_is_saved(client, project, personas):
    caches["pages"].clear()
    client.force_login(personas["manager"])
    for part in ("", "?del=finance"):
        assert_visit_kept(client, "projects:submit", project, query=part)
    before, _ = visit(client, "projects:submit", project)
    save_section(document=application_of(project), key="background", actor=personas["manager"],
                 data=SectionInput(fields={"background": "Bakgrund skriven i portalen"}),
                 expected_revision=0)
    after, _ = visit(client, "projects:submit", project)
    assert "Bakgrund skriven i portalen" in after and "Bakgrund skriven i portalen" not in before


def test_submitting_checks_afresh_whatever_was_kept(client, project, personas):
    client.force_login(personas["manager"])
    visit(client, "projects:submit", project)  # kept while incomplete
    complete_application(project)  # written past the services: no change stamp moves
    response = client.post(reverse("projects:submit", args=[project.slug]))
    assert response.status_code == 302
    project.refresh_from_db()
    assert project.status == ProjectStatus.SUBMITTED
