"""Organisations are chosen by typing part of the name: pages cost the same with few or many
organisations and rows; without JavaScript a typed name is read by the server."""

from datetime import date

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from finance.models import BudgetVersion
from finance.services.budgets import create_budget
from portal.models import AuditEntry, Country, Organisation, OrganisationKind
from projects.models import GroupMember, Participation, StaffMember
from tests.projects.test_sections import formset_management


def section_url(project):
    return reverse("projects:section", args=[project.slug, "organisation"])


def add_organisations(count, prefix="Företag"):
    return Organisation.objects.bulk_create([
        Organisation(name=f"{prefix} {n:05d} AB", kind=OrganisationKind.COMPANY,
                     country=Country.SWEDEN) for n in range(count)])


def add_rows(project, organisations):
    Participation.objects.bulk_create([
        Participation(project=project, organisation=org, role="partner")
        for org in organisations])
    StaffMember.objects.bulk_create([
        StaffMember(project=project, name=f"Person {n}", organisation=org, position=n, fte=1)
        for n, org in enumerate(organisations)])
    GroupMember.objects.bulk_create([
        GroupMember(project=project, name=f"Ledamot {n}", organisation=org, group="steering",
                    kind="business", position=n)
        for n, org in enumerate(organisations)])


def queries_for(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured), response.content.decode()


def test_the_organisation_section_costs_the_same_with_many_organisations_and_rows(
        project, login, personas):
    client = login(personas["manager"])
    organisations = add_organisations(2)
    add_rows(project, organisations[:1])
    queries_for(client, section_url(project))  # the session is read once
    small, _page = queries_for(client, section_url(project))
    organisations += add_organisations(400, prefix="Bolag")
    add_rows(project, organisations[1:41])
    large, page = queries_for(client, section_url(project))
    assert large == small
    assert "AB</option>" not in page  # no organisation is an option of a select
    assert page.count("Företag 00000 AB") >= 3  # a participant, a staff member, a member
    assert "Bolag 00399 AB" not in page  # organisations not chosen are not on the page


def test_the_chooser_is_an_aria_combobox_with_a_listbox(project, login, personas):
    page = login(personas["manager"]).get(section_url(project)).content.decode()
    field = page.split('id="id_participations-0-organisation"')[1].split(">")[0]
    assert 'role="combobox"' in field and 'aria-autocomplete="list"' in field
    assert 'aria-controls="id_participations-0-organisation-options"' in field
    assert 'id="id_participations-0-organisation-options" role="listbox"' in page


def test_suggestions_start_with_the_names_that_begin_with_the_text(project, login, personas):
    add_organisations(30)
    Organisation.objects.create(name="Mitt Företag Norr", kind=OrganisationKind.COMPANY,
                                country=Country.NORWAY, organisation_number="974760673")
    client = login(personas["manager"])
    url = reverse("projects:organisations", args=[project.slug])
    response = client.get(url, {"for": "x", "field": "s0-financier-search",
                                "s0-financier-search": "företag"})
    options = response.content.decode().split('role="option"')[1:]
    assert len(options) == 10  # bounded, whatever the number of matches
    assert "Företag 00000 AB" in options[0]
    by_number = client.get(url, {"q": "974 760"}).content.decode()
    assert "Mitt Företag Norr" in by_number
    nothing = client.get(url, {"q": "zzz"}).content.decode()
    assert 'aria-disabled="true"' in nothing and "zzz" in nothing


def organisation_post(project, rows, typed=True):
    """The organisation section as a browser without JavaScript sends it."""
    owner = project.participations.get()
    data = {"revision": 0, "organisation_description": "",
            **formset_management("participations", total=1 + len(rows), initial=1),
            "participations-0-id": owner.pk,
            "participations-0-organisation": owner.organisation_id,
            "participations-0-organisation-search": owner.organisation.name,
            "participations-0-role": "owner",
            **formset_management("group_members"), **formset_management("staff")}
    for number, (pk, text, role) in enumerate(rows, start=1):
        data[f"participations-{number}-organisation"] = pk
        data[f"participations-{number}-organisation-search"] = text
        data[f"participations-{number}-role"] = role
    return data


def test_without_javascript_a_typed_name_is_the_organisation(project, login, personas):
    luleå = Organisation.objects.create(name="Luleå kommun", country=Country.SWEDEN,
                                        kind=OrganisationKind.MUNICIPALITY)
    response = login(personas["manager"]).post(section_url(project), organisation_post(
        project, [("", "luleå kommun", "partner")]))
    assert response.status_code == 302
    assert project.participations.filter(organisation=luleå, role="partner").exists()


