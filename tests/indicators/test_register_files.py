"""The registers as files: downloaded as xlsx and CSV, read back without changing anything,
uploaded with a preview, refused row by row with nothing half-imported, and never a live
formula in what the portal writes."""

import csv
import io
from datetime import date

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import Workbook, load_workbook

from indicators import register_files as files
from indicators.models import ParticipationRecord, RegisterRule, SupportedCompany
from indicators.services.companies import CompanyInput, EmployeeCountInput, add_companies
from indicators.services.participants import (
    ActivityTypeInput,
    ParticipationInput,
    add_activity_type,
    add_participations,
)
from portal.models import AuditEntry
from tests.indicators.conftest import D, from_catalogue

pytestmark = pytest.mark.usefixtures("in_english")
VALID_SE = "556036-0793"  # a real Swedish organisation number, check digit correct


@pytest.fixture
def registers(add, catalogue, years, running, manager):
    growth = add(from_catalogue(catalogue["CO08"], source="register",
                                rule=RegisterRule.EMPLOYMENT_GROWTH, target=D(4)))
    years()
    project = running()
    kind = add_activity_type(project=project, actor=manager,
                             data=ActivityTypeInput("Frukostmöten"))
    add_participations(project=project, actor=manager, rows=[
        ParticipationInput(kind.pk, date(2020, 3, 1), "=HYPERLINK(\"x\")", women=4, men=2),
        ParticipationInput(kind.pk, date(2021, 5, 1), "Vårträff", women=7, men=1, other=1,
                           note="-2 avhopp", names=["Anna Andersson"]),
    ])
    add_companies(project=project, actor=manager, rows=[
        CompanyInput(name="Svenska Dynor AB", organisation_number=VALID_SE,
                     leadership="woman", stated_growth=D(7), indicator_ids=[growth.pk],
                     employee_counts=[EmployeeCountInput(date(2019, 12, 31), D(9), "2019"),
                                      EmployeeCountInput(date(2022, 10, 31), D(16), "okt-22")]),
        CompanyInput(name="@Smejtec", support_amount=D("12500.50"), note="+46 70 123",
                     employee_counts=[EmployeeCountInput(date(2019, 12, 31), D("2.5"), "2019")]),
    ])
    return {"project": project, "kind": kind, "growth": growth}


def _upload(content: bytes, name: str) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content)


def _xlsx(export, title="Register") -> SimpleUploadedFile:
    return _upload(files.xlsx_bytes(export, title), "register.xlsx")


def _csv(export) -> SimpleUploadedFile:
    from portal.spreadsheets import csv_bytes
    return _upload(csv_bytes(files.csv_rows(export)), "register.csv")


def _snapshot(project):
    companies = [(c.name, c.organisation_number, c.leadership, c.stated_growth,
                  c.support_amount, c.note, c.revision,
                  sorted((e.measured_on, e.employees, e.label) for e in c.employee_counts.all()),
                  sorted(c.indicators.values_list("pk", flat=True)))
                 for c in SupportedCompany.objects.filter(project=project).order_by("pk")]
    records = list(ParticipationRecord.objects.filter(project=project).order_by("pk").values_list(
        "title", "held_on", "women", "men", "other", "note", "revision"))
    names = sorted(ParticipationRecord.objects.filter(project=project)
                   .values_list("names__name", flat=True), key=str)
    return companies, records, names


@pytest.mark.parametrize("kind", ["xlsx", "csv"])
@pytest.mark.parametrize("register", [files.COMPANIES, files.PARTICIPANTS])
def test_a_downloaded_register_reads_back_without_changing_anything(
        registers, manager, kind, register):
    from indicators.services.register_import import apply_import, preview_import

    project = registers["project"]
    export = (files.company_export(project) if register == files.COMPANIES
              else files.participant_export(project))
    before, entries = _snapshot(project), AuditEntry.objects.count()
    upload = _xlsx(export) if kind == "xlsx" else _csv(export)
    result = files.read_file(upload, register, project)
    assert result.ok, result.errors
    preview = preview_import(project=project, actor=manager, register=register,
                             rows=result.rows)
    assert (preview.errors, preview.added, preview.updated) == ([], 0, 2)
    assert apply_import(project=project, actor=manager, register=register,
                        payload=preview.payload, revision=preview.revision) == (0, 2)
    assert _snapshot(project) == before
    assert AuditEntry.objects.count() == entries


