"""The filtered portfolio downloaded as xlsx (list and totals, text kept as text), the
financier and programme filters, and the case officer's facts saved without overwriting."""

import csv
import io
from datetime import date
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import translation
from openpyxl import load_workbook

from finance.models import FinancingType
from projects.models import Project
from reports.portfolio import lines
from reports.portfolio.models import DecisionFacts, LedgerEntry, LedgerImport
from reports.portfolio.selectors import Criteria, PortfolioRows
from reports.portfolio.services.facts import FactsConflict, FactsInput, save_facts
from reports.portfolio.totals import portfolio_totals
from tests.factories import past_submission
from tests.finance.conftest import fill, manager  # noqa: F401 - fixture


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def test_the_xlsx_holds_the_filtered_list_and_its_totals(client, personas, project,
                                                          funding_body, areas):
    Project.objects.filter(pk=project.pk).update(granted_amount=Decimal(400000),
                                                 status="running")
    DecisionFacts.objects.create(project=project, focus_area=areas[0], leadership="woman")
    ledger = LedgerImport.objects.create(funding_body=funding_body, year=2017, file_name="x")
    LedgerEntry.objects.create(ledger=ledger, funding_body=funding_body, row_number=2,
                               name="=1+1", decided_on=date(2017, 1, 1), year=2017,
                               granted_amount=Decimal(100000), focus_area=areas[0])
    client.force_login(personas["case_officer"])
    lines.rebuild()  # the rows above were written past the services
    response = client.get(reverse("portfolio:export", args=["xlsx"]),
                          {"focus_area": areas[0].pk}, HTTP_ACCEPT_LANGUAGE="en")
    book = load_workbook(io.BytesIO(response.content))
    listing, totals = book.worksheets
    rows = list(listing.iter_rows(values_only=True))
    assert rows[0][:7] == ("Project or company", "Source", "Programme", "Status", "Year",
                           "Granted amount", "Currency")
    assert {(r[0], r[5], r[6]) for r in rows[1:]} == {("=1+1", 100000, "SEK"),
                                                      (project.title, 400000, "SEK")}
    assert listing["A2"].data_type == "s" or listing["A3"].data_type == "s"
    assert all(cell.data_type != "f" for row in listing.iter_rows() for cell in row)
    summary = {r[0]: r[1:] for r in totals.iter_rows(values_only=True) if r and r[0]}
    assert summary["Granted amount"][:2] == (500000, "SEK")
    assert summary["Digitala tjänstenäringar"][:3] == (500000, 100, 2)


@pytest.mark.parametrize("kind", ["xlsx", "csv"])
def test_the_export_names_statuses_sources_and_leadership_in_the_readers_words(
        client, personas, project, areas, kind):
    Project.objects.filter(pk=project.pk).update(granted_amount=Decimal(400000),
                                                 status="running")
    DecisionFacts.objects.create(project=project, focus_area=areas[0], leadership="woman")
    lines.rebuild()  # the rows above were written past the services
    client.force_login(personas["case_officer"])
    response = client.get(reverse("portfolio:export", args=[kind]), HTTP_ACCEPT_LANGUAGE="en")
    if kind == "xlsx":
        rows = list(load_workbook(io.BytesIO(response.content)).active.iter_rows(
            values_only=True))
    else:
        text = response.content.decode("utf-8-sig")
        rows = [tuple(row) for row in csv.reader(io.StringIO(text), delimiter=";")]
    row = dict(zip(rows[0], rows[1], strict=False))
    assert (row["Source"], row["Status"], row["Focus area"], row["Leadership"]) == (
        "Portal", "Running", areas[0].name, "Led by a woman")
    assert not {str(value) for value in row.values()} & {"running", "woman", str(project.pk)}


def test_financier_and_programme_filters(project, rules, make_budget, personas,
                                         owner_organisation, funding_body):
    budget = make_budget()
    fill(budget, {"externa-tjanster": ["100", "100", "100"]},
         [(owner_organisation, FinancingType.PUBLIC_CASH, ["100", "100", "100"])],
         actor=personas["manager"])
    past_submission(project)  # a draft never submitted is no part of the portfolio
    lines.rebuild()  # the rows above were written past the services
    financed = Criteria(financier_id=owner_organisation.pk)
    assert [r.name for r in PortfolioRows(funding_body.pk, financed)] == [project.title]
    other = Criteria(financier_id=funding_body.pk)
    assert list(PortfolioRows(funding_body.pk, other)) == []
    by_programme = Criteria(programme_id=project.programme_id)
    assert portfolio_totals(funding_body.pk, by_programme).count == 1


def test_facts_from_a_stale_form_are_refused(project, personas, areas):
    Project.objects.filter(pk=project.pk).update(status="submitted")
    project.refresh_from_db()
    officer = personas["case_officer"]
    data = FactsInput(focus_area_id=areas[0].pk, municipality_id=None, leadership="man",
                      decided_on=date(2026, 3, 1))
    save_facts(actor=officer, project=project, data=data, revision=0)
    with pytest.raises(FactsConflict):
        save_facts(actor=personas["administrator"], project=project,
                   data=FactsInput(None, None, "woman", None), revision=0)
    facts = DecisionFacts.objects.get(project=project)
    assert (facts.focus_area_id, facts.leadership, facts.revision) == (areas[0].pk, "man", 1)


def test_the_facts_page_keeps_what_was_typed_on_a_conflict(client, project, personas, areas):
    Project.objects.filter(pk=project.pk).update(status="submitted")
    DecisionFacts.objects.create(project=project, leadership="man", revision=3)
    client.force_login(personas["case_officer"])
    response = client.post(reverse("portfolio:facts", args=[project.slug]),
                           {"revision": "2", "leadership": "woman"},
                           HTTP_ACCEPT_LANGUAGE="en")
    content = response.content.decode()
    assert response.status_code == 200
    assert "Someone else saved the classification since you opened it." in content
    assert '<option value="woman" selected>' in content
