"""The cases the walk found, each said where it was typed (the list's filter form, the API's
400 answer) instead of a server error."""

import pytest
from django.urls import reverse

from portal.parsing import record_id, whole_number


@pytest.mark.parametrize("year", ["10000", "0", "-5", "1e4", "2019.5", "abc"])
def test_a_year_out_of_range_is_said_on_the_list_and_in_the_api(client, project, personas,
                                                                year):
    client.force_login(personas["manager"])
    page = client.get(reverse("projects:list"), {"year": year})
    assert page.status_code == 200
    assert page.context["filter"].form.errors["year"]
    api = client.get(reverse("projects_api:list"), {"year": year})
    assert api.status_code == 400 and "year" in api.json()["errors"]  # named at its field


def test_a_year_in_range_still_filters(client, project, personas):
    project.start_date, project.end_date = "2019-01-01", "2021-12-31"
    project.save()
    client.force_login(personas["manager"])
    assert client.get(reverse("projects_api:list"), {"year": "2020"}).json()["count"] == 1
    assert client.get(reverse("projects_api:list"), {"year": "2022"}).json()["count"] == 0


def test_municipality_suggestions_ignore_what_cannot_be_a_name(client, personas,
                                                               owner_organisation):
    client.force_login(personas["manager"])
    url = reverse("projects:municipalities")
    assert "Umeå" in client.get(url, {"municipality": "Ume"}).content.decode()
    for hostile in ["\x00", "x" * 5000]:
        response = client.get(url, {"municipality": hostile})
        assert response.status_code == 200 and "Umeå" not in response.content.decode()


@pytest.mark.parametrize("text,expected", [
    ("12", 12), (" 12 ", 12), ("0", None), ("-3", None), ("٣", None), ("１２", None),
    ("+5", None), ("1e3", None), ("9" * 30, None), (str(2**63 - 1), 2**63 - 1),
    (str(2**63), None), (None, None), ("", None)])
def test_ids_are_ascii_digits_within_a_bigint(text, expected):
    assert record_id(text) == expected


def test_whole_numbers_take_zero_and_a_default():
    assert whole_number("0") == 0 and whole_number("x", -1) == -1
