"""The demo carries the seed documents' figures exactly."""

from decimal import Decimal

import pytest

from finance.models import OutcomeReport
from finance.outcome import outcome_table
from finance.selectors import budget_figures, current_versions
from finance.split import Municipality, split_amount
from projects.models import Project

D = Decimal


@pytest.fixture
def demo(demo_once, db):
    """The demo, loaded once for the module (tests/conftest.py); each test's writes are
    rolled back."""


def budgets(slug):
    return {v.budget.name: budget_figures(v) for v in current_versions(
        Project.objects.get(slug=slug))}


def by_period(figures, values):
    return {p.label: values[p.pk] for p in figures.periods}


def rows(figures):
    return {row.label: [row.cells.get(p.pk, D(0)) for p in figures.periods] for row in
            figures.rows}


pytestmark = pytest.mark.django_db


def test_kreativ_region_swedish_budget_as_printed(demo):
    sek = budgets("kreativ-region-2020")["Svensk projektbudget"]
    assert sek.cost_total == D(9710000)
    assert by_period(sek, sek.cost_by_period) == {"2011": D(2536400), "2012": D(3808150),
                                                   "2013": D(3365450)}
    table = rows(sek)
    assert table["Egen personal"] == [D(1095400), D(1692400), D(1743720)]
    assert table["Externa tjänster"] == [D(733500), D(1157250), D(832250)]
    assert table["Lokalkostnader"] == [D(48000), D(72000), D(72000)]
    assert table["Investeringar"] == [D(20000), D(0), D(0)]
    assert table["Resekostnader"] == [D(25000), D(40000), D(35000)]
    assert table["Övriga kostnader"] == [D(614500), D(846500), D(682480)]


def test_kreativ_region_norwegian_budget_in_nok_with_its_own_names(demo):
    nok = budgets("kreativ-region-2020")["Norsk prosjektbudsjett"]
    assert nok.version.budget.currency == "NOK"
    assert nok.cost_total == D(5250000)
    assert by_period(nok, nok.cost_by_period) == {"2011": D(1271632), "2012": D(2000650),
                                                   "2013": D(1977718)}
    table = rows(nok)
    assert table["Eget personale"] == [D(573000), D(893300), D(930500)]
    assert table["Eksterne tjenester"] == [D(568750), D(910000), D(796250)]
    assert table["Lokalkostnader"] == [D(41300), D(64700), D(67248)]
    assert table["Reisekostnader"] == [D(11000), D(13000), D(13000)]
    assert table["Övriga kostnader"] == [D(77582), D(119650), D(170720)]


def test_kreativ_region_financing_plans_per_year(demo):
    plans = budgets("kreativ-region-2020")
    sek = {row.source.name: row.ordered for row in plans["Svensk projektbudget"].sources}
    assert sek["Region Dalarna"] == [D(600000), D(900000), D(900000)]
    assert sek["Falun Borlänge-regionen AB – Egen finansiering"] == [D(600000), D(900000),
                                                                      D(900000)]
    assert sek["Europeiska Regionala UtvecklingsFonden"] == [D(1200000), D(1800000),
                                                             D(1800000)]
    assert sek["Projektintäkter, seminarier"] == [D(20000), D(20000), D(70000)]
    assert plans["Svensk projektbudget"].financing_total == D(9710000)
    nok = {row.source.name: row.ordered for row in plans["Norsk prosjektbudsjett"].sources}
    assert nok["Regionrådet for Hamarregionen"] == [D(500000), None, D(460000)]
    assert nok["Kommunene Hamar, Stange, Ringsaker og Løten"] == [None, D(494000), D(296000)]
    assert nok["Hedmark Fylkeskommune"] == [D(437600), D(656400), D(656000)]
    assert nok["Statliga IR-midler"] == [D(437600), D(656400), D(656000)]
    assert plans["Norsk prosjektbudsjett"].financing_total == D(5250000)


def test_kreativ_region_joint_total_in_eur_with_the_rates_named(demo):
    from finance.summary import project_finance

    finance = project_finance(Project.objects.get(slug="kreativ-region-2020"))
    assert finance.currency == "EUR"
    sides = {summary.budget.currency: summary for summary in finance.budgets}
    assert sides["SEK"].conversion.as_data()["rate"] == "9.029800"
    assert sides["NOK"].conversion.as_data()["rate"] == "7.793400"
    assert "ECB" in sides["SEK"].conversion.as_data()["source"]
    expected = (Decimal("9710000") / Decimal("9.0298") + Decimal("5250000") / Decimal("7.7934"))
    assert abs(finance.joint_eligible - expected) < Decimal("0.02")
    assert finance.joint_eligible == finance.joint_financing