def test_text_a_person_typed_is_never_a_live_formula_in_either_file(registers):
    project = registers["project"]
    book = load_workbook(io.BytesIO(files.xlsx_bytes(files.participant_export(project), "P")))
    cells = [cell for row in book.active.iter_rows() for cell in row]
    typed = next(cell for cell in cells if cell.value == '=HYPERLINK("x")')
    assert typed.data_type == "s"
    from portal.spreadsheets import csv_bytes
    text = csv_bytes(files.csv_rows(files.company_export(project))).decode("utf-8-sig")
    assert ";'@Smejtec;" in text and ";'+46 70 123;" in text


def test_names_of_participants_stay_out_of_the_export(registers):
    export = files.participant_export(registers["project"])
    assert "Anna Andersson" not in str(export.rows)


def _company_book(rows, header=None) -> SimpleUploadedFile:
    book = Workbook()
    sheet = book.active
    sheet.append(header or ["Företag", "Organisationsnummer", "Ledning",
                            "Anställda 2019-12-31 (2019)", "Anställda 2022-10-31"])
    for row in rows:
        sheet.append(row)
    stream = io.BytesIO()
    book.save(stream)
    return _upload(stream.getvalue(), "foretag.xlsx")


def test_bad_rows_are_named_by_row_and_column_and_nothing_is_imported(registers, manager):
    from indicators.services.register_import import preview_import

    project = registers["project"]
    upload = _company_book([
        ["Nytt AB", "556036-0794", "Led by a woman", 3, 4],  # wrong check digit
        ["Ett till AB", "", "ledd av en robot", 1, 2],
        ["", "", "", "tre", 2],
        ["Bra AB", "", "", 1, 2],
    ])
    result = files.read_file(upload, files.COMPANIES, project)
    assert len(result.errors) == 2
    assert result.errors[0].startswith("Row 3, column C (Leadership): Not one of:")
    assert result.errors[1].startswith("Row 4, column D (Employees 2019-12-31): Not a number")
    # Rows that read correctly still meet every rule of the register before anything is kept.
    readable = files.read_file(_company_book([["Nytt AB", "556036-0794", "", 3, 4],
                                              ["", "", "", 1, 2], ["Bra AB", "", "", 1, 2]]),
                               files.COMPANIES, project)
    preview = preview_import(project=project, actor=manager, register=files.COMPANIES,
                             rows=readable.rows)
    assert any(e.startswith("Row 2 (Organisation number):") for e in preview.errors)
    assert any(e.startswith("Row 3 (Company): Give the company's name") for e in preview.errors)
    assert preview.payload == ""
    assert SupportedCompany.objects.filter(project=project).count() == 2


def test_an_upload_is_previewed_then_added_whole_through_the_page(registers, client, manager):
    project = registers["project"]
    client.force_login(manager)
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    url = reverse("indicators:companies_import", kwargs={"slug": project.slug})
    page = client.post(url, {"file": _company_book([
        ["Brandts Blommor", "", "Kvinna", 4, 8],
        ["Tegsnäshus", "556677-8899", "", 0, 6]])})
    assert page.status_code == 200, page.context["errors"]
    preview = page.context["preview"]
    assert (preview.added, preview.updated, preview.errors) == (2, 0, [])
    assert SupportedCompany.objects.filter(project=project).count() == 2  # nothing kept yet
    done = client.post(url, {"payload": preview.payload, "revision": preview.revision})
    assert done.status_code == 302
    added = SupportedCompany.objects.get(project=project, name="Brandts Blommor")
    assert added.leadership == "woman"
    assert [e.employees for e in added.employee_counts.order_by("measured_on")] == [4, 8]


def test_a_register_changed_after_the_preview_refuses_the_import(registers, client, manager):
    project = registers["project"]
    client.force_login(manager)
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    url = reverse("indicators:companies_import", kwargs={"slug": project.slug})
    preview = client.post(url, {"file": _company_book([["Brandts Blommor", "", "", 4, 8]])}
                          ).context["preview"]
    add_companies(project=project, actor=manager, rows=[CompanyInput(name="Mellankomst AB")])
    page = client.post(url, {"payload": preview.payload, "revision": preview.revision},
                       follow=True)
    assert "Someone changed the register" in page.content.decode()
    assert not SupportedCompany.objects.filter(name="Brandts Blommor").exists()


def test_a_tampered_preview_or_an_unknown_activity_type_saves_nothing(registers, client,
                                                                       manager):
    project = registers["project"]
    client.force_login(manager)
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    url = reverse("indicators:participants_import", kwargs={"slug": project.slug})
    page = client.post(url, {"payload": "not-signed", "revision": "0"}, follow=True)
    assert "The preview has expired" in page.content.decode()
    header = ["Aktivitetstyp", "Datum", "Kvinnor", "Män"]
    book = _company_book([["Okänd typ", "2021-01-01", 1, 1]], header=header)
    page = client.post(url, {"file": book})
    assert page.status_code == 400, page.context.get("errors")
    assert "is not one of the project's activity types" in page.context["errors"][0]
    assert ParticipationRecord.objects.filter(project=project).count() == 2


