"""What still stops submission, as the API answers it, is worked out once per change of the
project and kept: a second read asks less and answers the same, and a section saved
through the service shows in the next answer."""

from django.urls import reverse

from projects.application import application_of
from projects.documents.sections import SectionInput
from projects.documents.services import save_section
from tests.kept import get_json_counted


def test_the_answer_is_kept_until_a_section_is_saved(client, project, personas):
    client.force_login(personas["manager"])
    address = reverse("projects_api:missing", args=[project.slug])
    first, first_count = get_json_counted(client, address)
    kept, kept_count = get_json_counted(client, address)
    assert kept == first and kept_count < first_count
    assert not first["complete"]
    save_section(document=application_of(project), key="background", actor=personas["manager"],
                 data=SectionInput(fields={"background": "Skrivet i portalen."}),
                 expected_revision=0)
    after = client.get(address).json()
    assert after != first
    assert sum(map(len, after["missing"].values())) < sum(map(len, first["missing"].values()))
