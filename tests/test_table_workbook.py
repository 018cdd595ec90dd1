"""The table workbook (the plan and register exports) opens as the table it was given: a bold,
frozen header, numbers as numbers, dates as dates, and every text as text, never a formula,
whatever it begins with or contains."""

import io
from datetime import date, datetime
from decimal import Decimal

from openpyxl import load_workbook

from portal.table_workbook import Table, table_workbook


def test_a_table_workbook_reads_back_as_written():
    rows = [[1, "=SUM(A1:A9)", Decimal("1500.50"), date(2024, 3, 1), True, None],
            [2, "a\x01b <&> \"c\"", 2.5, datetime(2024, 3, 1, 12, 0), False, "+46 70"]]
    data = table_workbook([Table("Företag: [alla]/2024", ["Nr", "Namn", "Belopp", "Dag",
                                                          "Ja", "Not"], rows, widths=(6, 30)),
                           Table("Tom", ["Bara rubrik"], [])])
    book = load_workbook(io.BytesIO(data))
    assert book.sheetnames == ["Företag alla2024", "Tom"]  # what Excel refuses is left out
    sheet = book["Företag alla2024"]
    assert sheet.freeze_panes == "A2" and sheet["A1"].font.b and not sheet["A2"].font.b
    assert 30 <= sheet.column_dimensions["B"].width < 31  # stored with Excel's cell padding
    first, second = list(sheet.iter_rows(min_row=2, values_only=True))
    assert first == (1, "=SUM(A1:A9)", 1500.5, datetime(2024, 3, 1), True, None)
    assert sheet["B2"].data_type == "s"  # text, not a formula
    assert second == (2, 'ab <&> "c"', 2.5, datetime(2024, 3, 1, 12, 0), False, "+46 70")
    assert list(book["Tom"].values) == [("Bara rubrik",)]


def test_a_column_kept_for_the_import_is_hidden_from_the_reader():
    data = table_workbook([Table("Register", ["Id", "Namn"], [[7, "Ett företag"]],
                                 widths=(None, 30), hidden=(0,))])
    sheet = load_workbook(io.BytesIO(data))["Register"]
    assert sheet.column_dimensions["A"].hidden and not sheet.column_dimensions["B"].hidden
    assert list(sheet.values) == [("Id", "Namn"), (7, "Ett företag")]