def test_nis_budget_total_revision_and_outcome_per_category_and_financier(demo):
    project = Project.objects.get(slug="nis-6-0")
    (version,) = current_versions(project)
    budget = version.budget
    assert version.number == 2  # revised at the turn of 2021/2022, under a change request
    assert version.change_request.status == "approved"
    figures = budget_figures(version)
    assert figures.cost_total == D(16713030)
    report = OutcomeReport.objects.get(budget=budget)
    table = outcome_table(report, figures)
    outcome = {line.label: line.this_period for line in table.costs if line.this_period}
    assert outcome == {"Egen personal": D(7095150), "Externa tjänster": D(2931397),
                       "Lokalkostnader": D(565350), "Resekostnader": D(120266),
                       "Schablonkostnader": D(4758531)}
    assert table.cost_total.this_period == D(15470694)  # printed: 15 470 690, see the note
    assert table.cost_total.remaining == D(1242336)
    received = {line.label: (line.this_period, line.preliminary) for line in table.financing
                if line.this_period}
    assert received == {
        "Tillväxtverket": (D(7735351), False), "Region Västerbotten": (D(2443502), False),
        "Robertsfors kommun": (D(1793734), True), "Vindelns kommun": (D(962036), True),
        "Nordmalings kommun": (D(877014), True), "Vännäs kommun": (D(871396), True),
        "Bjurholms kommun": (D(794841), True)}
    assert "15 470 690" in report.note and "15 477 874" in report.note


def test_kongsberg_two_and_a_half_million_a_year_with_in_kind_and_the_split(demo):
    (figures,) = budgets("samordnet-naeringsapparat-kongsberg").values()
    assert [p.label for p in figures.periods] == ["År 1", "År 2", "År 3"]
    assert list(figures.cost_by_period.values()) == [D(2500000)] * 3
    assert rows(figures)["Egeninnsats"] == [D(1250000)] * 3
    assert figures.difference_total == 0
    municipal = {row.source.financier.name: row.ordered for row in figures.sources
                 if row.source.financier_id}
    expected = {"Hjartdal kommune": 43747, "Tinn kommune": 65811, "Notodden kommune": 96403,
                "Kongsberg kommune": 154775, "Flesberg kommune": 48222,
                "Rollag kommune": 42755, "Nore og Uvdal kommune": 48287}
    assert municipal == {name: [D(v)] * 3 for name, v in expected.items()}
    assert sum(expected.values()) == 500000
    in_kind = [row for row in figures.sources if row.source.financing_type == "public_in_kind"]
    assert [row.ordered for row in in_kind] == [[D(1250000)] * 3]


def test_invest_in_norrbotten_fifty_thousand_per_municipality_and_three_million(demo):
    (figures,) = budgets("invest-in-norrbotten").values()
    plan = {row.source.name: row for row in figures.sources}
    municipalities = [row for name, row in plan.items() if name.endswith("kommun")]
    assert len(municipalities) == 10
    assert all(row.ordered == [D(50000)] * 4 for row in municipalities)
    assert plan["Norrbottens läns landsting"].total == D(3000000)


def test_the_demo_is_idempotent(demo):
    before = {slug: {name: (f.cost_total, f.financing_total) for name, f in
                     budgets(slug).items()} for slug in ("kreativ-region-2020", "nis-6-0")}
    from finance import demo as finance_demo

    finance_demo.application({p.slug: p for p in Project.objects.all()})
    after = {slug: {name: (f.cost_total, f.financing_total) for name, f in
                    budgets(slug).items()} for slug in ("kreativ-region-2020", "nis-6-0")}
    assert before == after


def test_the_split_rule_gives_the_demo_shares():
    shares = split_amount(500000, [Municipality(n, p) for n, p in [
        ("Hjartdal", 1619), ("Tinn", 6066), ("Notodden", 12232), ("Kongsberg", 23997),
        ("Flesberg", 2521), ("Rollag", 1419), ("Nore og Uvdal", 2534)]], 50)
    assert [s.amount for s in shares] == [43747, 65811, 96403, 154775, 48222, 42755, 48287]


def test_the_submitted_version_shows_the_frozen_budgets(demo, client):
    from django.urls import reverse

    from portal.models import User

    client.force_login(User.objects.get(username="handlaggare-interreg"))
    page = client.get(reverse("projects:version", args=["kreativ-region-2020", 1]),
                      {"del": "finance"})
    html = page.content.decode()
    assert page.status_code == 200
    assert "Svensk projektbudget" in html and "Norsk prosjektbudsjett" in html
    assert "9\u00a0710\u00a0000" in html and "5\u00a0250\u00a0000" in html
    assert "1\u00a0095\u00a0400" in html  # own personnel 2011 on the Swedish side