def test_several_rows_are_saved_at_once(project, login, personas):
    names = [org.name for org in add_organisations(5)]
    response = login(personas["manager"]).post(section_url(project), organisation_post(
        project, [("", name, "partner") for name in names]))
    assert response.status_code == 302
    assert project.participations.filter(role="partner").count() == 5


def test_a_changed_name_counts_over_the_id_the_page_held(project, login, personas):
    first, second = add_organisations(2)
    response = login(personas["manager"]).post(section_url(project), organisation_post(
        project, [(first.pk, second.name, "partner")]))
    assert response.status_code == 302
    assert list(project.participations.filter(role="partner")
                .values_list("organisation", flat=True)) == [second.pk]


def test_a_name_in_both_countries_asks_which_and_keeps_what_was_typed(
        project, login, personas):
    for country in (Country.SWEDEN, Country.NORWAY):
        Organisation.objects.create(name="Gränsbolaget", country=country,
                                    kind=OrganisationKind.COMPANY)
    client = login(personas["manager"])
    response = client.post(section_url(project), organisation_post(
        project, [("", "Gränsbolaget", "partner")]))
    page = response.content.decode()
    assert response.status_code == 200
    assert "Gränsbolaget (NO)" in page and "Gränsbolaget (SE)" in page
    assert 'value="Gränsbolaget"' in page  # the text stays where it was typed
    assert not project.participations.filter(role="partner").exists()
    chosen = client.post(section_url(project), organisation_post(
        project, [("", "Gränsbolaget (NO)", "partner")]))
    assert chosen.status_code == 302
    assert project.participations.get(role="partner").organisation.country == "NO"


def test_an_unknown_name_suggests_close_ones(project, login, personas):
    Organisation.objects.create(name="Piteå Science Park AB", country=Country.SWEDEN,
                                kind=OrganisationKind.COMPANY)
    response = login(personas["manager"]).post(section_url(project), organisation_post(
        project, [("", "Science Park", "partner")]))
    assert response.status_code == 200
    assert "Piteå Science Park AB (SE)" in response.content.decode()


def test_saving_costs_the_same_with_many_organisations(project, login, personas):
    client = login(personas["manager"])
    org = Organisation.objects.create(name="Åsele kommun", country=Country.SWEDEN,
                                      kind=OrganisationKind.MUNICIPALITY)
    data = organisation_post(project, [("", org.name, "partner")])
    with CaptureQueriesContext(connection) as small:
        assert client.post(section_url(project), data).status_code == 302
    Participation.objects.filter(organisation=org).delete()
    add_organisations(500)
    data = organisation_post(project, [("", org.name, "partner")])
    data["revision"] = 1
    with CaptureQueriesContext(connection) as large:
        assert client.post(section_url(project), data).status_code == 302
    assert len(large) == len(small)


def financing_url(project, budget):
    return reverse("finance:financing", args=[project.slug, budget.pk])


def test_the_financing_grid_costs_the_same_with_many_organisations(
        project, login, personas, shipped_cost_category_sets):
    budget = create_budget(project=project, actor=personas["manager"], name="Budget",
                           currency="SEK", country="SE",
                           periods=[("2026", date(2026, 1, 1), None)])
    client = login(personas["manager"])
    queries_for(client, financing_url(project, budget))  # the session is read once
    small, _page = queries_for(client, financing_url(project, budget))
    add_organisations(400)
    large, page = queries_for(client, financing_url(project, budget))
    assert large == small
    assert "Företag 00001 AB" not in page
    assert 'id="s0-financier" name="s0-financier-search"' in page


def test_a_financier_typed_without_javascript_is_saved(
        project, login, personas, shipped_cost_category_sets):
    budget = create_budget(project=project, actor=personas["manager"], name="Budget",
                           currency="SEK", country="SE",
                           periods=[("2026", date(2026, 1, 1), None)])
    period = BudgetVersion.objects.get(budget=budget).periods.get()
    region = Organisation.objects.create(name="Region Västerbotten", country=Country.SWEDEN,
                                         kind=OrganisationKind.REGION)
    client = login(personas["manager"])
    data = {"revision": "0", "rows": "2",
            "s0-id": "", "s0-financier": "", "s0-financier-search": "region västerbotten",
            "s0-description": "", "s0-type": "public_cash", f"s0-p{period.pk}": "100 000",
            "s1-id": "", "s1-financier": "", "s1-financier-search": "Region Okänd",
            "s1-description": "", "s1-type": "public_cash", f"s1-p{period.pk}": "5"}
    refused = client.post(financing_url(project, budget), data)
    assert refused.status_code == 200
    assert "Region Okänd" in refused.content.decode()  # said at the row, typed text kept
    data["s1-financier-search"] = ""
    data["s1-description"] = "Projektintäkter"
    assert client.post(financing_url(project, budget), data).status_code == 302
    version = BudgetVersion.objects.get(budget=budget)
    assert set(version.sources.values_list("financier", flat=True)) == {region.pk, None}


