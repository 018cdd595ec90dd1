"""The portfolio's list and totals against figures computed by hand: projects in the portal
and imported grants together, filtered, with shares of the filtered set."""

import re
from datetime import date
from decimal import Decimal

import pytest
from django.db import connection
from django.urls import reverse

from projects.models import Programme, Project
from projects.services.applications import create_project
from reports.portfolio import lines
from reports.portfolio.models import DecisionFacts, LedgerEntry, LedgerImport, StoredLights
from reports.portfolio.selectors import Criteria, PortfolioRows, portfolio_lines
from reports.portfolio.totals import portfolio_totals


@pytest.fixture
def portfolio(project, programme, personas, areas, municipalities, funding_body,
              other_funding_body, owner_organisation):
    """Two granted projects and one undecided in the portal, three imported grants, and a project
    of another funding body that must never count.

    | what                 | amount    | area | municipality | year | leadership | jobs w/m |
    | project "nis"        | 1 000 000 | 1    | Luleå        | 2017 | woman      |  –       |
    | project "second"     |   600 000 | 3    | Kiruna       | 2018 | man        |  –       |
    | submitted "third"    |         – | –    | –            | 2019 | –          |  –       |
    | ledger "Bageriet"    |   250 000 | 1    | Luleå        | 2017 | woman      | 2 / 1    |
    | ledger "Testbanan"   |   150 000 | 2    | Kiruna       | 2017 | shared     | 0 / 3    |
    | ledger "Kongsberg AS"|   100 000 | –    | Kongsberg    | 2018 | man        | 1 / 1    |
    """
    second = create_project(actor=personas["manager"], title="Andra projektet", slug="second",
                            programme=programme, owner=owner_organisation)
    third = create_project(actor=personas["manager"], title="Tredje utkastet", slug="third",
                           programme=programme, owner=owner_organisation)
    Project.objects.filter(pk=project.pk).update(status="running",
                                                 granted_amount=Decimal(1000000))
    Project.objects.filter(pk=second.pk).update(status="approved", granted_amount=Decimal(600000))
    # Submitted and not decided yet: a draft never submitted is no part of the portfolio.
    Project.objects.filter(pk=third.pk).update(start_date=date(2019, 1, 1), status="submitted")
    DecisionFacts.objects.create(project=project, focus_area=areas[0], leadership="woman",
                                 municipality=municipalities["Luleå"],
                                 decided_on=date(2017, 5, 1))
    DecisionFacts.objects.create(project=second, focus_area=areas[2], leadership="man",
                                 municipality=municipalities["Kiruna"],
                                 decided_on=date(2018, 2, 1))
    StoredLights.objects.create(project=second, time="red", money="green", results="none",
                                computed_on=date(2026, 1, 1))
    ledger = LedgerImport.objects.create(funding_body=funding_body, year=2017, file_name="x")
    for row, (name, amount, area, place, year, lead, women, men) in enumerate([
            ("Bageriet AB", 250000, areas[0], "Luleå", 2017, "woman", 2, 1),
            ("Testbanan AB", 150000, areas[1], "Kiruna", 2017, "shared", 0, 3),
            ("Kongsberg AS", 100000, None, "Kongsberg", 2018, "man", 1, 1)], start=2):
        LedgerEntry.objects.create(
            ledger=ledger, funding_body=funding_body, row_number=row, name=name,
            decided_on=date(year, 6, 1), year=year, granted_amount=Decimal(amount),
            focus_area=area, municipality=municipalities[place], leadership=lead,
            expected_jobs_women=Decimal(women), expected_jobs_men=Decimal(men))
    foreign = Programme.objects.create(name="Annat", slug="annat",
                                       funding_body=other_funding_body, country="NO",
                                       application_form="plp")
    other = create_project(actor=personas["manager"], title="Främmande", slug="foreign",
                           programme=foreign, owner=owner_organisation)
    Project.objects.filter(pk=other.pk).update(granted_amount=Decimal(9999999), status="running")
    lines.rebuild()  # the rows above were written past the services
    return funding_body


def groups(items):
    return [(g.label, g.amount, g.amount_share, g.count) for g in items]


def test_totals_of_the_whole_portfolio(portfolio, areas):
    totals = portfolio_totals(portfolio.pk, Criteria())
    assert (totals.count, totals.in_portal, totals.imported) == (6, 3, 3)
    assert totals.amount == Decimal(2100000)
    # 1 250 000 / 2 100 000 = 59.52 %, 150 000 = 7.14 %, 600 000 = 28.57 %, 100 000 = 4.76 %
    assert groups(totals.by_focus_area) == [
        ("Digitala tjänstenäringar", Decimal(1250000), Decimal("59.5"), 2),
        ("Test- och övningsverksamhet", Decimal(150000), Decimal("7.1"), 1),
        ("Kulturella och kreativa näringar", Decimal(600000), Decimal("28.6"), 1),
        ("", Decimal(100000), Decimal("4.8"), 2),  # "third" and the Norwegian grant
    ]
    assert groups(totals.by_municipality) == [
        ("Luleå kommun", Decimal(1250000), Decimal("59.5"), 2),
        ("Kiruna kommun", Decimal(750000), Decimal("35.7"), 2),
        ("Kongsberg", Decimal(100000), Decimal("4.8"), 1),
        ("", Decimal(0), Decimal("0.0"), 1),
    ]
    assert groups(totals.by_county) == [
        ("Norrbottens län", Decimal(2000000), Decimal("95.2"), 4),
        ("Buskerud", Decimal(100000), Decimal("4.8"), 1),
        ("", Decimal(0), Decimal("0.0"), 1),
    ]
    assert groups(totals.by_year) == [
        ("2017", Decimal(1400000), Decimal("66.7"), 3),
        ("2018", Decimal(700000), Decimal("33.3"), 2),
        ("2019", Decimal(0), Decimal("0.0"), 1),
    ]
    assert [(g.key, g.count, g.share) for g in totals.leadership] == [
        ("woman", 2, Decimal("33.3")), ("man", 2, Decimal("33.3")),
        ("shared", 1, Decimal("16.7")), ("", 1, Decimal("16.7"))]
    assert (totals.jobs_women, totals.jobs_men) == (Decimal(3), Decimal(5))
    assert (totals.jobs_women_share, totals.jobs_men_share) == (Decimal("37.5"),
                                                                Decimal("62.5"))
    assert totals.off_track == 1


