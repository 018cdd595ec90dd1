"""Following a project up through the API: the plan's order and its milestones reached,
stated figures, removing names, register imports, status reports and the portfolio, each
through the page's service and access helper."""


from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from indicators import register_files
from indicators.models import ParticipantName, ParticipationRecord, StatedFigure
from portal.models import AuditEntry
from projects.models import Document, Project
from reports.portfolio import lines
from reports.portfolio.selectors import Criteria
from reports.portfolio.totals import portfolio_totals
from tests.api.conftest import KeyClient, key_for
from tests.indicators.builders import build as build_indicators
from tests.plans.builders import build_plan
from tests.reports.helpers import fill, start_running

P = "/api/v1/projekt/nis/"


def test_work_packages_are_reordered_against_the_order_read(project, personas):
    first, second = build_plan(project, packages=2, activities=1)
    manager = KeyClient(key_for(personas["manager"]))
    moved = manager.put(P + "plan/ordning/", {"order": [second.pk, first.pk],
                                              "expected_order": [first.pk, second.pk]})
    assert moved.status_code == 200, moved.text
    assert [w["id"] for w in moved.json()["work_packages"]] == [second.pk, first.pk]
    stale = manager.put(P + "plan/ordning/", {"order": [first.pk, second.pk],
                                              "expected_order": [first.pk, second.pk]})
    assert stale.status_code == 409
    assert [w["id"] for w in stale.json()["current"]["work_packages"]] == [second.pk, first.pk]


def test_a_milestone_is_marked_reached_at_the_revision_read(project, personas):
    build_plan(project, packages=1, activities=1)
    Project.objects.filter(pk=project.pk).update(status="running")
    manager = KeyClient(key_for(personas["manager"]))
    plan = manager.get(P + "plan/").json()
    milestone = plan["milestones"][0]["id"]
    body = {"reached": [{"milestone": milestone, "reached_on": "2020-03-01"}],
            "revision": plan["milestone_revision"]}
    done = manager.put(P + "plan/milstolpar/uppnadda/", body)
    assert done.status_code == 200, done.text
    assert done.json()["milestones"][0]["reached_on"] == "2020-03-01"
    assert manager.put(P + "plan/milstolpar/uppnadda/", body).status_code == 409
    future = manager.put(P + "plan/milstolpar/uppnadda/", {
        "reached": [{"milestone": milestone, "reached_on": "2999-01-01"}],
        "revision": done.json()["milestone_revision"]})
    assert future.status_code == 400 and future.json()["errors"]


def test_stated_figures_and_removing_names_go_through_the_register_services(
        project, personas, shipped_indicator_catalogue):
    build_indicators(project, indicators=5, periods=1, companies=1, records=2)
    Project.objects.filter(pk=project.pk).update(status="running")
    record = ParticipationRecord.objects.filter(project=project).first()
    ParticipantName.objects.bulk_create(ParticipantName(record=record, name=name)
                                        for name in ("Anna Berg", "Ola Nordmann"))
    manager = KeyClient(key_for(personas["manager"]))
    stated = manager.post(P + "indikatorer/angivna/", {
        "measure": "companies", "value": "3", "source": "Lägesrapport 1"})
    assert stated.status_code == 201, stated.text
    no_source = manager.post(P + "indikatorer/angivna/", {"measure": "companies",
                                                         "value": "3", "source": ""})
    assert no_source.status_code == 400 and "source" in no_source.json()["errors"]
    removed = manager.delete(P + f"indikatorer/angivna/{stated.json()['id']}/")
    assert removed.status_code == 204 and not StatedFigure.objects.exists()
    forgotten = manager.post(P + "indikatorer/deltagare/namn/ta-bort/", {"name": "anna berg"})
    assert forgotten.status_code == 200 and forgotten.json() == {"removed": 1}
    assert list(ParticipantName.objects.values_list("name", flat=True)) == ["Ola Nordmann"]
    assert AuditEntry.objects.filter(action="participants:names_removed",
                                     actor=personas["manager"]).exists()
    assert manager.post(P + "indikatorer/deltagare/namn/ta-bort/", {}).status_code == 400


