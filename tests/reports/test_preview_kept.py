"""The HTML previews of the application and of a report are written once per change of the
project and kept: a kept preview reads less and shows the same, a section saved through the
service shows at the next preview, and each language and version is kept apart."""


import pytest
from django.core.cache import caches
from django.urls import reverse

from projects.documents.types import type_of
from reports import services
from tests.kept import assert_visit_kept, visit
from tests.reports.helpers import fill, start_running, write


@pytest.fixture
def final(project, personas):
    running = start_running(project, personas)
    document = services.start_final_report(project=running, actor=personas["manager"])
    fill(document, personas["manager"], "Skrivet i portalen.")
    return document


def report_preview(client, document, language="sv", query=""):
    return visit(client, "reports:report_preview", document.project, language, query,
                 more=("slutrapport", document.number))


def test_a_kept_preview_reads_less_and_shows_the_same(client, personas, final):
    caches["pages"].clear()
    client.force_login(personas["manager"])
    assert_visit_kept(client, "reports:report_preview", final.project,
                      more=("slutrapport", final.number))
    assert_visit_kept(client, "reports:application_preview", final.project)


def test_a_section_saved_shows_at_the_next_preview(client, personas, final):
    manager = personas["manager"]
    client.force_login(manager)
    before, _ = report_preview(client, final)
    section = next(iter(final.section_states.values_list("section", flat=True)))
    write(final, manager, section, **{name: "Omskrivet efter styrgruppens möte"
                                      for name in field_names(final, section)})
    after, _ = report_preview(client, final)
    assert "Omskrivet efter styrgruppens möte" not in before
    assert "Omskrivet efter styrgruppens möte" in after


def test_each_language_is_kept_apart_and_a_missing_version_is_never_kept(client, personas,
                                                                         final):
    client.force_login(personas["manager"])
    swedish, _ = report_preview(client, final, query="?sprak=sv")
    english, _ = report_preview(client, final, query="?sprak=en")
    assert '<html lang="sv"' in swedish and '<html lang="en"' in english
    address = reverse("reports:application_preview", args=[final.project.slug])
    assert client.get(address).status_code == 200
    assert client.get(address + "?version=99").status_code == 404
    assert client.get(address + "?version=99").status_code == 404


def field_names(document, key):
    section = next(s for s in type_of(document).sections(document) if s.key == key)
    return [field.name for field in section.fields]
