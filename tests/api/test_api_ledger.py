"""A funding body's grant ledger through the API, as on the page: a file previewed with
every grant, exactly that preview imported, listed with its total, and removed whole."""

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from reports.portfolio.models import LedgerEntry, LedgerImport
from tests.api.conftest import KeyClient, key_for

L = "/api/v1/portfolj/bidragsliggare/"
CSV = ("Projekt eller företag;Beslutsdatum;Beviljat belopp\n"
       "=HYPERLINK(\"x\");2017-03-15;250000\n"
       "Kaffe AB;2017-04-15;50 000\n").encode()


def test_a_ledger_is_previewed_imported_listed_and_removed(personas, funding_body):
    key = key_for(personas["case_officer"])
    uploads = Client(HTTP_AUTHORIZATION=f"Bearer {key}")
    wrong_year = uploads.post(L + "forhandsgranska/", {
        "year": "2018", "file": SimpleUploadedFile("l.csv", CSV)})
    assert wrong_year.status_code == 400 and wrong_year.json()["errors"]["file"]
    preview = uploads.post(L + "forhandsgranska/", {
        "year": "2017", "file": SimpleUploadedFile("l.csv", CSV)})
    assert preview.status_code == 200, preview.content
    assert [(g["row"], g["name"], g["amount"]) for g in preview.json()["grants"]] == [
        (2, '=HYPERLINK("x")', "250000.00"), (3, "Kaffe AB", "50000.00")]
    assert preview.json()["total"] == "300000.00" and not LedgerEntry.objects.exists()

    officer = KeyClient(key)
    imported = officer.post(L, {"payload": preview.json()["payload"]})
    assert imported.status_code == 201, imported.text
    assert (imported.json()["grants"], imported.json()["total"], imported.json()["year"]) == (
        2, "300000.00", 2017)
    listed = officer.get(L).json()
    assert [ledger["file_name"] for ledger in listed["results"]] == ["l.csv"]
    forged = officer.post(L, {"payload": "forged"})
    assert forged.status_code == 400 and "payload" in forged.json()["errors"]
    assert KeyClient(key_for(personas["manager"])).get(L).status_code == 403

    assert officer.delete(L + f"{imported.json()['id']}/").status_code == 204
    assert not LedgerImport.objects.exists() and not LedgerEntry.objects.exists()
