"""A frozen version's tab is rendered once per language and release and kept where every
worker reads it: a second visit renders nothing and shows the same, another language is
rendered for itself. A page of the comparison of a version with now is kept until the
application changes."""

from django.core.cache import caches
from django.urls import reverse

from projects.application import application_of
from projects.documents.sections import SectionInput
from projects.documents.services import save_section
from projects.services import workflow
from projects.views import versions
from tests.kept import assert_api_answer_kept_until_change, assert_visit_kept, visit
from tests.projects.helpers import complete_application


def test_a_frozen_tab_is_rendered_once_per_language(client, project, personas, monkeypatch):
    complete_application(project)
    workflow.submit_application(project=project, actor=personas["manager"])
    caches["pages"].clear()
    rendered = []
    render = versions.render_to_string
    monkeypatch.setattr(versions, "render_to_string",
                        lambda *args, **kwargs: rendered.append(args[0])
                        or render(*args, **kwargs))
    client.force_login(personas["manager"])
    swedish = {}
    for part in ("", "?del=finance"):
        swedish[part], _ = visit(client, "projects:version", project, query=part, more=(1,))
        kept, _ = visit(client, "projects:version", project, query=part, more=(1,))
        assert kept == swedish[part]
    assert len(rendered) == 2
    english, _ = visit(client, "projects:version", project, "en", more=(1,))
    assert len(rendered) == 3
    assert '<html lang="en"' in english and '<html lang="sv"' in swedish[""]


def test_the_comparison_with_now_is_kept_until_a_section_is_saved(client, project, personas):
    complete_application(project)
    workflow.submit_application(project=project, actor=personas["manager"])
    workflow.return_application(project=project, actor=personas["case_officer"],
                                comment="Komplettera bakgrunden.")
    client.force_login(personas["manager"])
    query = "?fran=1&till=nu"
    first = assert_visit_kept(client, "projects:compare", project, query=query)
    document = application_of(project)
    state = document.section_states.filter(section="background").first()
    save_section(document=document, key="background", actor=personas["manager"],
                 data=SectionInput(fields={"background": "Omskriven bakgrund"}),
                 expected_revision=state.revision if state else 0)
    after, _ = visit(client, "projects:compare", project, query=query)
    assert "Omskriven bakgrund" in after and "Omskriven bakgrund" not in first


def test_a_page_of_the_api_comparison_is_kept_until_a_section_is_saved(client, project,
                                                                        personas):
    complete_application(project)
    workflow.submit_application(project=project, actor=personas["manager"])
    workflow.return_application(project=project, actor=personas["case_officer"],
                                comment="Komplettera bakgrunden.")
    client.force_login(personas["manager"])
    document = application_of(project)
    state = document.section_states.filter(section="background").first()
    assert_api_answer_kept_until_change(
        client, reverse("projects_api:compare", args=[project.slug]) + "?fran=1&till=nu",
        lambda: save_section(document=document, key="background", actor=personas["manager"],
                             data=SectionInput(fields={"background": "Omskriven bakgrund"}),
                             expected_revision=state.revision if state else 0),
        "Omskriven bakgrund")
