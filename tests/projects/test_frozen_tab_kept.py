"""A frozen version's tab is rendered once per language and release and kept where every
worker reads it: a second visit renders nothing and shows the same, another language is
rendered for itself."""

from django.core.cache import caches

from projects.services import workflow
from projects.views import versions
from tests.kept import visit
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
