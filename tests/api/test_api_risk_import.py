"""A risk register imported from Excel through the API, in the page's two steps: every
problem named by row and column, then exactly the previewed risks added, or none."""

from django.test import Client

from risks.models import Risk
from tests.api.conftest import KeyClient, key_for
from tests.risks.test_risk_xlsx import workbook

P = "/api/v1/projekt/nis/risker/"


def test_a_risk_register_is_previewed_then_added_whole(project, personas):
    key = key_for(personas["manager"])
    uploads = Client(HTTP_AUTHORIZATION=f"Bearer {key}")
    broken = uploads.post(P + "import/forhandsgranska/", {"file": workbook([
        ["Risk", "Sannolikhet", "Konsekvensnivå"], ["Konkurrens", 7, 4]])})
    assert broken.status_code == 400
    [problem] = broken.json()["errors"]["file"]
    assert "2" in problem and "B (Sannolikhet)" in problem  # the row and the column
    preview = uploads.post(P + "import/forhandsgranska/", {"file": workbook([
        ["Risk", "Sannolikhet", "Konsekvensnivå", "Status"],
        ["Konkurrens om deltagare", 3, 4, "Öppen"], ["Politiska beslut", 2, 2, "Öppen"]])})
    assert preview.status_code == 200, preview.content
    assert [(r["row"], r["title"], r["likelihood"], r["impact"])
            for r in preview.json()["rows"]] == [(2, "Konkurrens om deltagare", 3, 4),
                                                 (3, "Politiska beslut", 2, 2)]
    assert not Risk.objects.filter(project=project).exists()  # a preview saves nothing

    manager = KeyClient(key)
    added = manager.post(P + "import/", {"payload": preview.json()["payload"]})
    assert added.status_code == 201 and added.json() == {"added": ["R1", "R2"]}
    assert list(Risk.objects.filter(project=project).order_by("number")
                .values_list("title", "likelihood", "impact")) == [
        ("Konkurrens om deltagare", 3, 4), ("Politiska beslut", 2, 2)]
    forged = manager.post(P + "import/", {"payload": "x"})
    assert forged.status_code == 400 and "payload" in forged.json()["errors"]
    read_only = KeyClient(key_for(personas["manager"], can_write=False))
    assert read_only.post(P + "import/", {"payload": preview.json()["payload"]}
                          ).status_code == 403
