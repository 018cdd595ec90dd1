"""A frozen version's tabs are rendered once per language and then served as rendered: the
version never changes, so neither does what its tab shows."""

from django.urls import reverse

from projects.models import DocumentVersion
from projects.services.workflow import return_application, submit_application
from tests.projects.helpers import complete_application

SECTION_TEMPLATE = "projects/partials/section_content.html"


def rendered(client, address, language="sv", **query):
    response = client.get(address, query, HTTP_ACCEPT_LANGUAGE=language)
    assert response.status_code == 200
    html = response.content.decode()
    return {t.name for t in response.templates}, html.split('class="version-parts"')[1]


def test_a_versions_tab_is_rendered_once_a_language_and_each_version_its_own(
        client, project, personas):
    manager = personas["manager"]
    complete_application(project)
    submit_application(project=project, actor=manager)
    client.force_login(manager)
    first = reverse("projects:version", args=[project.slug, 1])
    templates, html = rendered(client, first)
    assert SECTION_TEMPLATE in templates and "Syfte och mål" in html
    templates, again = rendered(client, first)
    assert SECTION_TEMPLATE not in templates and again == html  # kept as rendered
    templates, english = rendered(client, first, language="en")
    assert SECTION_TEMPLATE in templates and english != html  # its labels in English

    project.purpose = "Ett nytt syfte efter återremissen."
    project.save(update_fields=["purpose"])
    return_application(project=project, actor=personas["case_officer"], comment="Mer.")
    submit_application(project=project, actor=manager)
    assert DocumentVersion.objects.filter(document__project=project).count() == 2
    _templates, second = rendered(client, reverse("projects:version", args=[project.slug, 2]))
    assert "Ett nytt syfte efter återremissen." in second
    assert "Ett nytt syfte efter återremissen." not in rendered(client, first)[1]
