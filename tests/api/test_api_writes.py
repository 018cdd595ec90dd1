"""Writing through the API: the pages' rules, their revision check and their audit trail,
with every error in one shape that names the field."""

from datetime import date

from finance.models import CostCategorySet, ProgrammeRules
from portal.models import AuditEntry
from projects.models import Project
from tests.api.conftest import KeyClient, key_for
from tests.factories import past_submission

SECTION = "/api/v1/projekt/nis/avsnitt/"


def test_of_two_writes_at_the_same_revision_the_second_gets_409_with_what_is_saved(
        project, personas):
    manager = KeyClient(key_for(personas["manager"]))
    member = KeyClient(key_for(personas["member"]))
    read = manager.get(SECTION + "background/")
    assert read.status_code == 200 and read["ETag"] == '"0"'
    first = manager.put(SECTION + "background/", {"fields": {"background": "Majas text"}},
                        headers={"If-Match": '"0"'})
    assert first.status_code == 200 and first.json()["revision"] == 1
    second = member.put(SECTION + "background/", {"revision": 0,
                                                  "fields": {"background": "Annan text"}})
    assert second.status_code == 409
    assert second.json()["current"]["fields"]["background"] == "Majas text"
    assert second.json()["current"]["revision"] == 1
    assert Project.objects.get(pk=project.pk).background == "Majas text"
    entry = AuditEntry.objects.get(project_id=project.pk, field__contains="background")
    assert entry.actor == personas["manager"] and entry.new_value == "Majas text"


def test_a_write_without_the_revision_it_read_is_refused(project, personas):
    response = KeyClient(key_for(personas["manager"])).put(
        SECTION + "background/", {"fields": {"background": "Utan revision"}})
    assert response.status_code == 400
    assert "revision" in response.json()["errors"]
    assert Project.objects.get(pk=project.pk).background == ""


def test_errors_name_the_field_and_the_row_where_the_value_was_sent(project, personas):
    manager = KeyClient(key_for(personas["manager"]))
    dates = manager.put(SECTION + "basics/", {"revision": 0, "fields": {
        "start_date": "2025-01-01", "end_date": "2024-01-01"}})
    assert dates.status_code == 400
    assert list(dates.json()["errors"]) == ["end_date"]
    rows = manager.put(SECTION + "organisation/", {"revision": 0, "rows": {"participations": [
        {"organisation": 999999, "role": "partner"}]}})
    assert rows.status_code == 400
    assert "rows.participations.0.organisation" in rows.json()["errors"]
    typed = manager.put(SECTION + "horizontal/", {"revision": 0, "fields": {
        "gender_equality_rating": "mycket"}})
    assert typed.status_code == 400 and "fields.gender_equality_rating" in typed.json()["errors"]


def test_submitting_an_incomplete_application_answers_with_what_is_missing(project, personas):
    manager = KeyClient(key_for(personas["manager"]))
    missing = manager.get("/api/v1/projekt/nis/saknas/").json()
    assert missing["complete"] is False and missing["missing"]
    response = manager.post("/api/v1/projekt/nis/skicka-in/", {})
    assert response.status_code == 409
    assert response.json()["missing"] == missing["missing"]
    assert Project.objects.get(pk=project.pk).status == "draft"


def test_a_step_from_the_wrong_state_is_refused_in_words(project, personas):
    past_submission(project, status="running")  # on a draft the funding body is not in it
    officer = KeyClient(key_for(personas["case_officer"]))
    response = officer.post("/api/v1/projekt/nis/beslut/approve/", {"granted_amount": "100"})
    assert response.status_code == 409 and response.json()["detail"]
    assert Project.objects.get(pk=project.pk).granted_amount is None


def test_budget_costs_go_through_the_budget_service_and_keep_its_revision(
        project, personas, shipped_cost_category_sets):
    ProgrammeRules.objects.create(programme=project.programme, category_set=CostCategorySet
                                  .objects.get(slug="tillvaxtverket-2014-2020"))
    manager = KeyClient(key_for(personas["manager"]))
    budget = manager.post("/api/v1/projekt/nis/budgetar/", {
        "name": "Budget", "currency": "SEK", "country": "SE", "first_year": 2025,
        "last_year": 2026}).json()
    code = next(row["category"] for row in budget["costs"] if not row["computed"])
    path = f"/api/v1/projekt/nis/budgetar/{budget['id']}/kostnader/"
    saved = manager.put(path, {"revision": 0, "cells": [
        {"category": code, "period": "2025", "amount": "1095400.50"}]})
    assert saved.status_code == 200
    row = next(r for r in saved.json()["costs"] if r["category"] == code)
    assert row["amounts"]["2025"] == "1095400.5" and saved.json()["revisions"]["costs"] == 1
    stale = manager.put(path, {"revision": 0, "cells": [
        {"category": code, "period": "2026", "amount": "1"}]})
    assert stale.status_code == 409 and stale.json()["current"]["revisions"]["costs"] == 1
    wrong = manager.put(path, {"revision": 1, "cells": [
        {"category": code, "period": "1999", "amount": "1"}]})
    assert wrong.status_code == 400 and list(wrong.json()["errors"]) == ["cells.0.period"]


def test_a_risk_is_added_and_changed_at_its_revision(project, personas):
    manager = KeyClient(key_for(personas["manager"]))
    added = manager.post("/api/v1/projekt/nis/risker/", {
        "title": "Det är en risk att nyckelpersoner slutar", "likelihood": 3, "impact": 4})
    assert added.status_code == 201, added.text
    risk = added.json()
    path = f"/api/v1/projekt/nis/risker/{risk['id']}/"
    changed = manager.put(path, {**_risk_body(risk), "likelihood": 2},
                          headers={"If-Match": f'"{risk["revision"]}"'})
    assert changed.status_code == 200 and changed.json()["likelihood"] == 2
    stale = manager.put(path, {**_risk_body(risk), "likelihood": 5, "revision": risk["revision"]})
    assert stale.status_code == 409 and stale.json()["current"]["likelihood"] == 2
    bad = manager.post("/api/v1/projekt/nis/risker/", {"title": "", "likelihood": 9})
    assert bad.status_code == 400 and "likelihood" in bad.json()["errors"]


def _risk_body(risk):
    return {"title": risk["title"], "impact": risk["impact"], "likelihood": risk["likelihood"]}


def test_lists_filter_and_order_as_the_pages_do(project, personas, programme):
    from projects.services.applications import create_project

    later = create_project(actor=personas["manager"], title="Ett annat projekt", slug="annat",
                           programme=programme)
    Project.objects.filter(pk=later.pk).update(start_date=date(2030, 1, 1))
    Project.objects.filter(pk=project.pk).update(start_date=date(2020, 1, 1),
                                                 end_date=date(2022, 12, 31))
    manager = KeyClient(key_for(personas["manager"]))
    ordered = manager.get("/api/v1/projekt/", {"ordering": "-start_date"}).json()
    assert [p["slug"] for p in ordered["results"]][0] == "annat"
    found = manager.get("/api/v1/projekt/", {"year": 2030}).json()
    assert [p["slug"] for p in found["results"]] == ["annat"]
    bad = manager.get("/api/v1/projekt/", {"status": "påhittad"})
    assert bad.status_code == 400 and "status" in bad.json()["errors"]
    organisations = manager.get("/api/v1/organisationer/", {"q": "Umeå"}).json()
    assert [o["name"] for o in organisations["results"]] == ["Umeå kommun"]
