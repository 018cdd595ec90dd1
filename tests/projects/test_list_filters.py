"""The project list's text search and municipality filter."""

import pytest
from django.db import connection
from django.urls import reverse

from portal.models import Country, Organisation, OrganisationKind
from projects.models import (
    Participation,
    ParticipationRole,
    Project,
    ProjectRole,
    ProjectStatus,
    RoleKind,
)


@pytest.fixture
def listed(programme, personas):
    viewer = personas["viewer"]
    # Submitted: a viewer sees a project from its first submission on.
    projects = {
        "forest": Project.objects.create(
            slug="skog", title="Skogsnäringens framtid", programme=programme,
            summary="Samverkan mellan sågverk och kommuner.", status=ProjectStatus.SUBMITTED),
        "tourism": Project.objects.create(
            slug="reiseliv", title="Reiseliv i innlandet", programme=programme,
            summary="Næringsutvikling gjennom samarbeid mellom bedrifter.",
            status=ProjectStatus.SUBMITTED),
    }
    for project in projects.values():
        ProjectRole.objects.create(project=project, user=viewer, role=RoleKind.VIEWER)
    return projects


def titles(client, query) -> set[str]:
    response = client.get(reverse("projects:list"), query)
    assert response.status_code == 200
    return {card.title for card in response.context["page"].object_list}


def test_search_finds_a_word_in_the_title_summary_or_short_name(client, personas, listed):
    client.force_login(personas["viewer"])
    assert titles(client, {"q": "sågverk"}) == {"Skogsnäringens framtid"}
    assert titles(client, {"q": "reiseliv"}) == {"Reiseliv i innlandet"}
    assert titles(client, {"q": "SKOG"}) == {"Skogsnäringens framtid"}
    assert titles(client, {"q": "samarbeid bedrifter"}) == {"Reiseliv i innlandet"}
    assert titles(client, {"q": "sågverk bedrifter"}) == set()


def test_search_finds_other_inflections_in_swedish_and_norwegian_on_postgresql(
        client, personas, listed):
    """PostgreSQL's full-text search stems words; SQLite's fallback matches text as typed."""
    client.force_login(personas["viewer"])
    inflected = titles(client, {"q": "sågverken"}), titles(client, {"q": "bedriftene"})
    if connection.vendor == "postgresql":
        assert inflected == ({"Skogsnäringens framtid"}, {"Reiseliv i innlandet"})
    else:
        assert inflected == (set(), set())


@pytest.fixture
def municipalities(listed):
    umea = Organisation.objects.create(name="Umeå kommun", kind=OrganisationKind.MUNICIPALITY,
                                       country=Country.SWEDEN, municipality_code="2480")
    ume = Organisation.objects.create(name="Ume kommun", kind=OrganisationKind.MUNICIPALITY,
                                      country=Country.SWEDEN, municipality_code="9999")
    hamar = Organisation.objects.create(name="Hamar kommune",
                                        kind=OrganisationKind.MUNICIPALITY,
                                        country=Country.NORWAY, municipality_code="0403")
    Participation.objects.create(project=listed["forest"], organisation=umea,
                                 role=ParticipationRole.OWNER)
    Participation.objects.create(project=listed["forest"], organisation=ume,
                                 role=ParticipationRole.MUNICIPALITY)
    Participation.objects.create(project=listed["tourism"], organisation=hamar,
                                 role=ParticipationRole.OWNER)
    return {"umea": umea, "ume": ume, "hamar": hamar}


def test_the_municipality_filter_takes_a_name_a_code_or_an_id(client, personas, listed,
                                                             municipalities):
    client.force_login(personas["viewer"])
    forest, tourism = {"Skogsnäringens framtid"}, {"Reiseliv i innlandet"}
    assert titles(client, {"municipality": "Hamar kommune"}) == tourism
    assert titles(client, {"municipality": "hamar"}) == tourism
    assert titles(client, {"municipality": "0403"}) == tourism
    assert titles(client, {"municipality": str(municipalities["umea"].pk)}) == forest
    assert titles(client, {"municipality": "Kiruna"}) == set()


def test_a_whole_municipality_name_finds_that_municipality_only(client, personas, listed,
                                                               municipalities):
    client.force_login(personas["viewer"])
    Participation.objects.filter(organisation=municipalities["umea"]).delete()
    Participation.objects.create(project=listed["tourism"], organisation=municipalities["umea"],
                                 role=ParticipationRole.PARTNER)
    assert titles(client, {"municipality": "Umeå kommun"}) == {"Reiseliv i innlandet"}
    assert titles(client, {"municipality": "Ume"}) == {"Reiseliv i innlandet",
                                                       "Skogsnäringens framtid"}


def test_the_list_page_renders_no_option_per_municipality(client, personas, listed,
                                                         municipalities):
    client.force_login(personas["viewer"])
    Organisation.objects.bulk_create(
        Organisation(name=f"Kommun {n}", kind=OrganisationKind.MUNICIPALITY,
                     country=Country.SWEDEN) for n in range(100))
    page = client.get(reverse("projects:list")).content.decode()
    assert "Kommun 1" not in page
    assert page.count("<option") < 20  # statuses, programmes and languages
    assert 'list="municipality-suggestions"' in page
    assert 'hx-get="/projekt/kommuner/"' in page


def test_suggestions_come_as_one_types_names_starting_with_the_text_first(
        client, personas, municipalities):
    client.force_login(personas["viewer"])
    response = client.get(reverse("projects:municipalities"), {"municipality": "ume"})
    options = response.content.decode()
    assert options.index("Ume kommun") < options.index("Umeå kommun")
    assert "Hamar" not in options
    many = [Organisation(name=f"Kommun {n}", kind=OrganisationKind.MUNICIPALITY,
                         country=Country.SWEDEN) for n in range(40)]
    Organisation.objects.bulk_create(many)
    response = client.get(reverse("projects:municipalities"), {"municipality": "kommun"})
    assert response.content.decode().count("<option") == 20


def test_suggestions_need_a_login(client, municipalities):
    response = client.get(reverse("projects:municipalities"), {"municipality": "ume"})
    assert response.status_code == 302
