"""Excel: a round trip changes nothing, an edited file shows exactly its changes before they
are applied, and a malformed file is refused with a clear message."""

import io
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation
from openpyxl import load_workbook

from finance.models import BudgetVersion, FinancingType
from finance.selectors import budget_figures
from finance.services.budgets import save_costs
from finance.xlsx import export_workbook, read_workbook
from portal.models import Organisation, OrganisationKind
from tests.factories import past_submission
from tests.finance.conftest import category, fill, manager_of

T = FinancingType


def current(budget):
    version = BudgetVersion.objects.get(budget=budget, superseded_at__isnull=True)
    version.budget = budget
    return version


@pytest.fixture
def filled(budget):
    region = Organisation.objects.create(name="Region Dalarna", kind=OrganisationKind.REGION,
                                         country="SE")
    version = fill(budget, {
        "egen-personal": ["1095400", "1692400", "1743720.50"],
        "externa-tjanster": [733500, 1157250, 832250],
        "projektintakter": [20000, 0, 0],
    }, [(region, T.PUBLIC_CASH, [600000, 900000, 900000]),
        ("Europeiska Regionala UtvecklingsFonden", T.EU_FUND, [1200000, 1800000, 1800000])])
    version.sources.filter(description__startswith="Europeiska").update(preliminary=True)
    return budget


def workbook_bytes(budget):
    return export_workbook(budget, budget_figures(current(budget)))


def edited(data: bytes, change) -> bytes:
    book = load_workbook(io.BytesIO(data))
    change(book)
    stream = io.BytesIO()
    book.save(stream)
    return stream.getvalue()


def snapshot(budget):
    figures = budget_figures(current(budget))
    return ([(r.category.code, sorted(r.cells.items()), r.total) for r in figures.rows],
            [(s.source.financier_id, s.source.description, s.source.financing_type,
              s.source.preliminary, sorted(s.cells.items())) for s in figures.sources])


def test_the_export_holds_every_figure(filled):
    book = load_workbook(io.BytesIO(workbook_bytes(filled)))
    assert book.sheetnames == ["Info", "Kostnader", "Finansiering"]
    costs = {row[0]: row for row in book["Kostnader"].iter_rows(values_only=True)}
    assert costs["Kod"][2:5] == ("2019", "2020", "2021")
    assert costs["egen-personal"][2:6] == (1095400, 1692400, 1743720.5, 4531520.5)
    assert costs["schablonkostnader"][2:5] == (164310, 253860, 261558)  # 15 %, computed
    financing = list(book["Finansiering"].iter_rows(values_only=True))
    public_cash, eu_fund = (str(FinancingType.PUBLIC_CASH.label),
                            str(FinancingType.EU_FUND.label))
    assert financing[1][2:9] == ("Region Dalarna", None, public_cash, "nej", 600000, 900000,
                                 900000)
    assert financing[2][3:6] == ("Europeiska Regionala UtvecklingsFonden", eu_fund, "ja")


def test_the_export_speaks_the_readers_language_without_codes_ids_or_markdown(filled):
    version = current(filled)
    version.note = "Enligt **beslutet** 2019:\n\n- rad ett\n- rad två"
    version.save(update_fields=["note"])
    book = load_workbook(io.BytesIO(workbook_bytes(filled)))
    info = {row[0]: row[1:] for row in book["Info"].iter_rows(values_only=True)}
    assert info["note"] == ("Anteckning", "Enligt beslutet 2019:\nrad ett\nrad två")
    assert info["category_set"][1] == filled.category_set.name  # not its slug
    assert book["Info"].column_dimensions["A"].hidden  # the keys the import reads
    financing = book["Finansiering"]
    assert financing.column_dimensions["A"].hidden and financing.column_dimensions["B"].hidden
    assert book["Kostnader"].column_dimensions["A"].hidden
    shown = {row[4] for row in financing.iter_rows(min_row=2, values_only=True)}
    assert not shown & set(FinancingType.values)


def test_a_reader_of_english_gets_english_sheets_headings_and_words(filled):
    with translation.override("en"):
        data = workbook_bytes(filled)
    book = load_workbook(io.BytesIO(data))
    assert book.sheetnames == ["Info", "Costs", "Financing"]
    assert [row[1] for row in book["Info"].iter_rows(values_only=True)][:3] == [
        "Project", "Budget", "Name"]
    costs = list(book["Costs"].iter_rows(values_only=True))
    assert costs[0][:2] == ("Code", "Cost category") and costs[0][-1] == "Total"
    assert costs[-1][1] == "Total costs"
    assert any(row[1].endswith("(computed)") for row in costs[1:-1])
    financing = list(book["Financing"].iter_rows(values_only=True))
    assert financing[0][:6] == ("Id", "Organisation id", "Financier", "Description",
                                "Financing type", "Preliminary")
    assert [(row[4], row[5]) for row in financing[1:]] == [
        ("Public cash", "no"), ("EU fund (ERDF)", "yes")]
    # The file reads back whatever language its reader speaks.
    with translation.override("sv"):
        result = read_workbook(data, filled, budget_figures(current(filled)))
    assert result.ok, result.errors
    assert result.changes == []