def new_organisation(**changes):
    return {"name": "Norrskensbolaget AB", "country": "SE",
            "organisation_number": "556036-0793", "kind": "company",
            "municipality": "", **changes}


def test_a_manager_adds_an_organisation_that_is_not_in_the_list(project, login, personas):
    umeå = Organisation.objects.create(name="Umeå kommun test", country=Country.SWEDEN,
                                       kind=OrganisationKind.MUNICIPALITY)
    url = reverse("projects:organisation_add", args=[project.slug])
    response = login(personas["manager"]).post(url, new_organisation(
        municipality="umeå kommun test"))
    assert response.status_code == 302
    added = Organisation.objects.get(name="Norrskensbolaget AB")
    assert (added.organisation_number, added.kind, added.home_municipality) == (
        "5560360793", "company", umeå)
    assert AuditEntry.objects.filter(project_id=project.pk, action="create",
                                     object_id=str(added.pk)).exists()


def test_a_norwegian_number_is_checked_as_norwegian(project, login, personas):
    url = reverse("projects:organisation_add", args=[project.slug])
    client = login(personas["manager"])
    wrong = client.post(url, new_organisation(country="NO", organisation_number="974760674"))
    assert wrong.status_code == 200
    assert not Organisation.objects.filter(name="Norrskensbolaget AB").exists()
    right = client.post(url, new_organisation(country="NO", organisation_number="974 760 673"))
    assert right.status_code == 302
    assert Organisation.objects.get(name="Norrskensbolaget AB").country == "NO"


def test_a_wrong_number_or_a_twin_is_refused_at_its_field(project, login, personas):
    url = reverse("projects:organisation_add", args=[project.slug])
    client = login(personas["manager"])
    wrong = client.post(url, new_organisation(organisation_number="556036-0794"))
    form = wrong.context["form"]
    assert "organisation_number" in form.errors
    assert form["name"].value() == "Norrskensbolaget AB"  # what was typed is kept
    Organisation.objects.create(name="Redan Här AB", country=Country.SWEDEN,
                                kind=OrganisationKind.COMPANY, organisation_number="5560360793")
    twin = client.post(url, new_organisation())
    assert "Redan Här AB" in " ".join(twin.context["form"].errors["organisation_number"])
    same_name = client.post(url, new_organisation(name="redan här ab",
                                                  organisation_number="5566778899"))
    assert "name" in same_name.context["form"].errors
    municipality = client.post(url, new_organisation(kind="municipality"))
    assert "kind" in municipality.context["form"].errors
    assert Organisation.objects.filter(country=Country.SWEDEN,
                                       kind=OrganisationKind.COMPANY).count() == 1


def test_an_id_alone_must_be_an_organisation(project, login, personas):
    data = organisation_post(project, [("999999", "", "partner")])
    del data["participations-1-organisation-search"]  # a client that sends only the id
    response = login(personas["manager"]).post(section_url(project), data)
    assert response.status_code == 200
    assert not project.participations.filter(role="partner").exists()


def test_reading_the_choosers_keeps_every_other_posted_value_and_the_post_itself(db):
    from django.http import QueryDict

    from portal.organisation_chooser import read_choosers

    university = Organisation.objects.create(name="Luleå tekniska universitet",
                                             country=Country.SWEDEN,
                                             kind=OrganisationKind.UNIVERSITY)
    data = QueryDict("s0-financier=&s0-financier-search=Lule%C3%A5+tekniska+universitet"
                     "&s0-p1=1+000&s0-p2=&tag=a&tag=b&s1-financier=999&s1-financier-search=x")
    read, errors = read_choosers(data, ["s0-financier", "s1-financier"])
    assert read["s0-financier"] == str(university.pk) and read["s1-financier"] == ""
    assert set(errors) == {"s1-financier"}
    assert read.getlist("tag") == ["a", "b"] and read["s0-p1"] == "1 000" and read["s0-p2"] == ""
    assert data["s0-financier"] == "" and data["s1-financier"] == "999"  # the post as sent
