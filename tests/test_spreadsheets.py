"""Spreadsheets are hostile: what is exported never runs as a formula, and what is uploaded
is checked before it is read."""

import io
import re
import zipfile

import pytest
from django.utils import translation
from openpyxl import Workbook, load_workbook

from portal.spreadsheets import (
    Limits,
    SpreadsheetRefused,
    csv_bytes,
    read_csv,
    read_xlsx,
    workbook_bytes,
)


@pytest.fixture(autouse=True)
def in_english():
    with translation.override("en"):
        yield


DANGEROUS = ["=HYPERLINK(\"http://evil.example\",\"Klicka\")", "+SUM(1+1)", "-2+3", "@SUM(1)",
             "\t=1+1", "\r=1+1", "  =1+1"]


def xlsx(rows, title="Blad") -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    stream = io.BytesIO()
    book.save(stream)
    return stream.getvalue()


def test_every_text_cell_is_exported_as_text_that_cannot_run():
    book = Workbook()
    for text in DANGEROUS:
        book.active.append([text, 12])
    read_back = load_workbook(io.BytesIO(workbook_bytes(book)))
    cells = [row[0] for row in read_back.active.iter_rows()]
    # XML keeps a carriage return as a line feed; the text is otherwise as typed.
    assert [cell.value for cell in cells] == [text.replace("\r", "\n") for text in DANGEROUS]
    assert {cell.data_type for cell in cells} == {"s"}
    assert read_back.active["B1"].value == 12


def test_csv_cells_that_a_program_would_evaluate_start_with_an_apostrophe():
    import csv

    text = csv_bytes([[value, "Umeå kommun", 1500] for value in DANGEROUS]).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    assert [row[0] for row in rows] == ["'" + value for value in DANGEROUS]
    assert rows[0][1:] == ["Umeå kommun", "1500"]


def test_a_file_that_is_not_a_workbook_is_refused_with_a_message():
    with pytest.raises(SpreadsheetRefused, match="xlsx|Excel"):
        read_xlsx(io.BytesIO(b"not a zip at all"))


def test_a_workbook_that_unpacks_to_far_more_than_it_weighs_is_refused_before_reading():
    stream = io.BytesIO()
    with zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED) as bomb:
        bomb.writestr("xl/worksheets/sheet1.xml", b"0" * 3_000_000)
    assert len(stream.getvalue()) < 50_000
    with pytest.raises(SpreadsheetRefused, match="unpacks to more than 1 MB"):
        read_xlsx(stream, Limits(unpacked_bytes=2**20))


def test_an_upload_over_the_size_limit_is_refused():
    with pytest.raises(SpreadsheetRefused, match="larger than"):
        read_xlsx(io.BytesIO(xlsx([["x"]])), Limits(upload_bytes=100))


@pytest.mark.parametrize(("rows", "limits", "message"), [
    ([[n] for n in range(60)], Limits(rows=50), "more than 50 rows"),
    ([list(range(30))], Limits(columns=20), "more than 20 columns"),
    ([["ord " * 100]], Limits(cell_characters=100), "Blad!A1 holds more than 100"),
    ([[n] for n in range(1000)], Limits(seconds=0), "too long"),
])
def test_rows_columns_cells_and_time_are_capped_with_a_message(rows, limits, message):
    with pytest.raises(SpreadsheetRefused, match=message):
        read_xlsx(io.BytesIO(xlsx(rows)), limits)


def with_cached_value(data: bytes, value: str) -> bytes:
    """The file as a spreadsheet program saves it: the formula with its computed value."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                content = re.sub(rb"(<f>[^<]*</f>)(<v\s*/>|<v></v>)?",
                                 rb"\1<v>" + value.encode() + rb"</v>", content)
            target.writestr(item, content)
    return out.getvalue()


def test_a_formula_that_was_never_computed_is_refused_not_read_as_zero():
    data = xlsx([["Summa", "=1+1"]])
    with pytest.raises(SpreadsheetRefused, match="Blad!B1 holds a formula"):
        read_xlsx(io.BytesIO(data))
    sheets = read_xlsx(io.BytesIO(with_cached_value(data, "2")))
    assert sheets["Blad"].rows == [("Summa", 2)]


def test_csv_files_are_read_in_the_separators_and_encodings_people_save():
    semicolon = "Namn;Belopp\r\nUmeå kommun;1 500\r\n".encode("cp1252")
    assert read_csv(io.BytesIO(semicolon)).rows == [("Namn", "Belopp"),
                                                     ("Umeå kommun", "1 500")]
    comma = "\ufeffNamn,Belopp\nSkellefteå,2000\n".encode()
    assert read_csv(io.BytesIO(comma)).rows[1] == ("Skellefteå", "2000")
    with pytest.raises(SpreadsheetRefused, match="more than 3 rows"):
        read_csv(io.BytesIO(b"a\nb\nc\nd\n"), Limits(rows=3))