def test_a_file_of_the_former_swedish_layout_still_reads_back(filled):
    def former(book):
        info = book["Info"]
        for number in range(1, info.max_row + 1):  # key, value, label as it was
            info.cell(number, 2).value = info.cell(number, 3).value
            info.cell(number, 3).value = "etikett"
    result = read_workbook(edited(workbook_bytes(filled), former), filled,
                           budget_figures(current(filled)))
    assert result.ok, result.errors


def test_a_round_trip_loses_nothing_and_changes_nothing(filled):
    before = snapshot(filled)
    result = read_workbook(workbook_bytes(filled), filled, budget_figures(current(filled)))
    assert result.ok, result.errors
    assert result.changes == []
    from finance.services.financing import import_budget

    version = current(filled)
    import_budget(version=version, actor=manager_of(version.budget.project),
                  costs=result.costs, sources=result.sources,
                  cost_revision=version.cost_revision,
                  financing_revision=version.financing_revision)
    assert snapshot(filled) == before


def test_an_edited_file_shows_exactly_its_changes_and_applies_them(filled, manager, client):
    def change(book):
        book["Kostnader"]["C2"] = 1200000  # Egen personal 2019
        book["Kostnader"]["D3"] = "1 200 000,50"  # Externa tjänster 2020, typed as text
        book["Finansiering"].append(["", "", "", "Projektintäkter, seminarier", "private_cash",
                                     "nej", 20000, 20000, 70000])
        book["Finansiering"].delete_rows(2)  # Region Dalarna goes
    data = edited(workbook_bytes(filled), change)
    client.force_login(manager)
    address = reverse("finance:budget_import", args=[filled.project.slug, filled.pk])
    preview = client.post(address, {"file": SimpleUploadedFile("budget.xlsx", data)})
    assert preview.status_code == 200
    changes = [(c.where, c.old, c.new) for c in preview.context["changes"]]
    assert ("Egen personal 2019", "1\u00a0095\u00a0400", "1\u00a0200\u00a0000") in changes
    assert ("Externa tjänster 2020", "1\u00a0157\u00a0250", "1\u00a0200\u00a0000,50") in changes
    assert any(c[0] == "Region Dalarna" for c in changes)
    assert any(c[0] == "Projektintäkter, seminarier" for c in changes)
    assert len(changes) == 4
    assert snapshot(filled)[0][0][1][0][1] == Decimal("1095400")  # nothing saved yet

    applied = client.post(address, {"payload": preview.context["payload"]})
    assert applied.status_code == 302
    figures = budget_figures(current(filled))
    rows = {r.category.code: r for r in figures.rows}
    assert rows["egen-personal"].cells[figures.periods[0].pk] == Decimal(1200000)
    assert rows["externa-tjanster"].cells[figures.periods[1].pk] == Decimal("1200000.50")
    assert sorted(s.source.name for s in figures.sources) == [
        "Europeiska Regionala UtvecklingsFonden", "Projektintäkter, seminarier"]


def test_a_save_between_preview_and_apply_is_not_overwritten(filled, manager, client):
    data = edited(workbook_bytes(filled), lambda book: book["Kostnader"].cell(3, 3, 5))
    client.force_login(manager)
    address = reverse("finance:budget_import", args=[filled.project.slug, filled.pk])
    preview = client.post(address, {"file": SimpleUploadedFile("budget.xlsx", data)})
    version = current(filled)
    key = (category(filled.category_set, "resekostnader").pk, version.periods.first().pk)
    save_costs(version=version, actor=manager, amounts={key: Decimal(7)},
               expected_revision=version.cost_revision)
    client.post(address, {"payload": preview.context["payload"]})
    rows = {r.category.code: r for r in budget_figures(current(filled)).rows}
    assert rows["egen-personal"].total == Decimal("4531520.50")  # the file was not applied
    assert rows["resekostnader"].total == Decimal(7)


def test_a_tampered_preview_is_refused(filled, manager, client):
    client.force_login(manager)
    address = reverse("finance:budget_import", args=[filled.project.slug, filled.pk])
    response = client.post(address, {"payload": "not-signed"})
    assert response.status_code == 302
    assert snapshot(filled)[0][0][2] == Decimal("4531520.50")


def _wrong_period(book):
    book["Kostnader"]["C1"] = "2018"


def _text_amount(book):
    book["Kostnader"]["C3"] = "tusen kronor"


