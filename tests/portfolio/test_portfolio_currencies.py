"""Amounts in different currencies are never added together: the portfolio's totals, shares,
exports and pages give each currency its own figures, side by side (figures by hand)."""

import json
from datetime import date
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import translation

from projects.models import Programme, Project
from projects.services.applications import create_project
from reports.portfolio import exports, lines
from reports.portfolio.api import TotalsRead, totals_data
from reports.portfolio.models import DecisionFacts, LedgerEntry, LedgerImport
from reports.portfolio.selectors import Criteria, PortfolioRows
from reports.portfolio.totals import portfolio_totals


@pytest.fixture
def mixed(project, programme, personas, areas, municipalities, funding_body,
          owner_organisation):
    """| what            | currency | amount    | area | year |
       | project "nis"   | SEK      | 1 000 000 | 1    | 2017 |
       | project "norsk" | NOK      |   300 000 | 1    | 2017 |
       | project "euro"  | EUR      |    50 000 | 2    | 2018 |
       | ledger "Bager"  | SEK      |   500 000 | 2    | 2017 |
       | ledger "Fjord"  | NOK      |   100 000 | 2    | 2018 |"""
    norwegian = Programme.objects.create(name="Interreg NOK", slug="nok", country="NO",
                                         funding_body=funding_body, application_form="plp",
                                         reporting_currency="NOK")
    euro = Programme.objects.create(name="Interreg EUR", slug="eur", country="SE",
                                    funding_body=funding_body, application_form="plp",
                                    reporting_currency="EUR")
    made = {"nis": project}
    for slug, chosen in (("norsk", norwegian), ("euro", euro)):
        made[slug] = create_project(actor=personas["manager"], title=slug.title(), slug=slug,
                                    programme=chosen, owner=owner_organisation)
    for slug, amount, area, year in (("nis", 1000000, 0, 2017), ("norsk", 300000, 0, 2017),
                                     ("euro", 50000, 1, 2018)):
        Project.objects.filter(pk=made[slug].pk).update(status="running",
                                                        granted_amount=Decimal(amount))
        DecisionFacts.objects.create(project=made[slug], focus_area=areas[area],
                                     decided_on=date(year, 3, 1))
    ledger = LedgerImport.objects.create(funding_body=funding_body, year=2017, file_name="x")
    for row, (name, currency, amount, area, year) in enumerate([
            ("Bager AB", "SEK", 500000, 1, 2017), ("Fjord AS", "NOK", 100000, 1, 2018)]):
        LedgerEntry.objects.create(ledger=ledger, funding_body=funding_body, row_number=row,
                                   name=name, decided_on=date(year, 6, 1), year=year,
                                   granted_amount=Decimal(amount), currency=currency,
                                   focus_area=areas[area])
    lines.rebuild()  # the rows above were written past the services
    return funding_body


def figures(group):
    return [(f.currency, f.amount, f.share) for f in group.amounts]


def test_each_currency_has_its_own_whole_and_shares(mixed, areas):
    totals = portfolio_totals(mixed.pk, Criteria())
    assert totals.count == 5
    assert totals.amount is None  # no single sum over three currencies
    # SEK 1 000 000 + 500 000; NOK 300 000 + 100 000; EUR 50 000
    assert figures(totals) == [("SEK", Decimal(1500000), Decimal(100)),
                               ("NOK", Decimal(400000), Decimal(100)),
                               ("EUR", Decimal(50000), Decimal(100))]
    area_1, area_2 = totals.by_focus_area
    # area 1: SEK 1 000 000 / 1 500 000 = 66.7 %, NOK 300 000 / 400 000 = 75 %, no EUR
    assert figures(area_1) == [("SEK", Decimal(1000000), Decimal("66.7")),
                               ("NOK", Decimal(300000), Decimal("75.0")),
                               ("EUR", Decimal(0), Decimal("0.0"))]
    # area 2: SEK 500 000 = 33.3 %, NOK 100 000 = 25 %, EUR 50 000 = 100 %
    assert figures(area_2) == [("SEK", Decimal(500000), Decimal("33.3")),
                               ("NOK", Decimal(100000), Decimal("25.0")),
                               ("EUR", Decimal(50000), Decimal("100.0"))]
    assert [(f.currency, f.share) for f in totals.focus_area_footer] == [
        ("SEK", Decimal("100.0")), ("NOK", Decimal("100.0")), ("EUR", Decimal("100.0"))]
    by_year = {g.label: figures(g) for g in totals.by_year}
    assert by_year["2018"] == [("SEK", Decimal(0), Decimal("0.0")),
                               ("NOK", Decimal(100000), Decimal("25.0")),
                               ("EUR", Decimal(50000), Decimal("100.0"))]