def test_a_file_that_is_not_a_register_gets_a_message(registers, client, manager):
    client.force_login(manager)
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    url = reverse("indicators:companies_import", kwargs={"slug": registers["project"].slug})
    page = client.post(url, {"file": _upload(b"PK\x03\x04 not really a zip", "x.xlsx")})
    assert page.status_code == 400
    assert "not an Excel workbook" in page.content.decode()
    page = client.post(url, {"file": _upload(b"Namn;Stad\nA;B\n", "x.csv")})
    assert "No header row naming the columns" in page.content.decode()


@pytest.mark.parametrize("name", ["indicators:companies_import",
                                  "indicators:participants_import"])
def test_the_import_page_is_for_writers_during_follow_up_only(project, client, personas, name):
    address = reverse(name, kwargs={"slug": project.slug})
    client.force_login(personas["manager"])
    assert client.get(address).status_code == 403  # a draft keeps no registers yet
    from tests.indicators.conftest import start_running
    start_running(project, personas)
    assert client.get(address).status_code == 200
    client.force_login(personas["case_officer"])
    assert client.get(address).status_code == 403


def test_downloading_a_register_costs_the_same_queries_for_2_or_60_companies(
        registers, client, manager, django_assert_num_queries):
    project = registers["project"]
    client.force_login(manager)
    address = reverse("indicators:companies_export", kwargs={"slug": project.slug})
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as small:
        assert client.get(address).status_code == 200
    add_companies(project=project, actor=manager, rows=[
        CompanyInput(name=f"Företag {n}", indicator_ids=[registers["growth"].pk],
                     employee_counts=[EmployeeCountInput(date(2019, 12, 31), D(n))])
        for n in range(58)])
    with django_assert_num_queries(len(small.captured_queries)):
        assert client.get(address + "?format=csv").status_code == 200


@pytest.mark.parametrize("kind", ["xlsx", "csv"])
def test_the_company_register_names_countries_and_choices_in_the_readers_words(registers,
                                                                              kind):
    export = files.company_export(registers["project"])
    if kind == "xlsx":
        sheet = load_workbook(io.BytesIO(files.xlsx_bytes(export, "Register"))).active
        rows = list(sheet.iter_rows(values_only=True))
        assert sheet.column_dimensions["A"].hidden  # the record's id, for the import
    else:
        from portal.spreadsheets import csv_bytes
        text = csv_bytes(files.csv_rows(export)).decode("utf-8-sig")
        rows = [tuple(row) for row in csv.reader(io.StringIO(text), delimiter=";")]
    company = dict(zip(rows[0], rows[2], strict=False))  # sorted by name: "@Smejtec" first
    assert (company["Company"], company["Country"], company["Leadership"]) == (
        "Svenska Dynor AB", "Sweden", "Led by a woman")
    assert company["Organisation number"] == VALID_SE
    assert not {value for row in rows[1:] for value in row} & {"SE", "NO", "woman"}


def test_the_company_file_is_kept_until_the_register_changes(registers, client, manager):
    project = registers["project"]
    client.force_login(manager)
    address = reverse("indicators:companies_export", kwargs={"slug": project.slug})
    first = client.get(address + "?format=csv").content
    assert client.get(address + "?format=csv").content == first
    add_companies(project=project, actor=manager, rows=[
        CompanyInput(name="Norrskensbageriet AB", indicator_ids=[registers["growth"].pk],
                     employee_counts=[EmployeeCountInput(date(2019, 12, 31), D(4))])])
    after = client.get(address + "?format=csv").content.decode("utf-8-sig")
    assert "Norrskensbageriet AB" in after and "Norrskensbageriet AB" not in first.decode()


def test_the_participant_file_is_written_for_each_download(registers, client, manager,
                                                           monkeypatch):
    """It may name people, and a name removed on request must linger in no copy."""
    written = []
    export = files.participant_export
    monkeypatch.setattr(files, "participant_export",
                        lambda project: written.append(project) or export(project))
    client.force_login(manager)
    address = reverse("indicators:participants_export",
                      kwargs={"slug": registers["project"].slug})
    for _ in range(2):
        assert client.get(address).status_code == 200
    assert len(written) == 2
