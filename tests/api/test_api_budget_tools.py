"""The budget's tools through the API: settings, revisions, the municipal split, the Excel
import in two steps and the exchange rates, each through the page's service, with its
revision check and its audit entry in the key owner's name."""

from datetime import date
from decimal import Decimal

import pytest
from django.test import Client

from finance import selectors
from finance.models import CostCategorySet, ExchangeRate, ProgrammeRules
from finance.xlsx import export_workbook
from portal.models import AuditEntry, Country, Organisation, OrganisationKind
from projects.models import Participation, Project
from tests.api.conftest import KeyClient, key_for
from tests.factories import past_submission

BUDGETS = "/api/v1/projekt/nis/budgetar/"


@pytest.fixture
def budget(project, personas, shipped_cost_category_sets):
    ProgrammeRules.objects.create(programme=project.programme, category_set=CostCategorySet
                                  .objects.get(slug="tillvaxtverket-2014-2020"))
    return KeyClient(key_for(personas["manager"])).post(BUDGETS, {
        "name": "Budget", "currency": "SEK", "country": "SE", "first_year": 2025,
        "last_year": 2026}).json()


def test_settings_rename_and_add_a_period_at_the_revision_read(budget, personas, project):
    manager = KeyClient(key_for(personas["manager"]))
    path = f"{BUDGETS}{budget['id']}/installningar/"
    periods = [{"label": p["label"], "start": p["start"], "end": p["end"]}
               for p in budget["periods"]]
    version = selectors.current_version(project, budget["id"])
    ids = [p.pk for p in selectors.periods_of(version)]
    body = {"name": "Svensk budget", "note": "Reviderad", "periods": [
        {**period, "id": pk} for period, pk in zip(periods, ids, strict=True)] + [
        {"label": "2027", "start": "2027-01-01", "end": "2027-12-31"}]}
    saved = manager.put(path, body, headers={"If-Match": '"0"'})
    assert saved.status_code == 200, saved.text
    assert saved.json()["name"] == "Svensk budget"
    assert [p["label"] for p in saved.json()["periods"]] == ["2025", "2026", "2027"]
    entry = AuditEntry.objects.filter(project_id=project.pk, action="budget:settings").first()
    assert entry is not None and entry.actor == personas["manager"]
    stale = manager.put(path, {**body, "name": "Annat namn"}, headers={"If-Match": '"0"'})
    assert stale.status_code == 409 and stale.json()["current"]["name"] == "Svensk budget"
    unknown = manager.put(path, {**body, "revision": 1, "flat_rates": {"nope": "15"}})
    assert unknown.status_code == 400 and "flat_rates" in unknown.json()["errors"]


def test_a_budget_is_revised_only_under_an_open_change_request(budget, personas):
    response = KeyClient(key_for(personas["manager"])).post(
        f"{BUDGETS}{budget['id']}/revidera/", {"reason": "Ny fas"})
    assert response.status_code == 409
    assert "change request" in response.json()["detail"] or response.json()["detail"]


def _municipalities(project):
    found = []
    for name, population in (("Umeå kommun", 130000), ("Vännäs kommun", 8700)):
        organisation = Organisation.objects.filter(name=name).first() or \
            Organisation.objects.create(name=name, kind=OrganisationKind.MUNICIPALITY,
                                        country=Country.SWEDEN, population=population)
        Participation.objects.get_or_create(project=project, organisation=organisation,
                                            defaults={"role": "municipality"})
        found.append(organisation)
    return found


def test_the_split_previews_then_adds_the_shares_to_the_financing_plan(budget, personas,
                                                                         project):
    umea, vannas = _municipalities(project)
    manager = KeyClient(key_for(personas["manager"]))
    path = f"{BUDGETS}{budget['id']}/fordelning/"
    preview = manager.post(path, {"amount": 500000, "mode": "equal"})
    assert preview.status_code == 200, preview.text
    shares = {s["name"]: s["amount"] for s in preview.json()["shares"]}
    assert shares == {"Umeå kommun": 250000, "Vännäs kommun": 250000}
    assert preview.json()["applied"] is False
    applied = manager.post(path, {"amount": 500000, "mode": "population", "periods": ["2025"],
                                  "apply": True, "revision": 0})
    assert applied.status_code == 200, applied.text
    rows = applied.json()["budget"]["financing"]
    assert sum(Decimal(r["total"]) for r in rows) == 500000
    assert {r["financier_id"] for r in rows} == {umea.pk, vannas.pk}
    stale = manager.post(path, {"amount": 1, "mode": "equal", "periods": ["2025"],
                                "apply": True, "revision": 0})
    assert stale.status_code == 409
    bad = manager.post(path, {"amount": 100, "mode": "equal", "periods": ["1999"]})
    assert bad.status_code == 400 and "periods" in bad.json()["errors"]
    past_submission(project)  # a viewer sees the project from its first submission on
    viewer = KeyClient(key_for(personas["viewer"]))
    assert viewer.post(path, {"amount": 100, "mode": "equal"}).status_code == 200
    assert viewer.post(path, {"amount": 100, "mode": "equal", "periods": ["2025"],
                              "apply": True, "revision": 1}).status_code == 403