def test_a_single_currency_filter_has_one_sum(mixed, areas):
    totals = portfolio_totals(mixed.pk, Criteria(year=2018))
    assert figures(totals) == [("NOK", Decimal(100000), Decimal(100)),
                               ("EUR", Decimal(50000), Decimal(100))]
    only_sek = portfolio_totals(mixed.pk, Criteria(status="imported", year=2017))
    assert only_sek.amount == Decimal(500000)


def test_rows_and_exports_name_the_currency(mixed):
    rows = {row.name: row.currency for row in PortfolioRows(mixed.pk, Criteria())}
    assert rows == {"Norsk": "NOK", "Euro": "EUR", "Bager AB": "SEK", "Fjord AS": "NOK",
                    Project.objects.get(slug="nis").title: "SEK"}
    totals = portfolio_totals(mixed.pk, Criteria())
    with translation.override("en"):
        lines = list(exports.totals_rows(totals))
    assert [line for line in lines if line[:1] == ["Granted amount"]] == [
        ["Granted amount", Decimal(1500000), "SEK"], ["Granted amount", Decimal(400000), "NOK"],
        ["Granted amount", Decimal(50000), "EUR"]]
    heading = next(line for line in lines if line and line[0] == "By focus area")
    assert heading[1:] == ["Granted amount (SEK)", "Share of SEK (%)", "Granted amount (NOK)",
                           "Share of NOK (%)", "Granted amount (EUR)", "Share of EUR (%)",
                           "Number"]


def test_the_page_shows_the_currencies_side_by_side(client, personas, mixed):
    client.force_login(personas["case_officer"])
    page = client.get(reverse("portfolio:portfolio"), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Granted, SEK" in page and "Granted, NOK" in page and "Granted, EUR" in page
    assert "1\xa0500\xa0000\xa0kr · 400\xa0000\xa0NOK · 50\xa0000\xa0EUR" in page


def test_each_row_of_the_list_shows_its_amount_in_its_own_currency(client, personas, mixed):
    client.force_login(personas["case_officer"])
    page = client.get(reverse("portfolio:portfolio"), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    listed = page[page.index('id="portfolio-t1"'):]
    for name, amount in (("Norsk", "300\xa0000\xa0NOK"), ("Euro", "50\xa0000\xa0EUR"),
                         ("Fjord AS", "100\xa0000\xa0NOK"), ("Bager AB", "500\xa0000\xa0kr")):
        row = listed[listed.index(name):]
        row = row[:row.index("</tr>")]
        assert f'<td class="num">{amount}</td>' in row, name


@pytest.mark.parametrize("criteria", [Criteria(), Criteria(year=2018), Criteria(text="Fjord"),
                                      Criteria(programme_id=-1)])
def test_the_apis_totals_are_what_their_serializer_would_give(mixed, criteria):
    """The API writes the totals by hand; the serializer (the schema) is the reference."""
    totals = portfolio_totals(mixed.pk, criteria)
    assert json.dumps(totals_data(totals)) == json.dumps(TotalsRead(totals).data)