def test_a_register_file_is_previewed_then_applied(project, personas,
                                                   shipped_indicator_catalogue):
    from portal.spreadsheets import csv_bytes

    build_indicators(project, indicators=5, periods=1, companies=2)
    Project.objects.filter(pk=project.pk).update(status="running")
    export = register_files.company_export(project)
    data = csv_bytes(register_files.csv_rows(export))
    key = key_for(personas["manager"])
    client = Client(HTTP_AUTHORIZATION=f"Bearer {key}")
    preview = client.post(P + "indikatorer/foretag/import/forhandsgranska/",
                          {"file": SimpleUploadedFile("foretag.csv", data)})
    assert preview.status_code == 200, preview.content
    assert preview.json()["updated"] == 2 and preview.json()["added"] == 0
    apply = {"payload": preview.json()["payload"], "revision": preview.json()["revision"]}
    applied = KeyClient(key).post(P + "indikatorer/foretag/import/tillampa/", apply)
    assert applied.status_code == 200 and applied.json() == {"added": 0, "updated": 2}
    assert KeyClient(key).post(P + "indikatorer/foretag/import/tillampa/",
                               apply).status_code == 409
    forged = KeyClient(key).post(P + "indikatorer/foretag/import/tillampa/",
                                 {"payload": "x", "revision": 0})
    assert forged.status_code == 400 and "payload" in forged.json()["errors"]


def test_a_status_report_is_written_submitted_returned_and_printed(project, personas):
    start_running(project, personas)
    manager = KeyClient(key_for(personas["manager"]))
    started = manager.post(P + "rapporter/lagesrapport/", {"period_start": "2021-01-01",
                                                          "period_end": "2021-06-30"})
    assert started.status_code == 201, started.text
    report = P + "rapporter/lagesrapport/1/"
    overlapping = manager.post(P + "rapporter/lagesrapport/", {"period_start": "2021-03-01",
                                                              "period_end": "2021-04-30"})
    assert overlapping.status_code == 400 and "1" in overlapping.json()["detail"]
    key = started.json()["sections"][0]["key"]
    field = next(iter(started.json()["sections"][0]["fields"]))
    written = manager.put(report + f"avsnitt/{key}/", {"revision": 0,
                                                       "fields": {field: "Enligt plan."}})
    assert written.status_code == 200, written.text
    section = next(s for s in written.json()["sections"] if s["key"] == key)
    assert section["fields"][field] == "Enligt plan." and section["revision"] == 1
    stale = manager.put(report + f"avsnitt/{key}/", {"revision": 0, "fields": {field: "x"}})
    assert stale.status_code == 409
    incomplete = manager.post(report + "skicka-in/", {})
    assert incomplete.status_code == 409 and incomplete.json()["missing"]
    fill(Document.objects.get(project=project, kind="status_report"), personas["manager"])
    assert manager.post(report + "skicka-in/", {}).json()["status"] == "submitted"
    officer = KeyClient(key_for(personas["case_officer"]))
    returned = officer.post(report + "returnera/", {"comment": "Komplettera budgeten."})
    assert returned.status_code == 200 and returned.json()["status"] == "returned"
    waiting = manager.get(report + "rapport.pdf")  # printed by the task worker
    assert waiting.status_code == 202 and waiting["Retry-After"] == "2"
    from reports.models import RenderJob
    from reports.tasks import build_render

    build_render.call(RenderJob.objects.get().pk)
    pdf = manager.get(report + "rapport.pdf")
    assert pdf.status_code == 200 and pdf["Content-Type"] == "application/pdf"
    assert pdf.content.startswith(b"%PDF")
    listed = manager.get(P + "rapporter/").json()
    assert listed["count"] == 1 and listed["results"][0]["status"] == "returned"


def test_the_portfolio_and_its_totals_are_the_pages(project, personas):
    start_running(project, personas)
    type(project).objects.filter(pk=project.pk).update(granted_amount=9_710_000)
    lines.project_changed(project.pk)  # the amount was written past the services
    officer = KeyClient(key_for(personas["case_officer"]))
    listed = officer.get("/api/v1/portfolj/")
    assert listed.status_code == 200, listed.text
    assert [r["slug"] for r in listed.json()["results"]] == ["nis"]
    totals = officer.get("/api/v1/portfolj/summor/").json()
    expected = portfolio_totals(personas["case_officer"].funding_body_id, Criteria())
    assert totals["count"] == expected.count == 1
    # Per currency, never added across currencies (one here).
    assert [(a["currency"], a["amount"]) for a in totals["amounts"]] == [
        (a.currency, f"{a.amount:.2f}") for a in expected.amounts] == [("SEK", "9710000.00")]
    bad = officer.get("/api/v1/portfolj/", {"year": "nittonhundra"})
    assert bad.status_code == 400 and "year" in bad.json()["errors"]
    assert KeyClient(key_for(personas["manager"])).get("/api/v1/portfolj/").status_code == 403
