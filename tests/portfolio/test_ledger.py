"""Importing a grant ledger: read from xlsx or CSV with every problem at its row and
column, previewed, then all rows or none; imported grants marked as such."""

import io
from datetime import date
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation
from openpyxl import Workbook

from portal.audit import AuditEntry
from projects.services.errors import NotAllowed
from reports.portfolio.ledger import read_file, read_rows
from reports.portfolio.models import LedgerEntry, LedgerImport
from reports.portfolio.services.ledger import LedgerInvalid, import_ledger


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


HEADER = ("Projekt eller företag", "Beslutsdatum", "Beviljat belopp", "Klassificering",
          "Kommun", "Ledarskap", "Nya jobb kvinnor", "Nya jobb män")


def xlsx(rows) -> SimpleUploadedFile:
    book = Workbook()
    for row in rows:
        book.active.append(list(row))
    stream = io.BytesIO()
    book.save(stream)
    return SimpleUploadedFile("liggare.xlsx", stream.getvalue())


def test_a_good_workbook_reads_every_row(funding_body, areas, municipalities):
    upload = xlsx([("Beviljade stöd 2017",), HEADER,
                   ("Bageriet AB", date(2017, 3, 15), 250000, "1", "Luleå", "kvinna", 2, 1),
                   ("Testbanan AB", "2017-09-01", "150 000,50", "Test- och övningsverksamhet",
                    "2584", "delat", "", "3"),
                   ("", None, None, None, None, None, None, None)])
    reading = read_file(upload, funding_body_id=funding_body.pk, year=2017)
    assert reading.errors == ()
    assert [(r.number, r.name, r.amount, r.focus_area_id, r.municipality, r.leadership,
             r.jobs_women, r.jobs_men) for r in reading.rows] == [
        (3, "Bageriet AB", Decimal(250000), areas[0].pk, "Luleå kommun", "woman",
         Decimal(2), Decimal(1)),
        (4, "Testbanan AB", Decimal("150000.50"), areas[1].pk, "Kiruna kommun", "shared",
         Decimal(0), Decimal(3))]
    assert reading.total == Decimal("400000.50")


def test_every_problem_is_named_with_its_cell(funding_body, areas, municipalities):
    reading = read_rows([HEADER,
                         ("", "2017-01-01", "100", "", "", "", "", ""),
                         ("B", "15/3/2017", "-5", "9", "Atlantis", "ingen", "x", "1"),
                         ("C", "2016-12-31", "100", "", "", "", "", "")],
                        funding_body_id=funding_body.pk, year=2017)
    assert reading.rows == ()
    assert reading.errors == (
        "A2: name the project or company.",
        "B3: the decision date must be a date such as 2017-03-15.",
        "C3: the granted amount must be a positive amount in kronor.",
        "D3: “9” is not a focus area of the funding body's classification.",
        "E3: “Atlantis” is not a known municipality.",
        "F3: leadership is “kvinna”, “man” or “delat”.",
        "G3: expected new jobs must be a number of jobs, zero or more.",
        "B4: the decision is dated 2016-12-31, outside 2017.",
    )


def test_an_amount_or_job_count_that_is_not_a_finite_number_is_named(funding_body, areas,
                                                                     municipalities):
    reading = read_rows([HEADER,
                         ("A", "2017-01-01", "NaN", "", "", "", "inf", "1"),
                         ("B", "2017-01-01", float("inf"), "", "", "", "0", "-Infinity")],
                        funding_body_id=funding_body.pk, year=2017)
    assert reading.rows == ()
    assert reading.errors == (
        "C2: the granted amount must be a positive amount in kronor.",
        "G2: expected new jobs must be a number of jobs, zero or more.",
        "C3: the granted amount must be a positive amount in kronor.",
        "H3: expected new jobs must be a number of jobs, zero or more.",
    )


def test_a_file_without_its_header_is_refused(funding_body):
    reading = read_rows([("a", "b")], funding_body_id=funding_body.pk, year=2017)
    assert not reading.ok and "header row" in reading.errors[0]


def test_a_file_that_is_not_a_workbook_is_refused(funding_body):
    reading = read_file(SimpleUploadedFile("liggare.xlsx", b"not a zip"),
                        funding_body_id=funding_body.pk, year=2017)
    assert reading.errors == ("The file is not an Excel workbook (.xlsx).",)


def test_import_is_whole_and_checked_again(funding_body, areas, personas, municipalities):
    rows = read_rows([HEADER, ("Bageriet AB", "2017-03-15", "250000", "1", "", "", "", ""),
                      ("Kaffe AB", "2017-04-15", "50000", "", "", "man", "1", "0")],
                     funding_body_id=funding_body.pk, year=2017).rows
    with pytest.raises(NotAllowed):
        import_ledger(actor=personas["other_case_officer"], funding_body=funding_body,
                      year=2017, file_name="x.csv", rows=list(rows))
    areas[0].delete()  # the focus area went between preview and import
    with pytest.raises(LedgerInvalid):
        import_ledger(actor=personas["case_officer"], funding_body=funding_body, year=2017,
                      file_name="x.csv", rows=list(rows))
    assert not LedgerImport.objects.exists() and not LedgerEntry.objects.exists()


def test_the_pages_preview_then_import_and_mark_the_grants(client, personas, funding_body,
                                                          areas):
    client.force_login(personas["case_officer"])
    csv = ("Projekt eller företag;Beslutsdatum;Beviljat belopp;Klassificering\n"
           "=HYPERLINK(\"x\");2017-03-15;250000;1\n"
           "Kaffe AB;2017-04-15;50 000;\n").encode()
    url = reverse("portfolio:ledger_import")
    response = client.post(url, {"year": "2017", "file": SimpleUploadedFile("l.csv", csv)},
                           HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200 and not LedgerEntry.objects.exists()
    assert "Import all 2 grants for 2017" in response.content.decode()
    payload = response.context["payload"]
    response = client.post(url, {"payload": payload})
    assert response.status_code == 302
    entries = LedgerEntry.objects.order_by("row_number")
    assert [(e.name, e.granted_amount, e.year) for e in entries] == [
        ('=HYPERLINK("x")', Decimal(250000), 2017), ("Kaffe AB", Decimal(50000), 2017)]
    assert AuditEntry.objects.filter(action="portfolio:ledger_import").count() == 1
    listing = client.get(reverse("portfolio:portfolio"), HTTP_ACCEPT_LANGUAGE="en")
    assert listing.content.decode().count('class="badge imported"') == 2
    exported = client.get(reverse("portfolio:export", args=["csv"])).content.decode("utf-8-sig")
    assert "'=HYPERLINK" in exported  # never a live formula


def test_a_tampered_preview_imports_nothing(client, personas, funding_body):
    client.force_login(personas["case_officer"])
    response = client.post(reverse("portfolio:ledger_import"), {"payload": "forged"})
    assert response.status_code == 302 and not LedgerImport.objects.exists()


def test_a_wrong_file_is_removed_whole(client, personas, funding_body):
    ledger = LedgerImport.objects.create(funding_body=funding_body, year=2017, file_name="x")
    LedgerEntry.objects.create(ledger=ledger, funding_body=funding_body, row_number=2,
                               name="A", decided_on=date(2017, 1, 1), year=2017,
                               granted_amount=Decimal(1))
    client.force_login(personas["case_officer"])
    client.post(reverse("portfolio:ledger_remove", args=[ledger.pk]))
    assert not LedgerEntry.objects.exists()
