"""The register pages at work: recording activities and companies, refusing a wrong
organisation number at its field, names kept minimal, conflicts that keep what was typed."""

from datetime import date

import pytest
from django.urls import reverse

from indicators.models import ParticipantName, ParticipationRecord, SupportedCompany
from indicators.services.companies import CompanyInput, add_companies, update_company
from indicators.services.participants import ActivityTypeInput, add_activity_type
from tests.indicators.conftest import D


@pytest.fixture
def follow_up(running, client, manager):
    project = running()
    client.force_login(manager)
    return project


def url(name, project, **kwargs):
    return reverse(f"indicators:{name}", kwargs={"slug": project.slug, **kwargs})


def test_activities_are_recorded_and_summed_by_type(client, follow_up, manager):
    kind = add_activity_type(project=follow_up, actor=manager, data=ActivityTypeInput(
        "Företagsbesök", stated_count=2, stated_source="Lägesrapport 1"))
    response = client.post(url("participants", follow_up), {
        "action": "add_record", "activity_type": kind.pk, "held_on": "2020-03-04",
        "title": "Besök hos Frekab", "women": "2", "men": "1", "other": "0",
        "names": "Anna Andersson\nBo Berg"})
    assert response.status_code == 302
    page = client.get(url("participants", follow_up))
    summary = page.context["summary"]
    assert (summary.participants, summary.women, summary.names_kept) == (3, 2, 2)
    assert summary.by_type[0].difference == 1  # two stated, one recorded
    assert "Besök hos Frekab" in page.content.decode()


def test_a_date_outside_the_project_is_refused_at_its_field(client, follow_up, manager):
    kind = add_activity_type(project=follow_up, actor=manager,
                             data=ActivityTypeInput("Företagsbesök"))
    response = client.post(url("participants", follow_up), {
        "action": "add_record", "activity_type": kind.pk, "held_on": "2030-01-01",
        "women": "1", "men": "0", "other": "0"})
    assert response.status_code == 400
    assert "Datumet ligger utanför projekttiden" in response.content.decode()
    assert not ParticipationRecord.objects.exists()


def test_names_are_kept_minimal_and_removed_on_request(client, follow_up, manager):
    kind = add_activity_type(project=follow_up, actor=manager,
                             data=ActivityTypeInput("Kurs"))
    client.post(url("participants", follow_up), {
        "action": "add_record", "activity_type": kind.pk, "held_on": "2020-03-04",
        "women": "2", "men": "0", "other": "0", "names": "Anna Andersson\nCecilia Ek"})
    api = reverse("indicators_api:participants", args=[follow_up.slug])
    assert "names" not in client.get(api).json()["results"][0]
    assert client.get(api, {"namn": "1"}).json()["results"][0]["names"] == [
        "Anna Andersson", "Cecilia Ek"]
    response = client.post(url("participants", follow_up), {"action": "forget",
                                                              "name": "Cecilia Ek"})
    assert response.status_code == 302
    assert list(ParticipantName.objects.values_list("name", flat=True)) == ["Anna Andersson"]


def test_a_wrong_organisation_number_is_refused_with_the_reason(client, follow_up):
    response = client.post(url("companies", follow_up), {
        "action": "add", "name": "Brandts Blommor", "country": "SE",
        "organisation_number": "556036-0794", "counts": "1",
        "count-0-measured_on": "2019-12-31", "count-0-label": "2019",
        "count-0-employees": "4"})
    assert response.status_code == 400
    assert "Kontrollsiffran i det svenska organisationsnumret stämmer inte." in (
        response.content.decode())
    assert 'value="556036-0794"' in response.content.decode()  # kept as typed
    assert not SupportedCompany.objects.exists()


def test_a_company_is_added_with_its_counts_and_its_growth_shown(client, follow_up):
    response = client.post(url("companies", follow_up), {
        "action": "add", "name": "Automattolerans/Smejtec AB", "country": "SE",
        "organisation_number": "5560360793", "counts": "2", "stated_growth": "1,5",
        "count-0-measured_on": "2019-12-31", "count-0-label": "2019",
        "count-0-employees": "2,5", "count-1-measured_on": "2022-10-31",
        "count-1-label": "okt-22", "count-1-employees": "4"})
    assert response.status_code == 302
    page = client.get(url("companies", follow_up))
    row = page.context["register"].companies[0]
    assert (row.organisation_number, row.growth, row.stated_difference) == (
        "556036-0793", D("1.5"), D(0))
    assert "556036-0793" in page.content.decode()


def test_a_company_edited_after_someone_elses_save_keeps_the_typing(client, follow_up,
                                                                   manager, personas):
    company = add_companies(project=follow_up, actor=manager,
                            rows=[CompanyInput(name="Hotell Vännäs")])[0]
    update_company(project=follow_up, actor=personas["member"], data=CompanyInput(
        name="Hotell Vännäs AB", id=company.pk, expected_revision=0))
    response = client.post(url("company", follow_up, company_id=company.pk), {
        "action": "save", "revision": "0", "name": "Hotellet i Vännäs", "country": "SE",
        "counts": "0"})
    assert response.status_code == 409
    assert 'value="Hotellet i Vännäs"' in response.content.decode()
    company.refresh_from_db()
    assert company.name == "Hotell Vännäs AB"


def test_the_register_pages_read_as_at_a_date(client, follow_up, manager):
    add_companies(project=follow_up, actor=manager, rows=[CompanyInput(
        name="Frekab i Bjurholm AB", employee_counts=[])])
    kind = add_activity_type(project=follow_up, actor=manager,
                             data=ActivityTypeInput("Träffar"))
    client.post(url("participants", follow_up), {
        "action": "add_record", "activity_type": kind.pk, "held_on": "2021-05-05",
        "women": "5", "men": "5", "other": "0"})
    earlier = client.get(url("participants", follow_up), {"per": str(date(2020, 12, 31))})
    assert earlier.context["summary"].participants == 0
