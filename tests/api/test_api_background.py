"""Work the task worker makes, through the API: a printed report, a bulk export of reports
and an export of the portfolio each answer their state, their file only once whole, and a
retry of one that failed; and the case officer's portfolio classification, saved at the
revision read."""

import pytest

from projects.models import Document
from reports.models import ExportJob, RenderJob
from reports.portfolio.models import PortfolioExport
from tests.api.conftest import KeyClient, key_for
from tests.reports.helpers import fill, start_running

P = "/api/v1/projekt/nis/"


@pytest.fixture(autouse=True)
def export_root(settings, tmp_path):
    settings.EXPORT_ROOT = tmp_path / "exports"
    return settings.EXPORT_ROOT


def test_a_printed_report_is_followed_to_its_file_and_printed_again_after_failing(
        project, personas):
    from reports.tasks import build_render

    start_running(project, personas)
    manager = KeyClient(key_for(personas["manager"]))
    manager.post(P + "rapporter/lagesrapport/", {"period_start": "2021-01-01",
                                                 "period_end": "2021-06-30"})
    fill(Document.objects.get(project=project, kind="status_report"), personas["manager"])
    waiting = manager.get(P + "rapporter/lagesrapport/1/rapport.pdf")
    job = RenderJob.objects.get()
    assert waiting.status_code == 202 and waiting["Location"] == (
        P + f"rapporter/utskrift/{job.pk}/")
    assert waiting.json()["status"] == "queued" and waiting.json()["file"] is None
    state = manager.get(waiting["Location"])
    assert state.status_code == 200 and state["Retry-After"] == "2"
    assert (state.json()["ready"], state.json()["may_retry"]) == (False, False)
    not_yet = manager.get(waiting["Location"] + "fil/")
    assert not_yet.status_code == 409 and not_yet["Retry-After"] == "2"
    assert not_yet.json()["detail"]
    assert manager.post(waiting["Location"] + "forsok-igen/", {}).status_code == 400

    build_render.call(job.pk)
    done = manager.get(waiting["Location"]).json()
    assert done["status"] == "done" and done["ready"]
    assert done["file"] == f"http://testserver{P}rapporter/utskrift/{job.pk}/fil/"
    pdf = manager.get(waiting["Location"] + "fil/")
    assert pdf.status_code == 200 and pdf["Content-Type"] == "application/pdf"
    assert pdf.body.startswith(b"%PDF")

    RenderJob.objects.filter(pk=job.pk).update(status="failed", error="Stopped")
    failed = manager.get(waiting["Location"]).json()
    assert (failed["status"], failed["error"], failed["may_retry"]) == ("failed", "Stopped",
                                                                       True)
    again = manager.post(waiting["Location"] + "forsok-igen/", {})
    assert again.status_code == 200 and again.json()["status"] == "queued"
    assert KeyClient(key_for(personas["outsider"])).get(waiting["Location"]).status_code == 404


def test_a_bulk_export_is_the_requesters_and_retried_after_failing(project, personas,
                                                                   monkeypatch):
    from reports import exports

    monkeypatch.setattr(exports, "enqueue", lambda job: None)  # the worker is not asked
    start_running(project, personas)
    officer = KeyClient(key_for(personas["case_officer"]))
    unknown = officer.post("/api/v1/rapporter/export/", {"document": "application",
                                                         "programme": "ingen-sadan"})
    assert unknown.status_code == 400 and "programme" in unknown.json()["errors"]
    asked = officer.post("/api/v1/rapporter/export/", {"document": "application",
                                                       "programme": project.programme.slug})
    assert asked.status_code == 201, asked.text
    job = ExportJob.objects.get()
    assert asked.json()["id"] == job.pk and asked.json()["status"] == "queued"
    listed = officer.get("/api/v1/rapporter/export/").json()
    assert [j["id"] for j in listed["results"]] == [job.pk]
    url = f"/api/v1/rapporter/export/{job.pk}/"
    assert officer.get(url + "fil/").status_code == 409
    ExportJob.objects.filter(pk=job.pk).update(status="failed", error="Disk full")
    again = officer.post(url + "forsok-igen/", {})
    assert again.status_code == 200 and again.json()["status"] == "queued"
    manager = KeyClient(key_for(personas["manager"]))
    assert manager.get(url).status_code == 404  # another person's export does not exist
    assert manager.get("/api/v1/rapporter/export/").json()["count"] == 0


def test_a_portfolio_export_is_made_in_the_background_from_the_pages_filter(
        project, personas, monkeypatch, django_capture_on_commit_callbacks):
    from reports.portfolio import background

    start_running(project, personas)
    officer = KeyClient(key_for(personas["case_officer"]))
    with django_capture_on_commit_callbacks(execute=True):
        asked = officer.post("/api/v1/portfolj/export/?year=2021", {"kind": "csv"})
    assert asked.status_code == 201, asked.text
    job = PortfolioExport.objects.get()
    assert job.query == "year=2021" and job.kind == "csv"
    url = f"/api/v1/portfolj/export/{job.pk}/"
    if job.status != "done":  # the database backend waits for its worker
        background.build(job.pk)
    done = officer.get(url).json()
    assert done["ready"] and done["may_retry"] is False
    csv = officer.get(url + "fil/")
    assert csv.status_code == 200 and csv["Content-Type"].startswith("text/csv")
    assert KeyClient(key_for(personas["manager"])).get(url).status_code == 404
    refused = KeyClient(key_for(personas["manager"])).post("/api/v1/portfolj/export/",
                                                           {"kind": "csv"})
    assert refused.status_code == 403


def test_the_case_officer_classifies_the_project_at_the_revision_read(project, personas):
    from reports.portfolio.models import DecisionFacts

    start_running(project, personas)
    officer = KeyClient(key_for(personas["case_officer"]))
    url = P + "lagesbild/klassificering/"
    read = officer.get(url)
    assert read.status_code == 200 and read["ETag"] == '"0"'
    assert read.json()["revision"] == 0 and read.json()["leadership"] == ""
    facts = {"focus_area_id": None, "municipality_id": None, "leadership": "woman",
             "decided_on": "2021-02-01"}
    saved = officer.put(url, facts, headers={"If-Match": '"0"'})
    assert saved.status_code == 200, saved.text
    assert (saved.json()["leadership"], saved.json()["revision"]) == ("woman", 1)
    stale = officer.put(url, {**facts, "leadership": "man"}, headers={"If-Match": '"0"'})
    assert stale.status_code == 409 and stale.json()["current"]["leadership"] == "woman"
    assert DecisionFacts.objects.get(project=project).leadership == "woman"
    assert officer.put(url, {**facts, "leadership": "both?"},
                       headers={"If-Match": '"1"'}).json()["errors"]["leadership"]
    manager = KeyClient(key_for(personas["manager"]))
    assert manager.put(url, facts, headers={"If-Match": '"1"'}).status_code == 403