def _currency_word_only(book):
    book["Kostnader"]["C3"] = "kr"


def _hundred_thousand_rows(book):
    sheet = book["Finansiering"]
    for n in range(100_000):
        sheet.append(["", "", f"Rad {n}", "", "public_cash"])


def _negative(book):
    book["Finansiering"]["G2"] = -5


def _unknown_category(book):
    book["Kostnader"]["A3"] = "okant-kostnadsslag"


def _unknown_financier(book):
    book["Finansiering"]["B2"] = None
    book["Finansiering"]["C2"] = "Okänd organisation"


def _bad_type(book):
    book["Finansiering"]["E2"] = "gåva"


def _other_budget(book):
    book["Info"]["C2"] = 99999


def _no_sheet(book):
    del book["Finansiering"]


@pytest.mark.parametrize("change,message", [
    (_wrong_period, "2018"),
    (_text_amount, "Kostnader!C3"),
    (_negative, "Finansiering!G2"),
    (_currency_word_only, "Kostnader!C3"),
    (_hundred_thousand_rows, "2\u00a0000"),
    (_unknown_category, "okant-kostnadsslag"),
    (_unknown_financier, "Okänd organisation"),
    (_bad_type, "gåva"),
    (_other_budget, "Svensk budget"),
    (_no_sheet, "Finansiering"),
])
def test_a_malformed_file_is_refused_with_a_clear_message(filled, manager, client, change,
                                                          message):
    before = snapshot(filled)
    data = edited(workbook_bytes(filled), change)
    client.force_login(manager)
    response = client.post(reverse("finance:budget_import", args=[filled.project.slug,
                                                                   filled.pk]),
                           {"file": SimpleUploadedFile("budget.xlsx", data)})
    assert response.status_code == 400
    assert any(message in error for error in response.context["errors"]), \
        response.context["errors"]
    assert "payload" not in response.context
    assert snapshot(filled) == before


def test_a_file_that_is_not_a_workbook_is_refused(filled, manager, client):
    client.force_login(manager)
    response = client.post(reverse("finance:budget_import", args=[filled.project.slug,
                                                                   filled.pk]),
                           {"file": SimpleUploadedFile("budget.xlsx", b"PK\x03\x04 not zip")})
    assert response.status_code == 400
    assert len(response.context["errors"]) == 1


def test_the_download_is_an_xlsx_attachment(filled, people, client):
    past_submission(filled.project)  # a viewer reads it once submitted
    client.force_login(people["viewer"])
    response = client.get(reverse("finance:budget_export", args=[filled.project.slug,
                                                                  filled.pk]))
    assert response.status_code == 200
    assert response["Content-Disposition"].endswith('-v1.xlsx"')
    assert load_workbook(io.BytesIO(response.content)).sheetnames[0] == "Info"


def test_text_people_typed_is_exported_as_text_never_as_a_formula(budget):
    attacker = Organisation.objects.create(name="=HYPERLINK(\"http://x.example\",\"Öppna\")",
                                           kind=OrganisationKind.COMPANY, country="SE")
    budget.name = "=cmd|' /C calc'!A0"
    budget.save(update_fields=["name"])
    version = fill(budget, {"egen-personal": [100, 0, 0]},
                   [(attacker, T.PRIVATE_CASH, [100, 0, 0]),
                    ("@SUM(1+1)", T.PUBLIC_CASH, [0, 0, 0])])
    version.note = "+SUM(A1:A9)"
    version.save(update_fields=["note"])
    version.periods.filter(label="2019").update(label="-1+1")
    book = load_workbook(io.BytesIO(workbook_bytes(budget)))
    cells = [cell for sheet in book.worksheets for row in sheet.iter_rows() for cell in row]
    assert not [cell.coordinate for cell in cells if cell.data_type == "f"]
    texts = {cell.value for cell in cells if isinstance(cell.value, str)}
    assert {"=cmd|' /C calc'!A0", "+SUM(A1:A9)", "-1+1", attacker.name} <= texts


def test_an_info_sheet_with_one_column_is_refused_with_a_message(filled):
    def one_column(book):
        info = book["Info"]
        info.delete_cols(2, 3)
    result = read_workbook(edited(workbook_bytes(filled), one_column), filled,
                           budget_figures(current(filled)))
    assert result.errors and "another budget" in result.errors[0] or "annan budget" in (
        result.errors[0])


def test_an_amount_too_large_for_the_database_is_refused_at_the_preview(filled):
    def huge(book):
        book["Kostnader"]["C2"] = 10 ** 13
    result = read_workbook(edited(workbook_bytes(filled), huge), filled,
                           budget_figures(current(filled)))
    assert any("Kostnader!C2" in error for error in result.errors)
    assert not result.ok