def _upload(key: str, path: str, data: bytes, name: str):
    client = Client(HTTP_AUTHORIZATION=f"Bearer {key}")
    from django.core.files.uploadedfile import SimpleUploadedFile

    return client.post(path, {"file": SimpleUploadedFile(name, data)})


def test_an_excel_file_is_previewed_then_applied_as_previewed(budget, personas, project):
    key = key_for(personas["manager"])
    version = selectors.current_version(project, budget["id"])
    workbook = export_workbook(version.budget, selectors.budget_figures(version))
    base = f"{BUDGETS}{budget['id']}/excel/"
    preview = _upload(key, base + "forhandsgranska/", workbook, "budget.xlsx")
    assert preview.status_code == 200, preview.content
    assert preview.json()["ok"] and preview.json()["payload"]
    applied = KeyClient(key).post(base + "tillampa/", {"payload": preview.json()["payload"]})
    assert applied.status_code == 200, applied.text
    again = KeyClient(key).post(base + "tillampa/", {"payload": preview.json()["payload"]})
    assert again.status_code == 409  # the budget was saved after that preview
    forged = KeyClient(key).post(base + "tillampa/", {"payload": "x"})
    assert forged.status_code == 400 and "payload" in forged.json()["errors"]
    broken = _upload(key, base + "forhandsgranska/", b"not a workbook", "budget.xlsx")
    assert broken.status_code == 400 and broken.json()["errors"]["file"]


def test_exchange_rates_are_read_by_a_projects_readers_and_kept_by_administrators(
        budget, personas, project):
    admin = KeyClient(key_for(personas["administrator"]))
    added = admin.post("/api/v1/valutakurser/", {"currency": "EUR", "per_currency": "SEK",
                                                 "rate": "0.0912", "valid_from": "2025-01-01",
                                                 "source": "ECB"})
    assert added.status_code == 201, added.text
    assert AuditEntry.objects.filter(action="admin:exchangerate",
                                     actor=personas["administrator"]).exists()
    Project.objects.filter(pk=project.pk).update()
    project.programme.reporting_currency = "EUR"
    project.programme.save(update_fields=["reporting_currency"])
    past_submission(project)  # a viewer sees the project from its first submission on
    read = KeyClient(key_for(personas["viewer"])).get("/api/v1/projekt/nis/valutakurser/")
    assert read.status_code == 200
    assert [r["rate"] for r in read.json()["results"]] == ["0.091200"]
    same_day = admin.post("/api/v1/valutakurser/", {"currency": "EUR", "per_currency": "SEK",
                                                    "rate": "0.1", "valid_from": "2025-01-01"})
    assert same_day.status_code == 400 and same_day.json()["errors"]
    refused = KeyClient(key_for(personas["manager"])).post("/api/v1/valutakurser/", {
        "currency": "EUR", "per_currency": "SEK", "rate": "1", "valid_from": "2025-02-01"})
    assert refused.status_code == 403
    rate_id = added.json()["id"]
    assert admin.delete(f"/api/v1/valutakurser/{rate_id}/").status_code == 204
    assert not ExchangeRate.objects.filter(pk=rate_id).exists()


def test_lists_come_a_page_at_a_time(project, personas, shipped_cost_category_sets):
    ExchangeRate.objects.bulk_create(
        ExchangeRate(currency="NOK", per_currency="SEK", rate=Decimal("1.01"),
                     valid_from=date(2000, 1, 1).replace(year=2000 + n // 12, month=n % 12 + 1))
        for n in range(120))
    admin = KeyClient(key_for(personas["administrator"]))
    first = admin.get("/api/v1/valutakurser/").json()
    assert first["count"] == 120 and len(first["results"]) == 50 and first["next"]
    last = admin.get("/api/v1/valutakurser/", {"page": 3}).json()
    assert len(last["results"]) == 20 and last["next"] is None