def test_the_query_per_grouping_gives_the_same_sums_as_grouping_sets(portfolio):
    """SQLite (the default of `make run`) sums one grouping a query, PostgreSQL all in one
    query: the first is run on whichever database the tests use, and the two must agree."""
    from reports.portfolio import totals as module

    filtered = portfolio_lines(portfolio.pk, Criteria())
    by_query = module._sums_query_by_query(filtered)
    whole = [row for row in by_query if row.grouping == ""]
    assert [sum(getattr(row, name) for row in whole) for name in ("n", "off_track", "imported")
            ] == [6, 1, 3]
    if connection.vendor == "postgresql":
        assert sorted(map(repr, by_query)) == sorted(map(repr, module._sums_in_one_query(filtered)))


@pytest.mark.parametrize("criteria, names, amount", [
    (Criteria(year=2017), {"Näringsliv i samverkan", "Bageriet AB", "Testbanan AB"}, 1400000),
    (Criteria(county="NO06"), {"Kongsberg AS"}, 100000),
    (Criteria(leadership="woman"), {"Näringsliv i samverkan", "Bageriet AB"}, 1250000),
    (Criteria(off_track=True), {"Andra projektet"}, 600000),
    (Criteria(status="imported"), {"Bageriet AB", "Testbanan AB", "Kongsberg AS"}, 500000),
    (Criteria(status="running"), {"Näringsliv i samverkan"}, 1000000),
    (Criteria(text="bageriet"), {"Bageriet AB"}, 250000),
])
def test_filtered_totals_and_list_agree(portfolio, criteria, names, amount):
    rows = list(PortfolioRows(portfolio.pk, criteria))
    assert {row.name for row in rows} == names
    assert portfolio_totals(portfolio.pk, criteria).amount == Decimal(amount)
    assert sum((row.amount for row in rows), Decimal(0)) == Decimal(amount)


def test_focus_area_and_municipality_filters(portfolio, areas, municipalities):
    by_area = Criteria(focus_area_id=areas[0].pk)
    assert {r.name for r in PortfolioRows(portfolio.pk, by_area)} == {
        "Näringsliv i samverkan", "Bageriet AB"}
    by_place = Criteria(municipality_id=municipalities["Kiruna"].pk)
    assert portfolio_totals(portfolio.pk, by_place).amount == Decimal(750000)


def test_the_list_sorts_and_pages_in_the_database(portfolio):
    rows = PortfolioRows(portfolio.pk, Criteria(), "-amount")
    assert len(rows) == 6
    assert [r.name for r in rows[0:3]] == ["Näringsliv i samverkan", "Andra projektet",
                                          "Bageriet AB"]
    assert rows[0].is_imported is False and rows[2].is_imported is True
    by_name = PortfolioRows(portfolio.pk, Criteria(), "name")
    assert [r.name for r in by_name][:2] == ["Andra projektet", "Bageriet AB"]


def test_another_funding_body_sees_none_of_it(portfolio, other_funding_body):
    totals = portfolio_totals(other_funding_body.pk, Criteria())
    assert (totals.count, totals.amount) == (1, Decimal(9999999))
    assert [r.name for r in PortfolioRows(other_funding_body.pk, Criteria())] == ["Främmande"]


@pytest.mark.parametrize("name", ["municipality", "programme", "focus_area", "financier",
                                  "year", "county"])
def test_a_filter_value_that_cannot_exist_gives_a_page_not_an_error(portfolio, client,
                                                                    personas, name):
    client.force_login(personas["case_officer"])
    response = client.get(reverse("portfolio:portfolio"), {name: "-5"})
    assert response.status_code in (200, 400), name


def test_the_filters_offer_all_in_the_readers_words_not_dashes(portfolio, client, personas):
    client.force_login(personas["case_officer"])
    page = client.get(reverse("portfolio:portfolio"), HTTP_ACCEPT_LANGUAGE="sv").content.decode()
    assert "---------" not in page
    main = page[page.index("<main"):]  # the header's language choice aside
    selects = re.findall(r"<select[^>]*>\s*<option[^>]*>([^<]*)</option>", main)
    assert len(selects) == 5 and set(selects) == {"Alla"}, selects  # and two choosers


def test_the_text_search_finds_a_project_by_its_text_as_it_is_now(portfolio, project):
    """On PostgreSQL the search reads the text kept on the project's line: rewritten with the
    line whenever the project changes."""
    def found(text):
        return {r.name for r in PortfolioRows(portfolio.pk, Criteria(text=text))}

    assert found("samverkan") == {"Näringsliv i samverkan"}
    Project.objects.filter(pk=project.pk).update(title="Besöksnäring i fjällen",
                                                 summary="Turism året runt")
    lines.project_changed(project.pk)  # as the audited change of the project does
    assert found("samverkan") == set()
    assert found("turism") == {"Besöksnäring i fjällen"}
    assert found("Bageriet") == {"Bageriet AB"}  # an imported grant, by its name
