"""The portfolio filter's municipality and financier: chosen from the server's suggestions (the
id and the name shown), sent as an id alone (links, the API), or typed as a name without
JavaScript, which the filter reads back; only the portfolio's own organisations count."""

import pytest
from django.urls import reverse

from reports.portfolio.models import PortfolioFinancier
from tests.portfolio.test_portfolio_totals import portfolio  # noqa: F401 - the fixture


@pytest.fixture
def officer(client, personas, portfolio):  # noqa: F811 - the fixture above
    client.force_login(personas["case_officer"])
    return client


def filtered(client, query):
    response = client.get(reverse("portfolio:portfolio"), query, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    return response


@pytest.mark.parametrize("query", [
    {"municipality": "{kiruna}"},  # a link or the API: the id alone
    {"municipality": "{kiruna}", "municipality-search": "Kiruna kommun"},  # chosen
    {"municipality": "", "municipality-search": "kiruna kommun"},  # the whole name typed
    {"municipality": "", "municipality-search": "Kiruna kommun (SE)"},
    {"municipality": "", "municipality-search": "Kiru"},  # a part only one name has
    {"municipality": "{lulea}", "municipality-search": "Kiruna kommun"},  # typed over
])
def test_the_municipality_is_read_from_its_id_or_its_name(officer, municipalities, query):
    ids = {"kiruna": municipalities["Kiruna"].pk, "lulea": municipalities["Luleå"].pk}
    response = filtered(officer, {k: v.format(**ids) for k, v in query.items()})
    assert response.context["criteria"].municipality_id == ids["kiruna"]
    assert response.context["totals"].count == 2  # "second" and Testbanan AB
    page = response.content.decode()
    assert f'name="municipality" value="{ids["kiruna"]}"' in page
    assert 'name="municipality-search" value="Kiruna kommun' in page \
        or 'value="kiruna kommun"' in page or 'value="Kiru"' in page


def test_an_emptied_field_filters_nothing_whatever_id_it_kept(officer, municipalities):
    response = filtered(officer, {"municipality": municipalities["Kiruna"].pk,
                                  "municipality-search": ""})
    assert response.context["criteria"].municipality_id is None
    assert response.context["totals"].count == 6


@pytest.mark.parametrize(("typed", "message"), [
    ("kommun", "Several in this portfolio match “kommun”: write one of Kiruna kommun (SE); "
               "Luleå kommun (SE)."),
    ("Umeå", "Nothing in this portfolio matches “Umeå”."),  # a municipality, not of it
    ("Nowhere", "Nothing in this portfolio matches “Nowhere”."),
])
def test_a_name_that_means_none_or_several_is_said_beside_the_field(officer, typed, message):
    response = filtered(officer, {"municipality": "", "municipality-search": typed})
    assert response.context["criteria"].municipality_id is None
    assert response.context["totals"].count == 6  # the rest of the filter still applies
    page = response.content.decode()
    assert message.replace("“", "&ldquo;") in page or message in page
    assert 'aria-invalid="true"' in page


def test_an_id_outside_the_portfolio_is_refused(officer, municipalities):
    response = filtered(officer, {"municipality": municipalities["Umeå"].pk})
    assert response.context["criteria"].municipality_id is None
    assert "not one of the available choices" in response.content.decode()


def test_the_api_refuses_an_id_outside_the_portfolio(officer, municipalities):
    response = officer.get(reverse("portfolio_api:totals"),
                           {"municipality": municipalities["Umeå"].pk})
    assert response.status_code == 400 and "municipality" in response.json()["errors"]


def test_a_financier_is_typed_or_chosen(officer, portfolio, project,  # noqa: F811
                                        municipalities):
    PortfolioFinancier.objects.create(funding_body=portfolio, project=project,
                                      financier=municipalities["Umeå"])
    for query in ({"financier": municipalities["Umeå"].pk},
                  {"financier": "", "financier-search": "Umeå"}):
        response = filtered(officer, query)
        assert response.context["criteria"].financier_id == municipalities["Umeå"].pk
        assert [row.name for row in response.context["page"].object_list] == [project.title]


def test_the_suggestions_are_the_portfolios_own(officer, municipalities):
    response = officer.get(reverse("portfolio:suggestions", args=["municipality"]),
                           {"municipality-search": "u", "for": "id_municipality"})
    page = response.content.decode()
    assert "Luleå kommun" in page and "Kiruna kommun" in page
    assert "Umeå" not in page  # a municipality no line of the portfolio has
    assert 'id="id_municipality-option-' in page


def test_the_page_draws_no_list_of_municipalities_or_financiers(officer, municipalities):
    page = filtered(officer, {}).content.decode()
    assert 'role="combobox"' in page and 'name="municipality-search"' in page
    assert 'name="financier-search"' in page
    assert "<option" not in page[page.index('id="id_municipality"'):
                                 page.index('id="id_county"')]
