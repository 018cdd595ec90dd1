"""Workbooks that are tables (a bold header row, then one row per item, frozen below the
header, fixed column widths), written by XlsxWriter row by row.

openpyxl builds an object per cell before it writes: a register of a thousand companies took
most of a second. XlsxWriter writes each row as it is given, so an export costs little more
than reading its rows.

Every text is written as a string, never a formula, whatever it begins with ("=SUM(A1)"
stays that text), and characters XML cannot hold are left out, as openpyxl refuses them.
Numbers (int, Decimal, float) are numbers, dates and times are dates Excel shows as such,
True and False are booleans, None is an empty cell.
"""

import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

import xlsxwriter

_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_NOT_IN_SHEET_NAMES = re.compile(r"[\x00-\x1f\\/?*:\[\]]")
# Never let the writer read a text as something else: a formula, a number or a link.
_TEXT_STAYS_TEXT = {"strings_to_formulas": False, "strings_to_numbers": False,
                    "strings_to_urls": False}
DEFAULT_WIDTH = 8.43  # Excel's own, for a hidden column given no width
WORKBOOK_OPTIONS = {"in_memory": True, **_TEXT_STAYS_TEXT}  # for workbooks of other shapes


def legal_text(value) -> str:
    """The text without the characters XML cannot hold."""
    return _ILLEGAL.sub("", str(value))


@dataclass(frozen=True)
class Table:
    title: str  # the sheet's name; at most 31 characters are kept, as Excel allows
    header: Sequence[str]
    rows: Iterable[Sequence]
    widths: Sequence[float] = field(default_factory=tuple)  # characters, by column
    hidden: Sequence[int] = ()  # columns (from 0) kept for the import, not for the reader


def _sheet_name(title: str, number: int) -> str:
    """At most 31 characters, none of those Excel refuses in a sheet's name."""
    return _NOT_IN_SHEET_NAMES.sub("", str(title))[:31].strip() or f"Sheet{number}"


class _Writer:
    def __init__(self, book: xlsxwriter.Workbook):
        self.book = book
        self.bold = book.add_format({"bold": True})
        self.day = book.add_format({"num_format": 14})
        self.moment = book.add_format({"num_format": 22})

    def cell(self, sheet, row: int, column: int, value, text_format=None) -> None:
        if value is None or value == "":
            return
        if isinstance(value, bool):
            sheet.write_boolean(row, column, value)
        elif isinstance(value, int | Decimal | float):
            sheet.write_number(row, column, value)
        elif isinstance(value, datetime):
            sheet.write_datetime(row, column, value.replace(tzinfo=None), self.moment)
        elif isinstance(value, date):
            sheet.write_datetime(row, column, value, self.day)
        else:
            sheet.write_string(row, column, legal_text(value), text_format)

    def table(self, table: Table, number: int) -> None:
        sheet = self.book.add_worksheet(_sheet_name(table.title, number))
        widths = dict(enumerate(table.widths))
        for column in sorted(set(widths) | set(table.hidden)):
            sheet.set_column(column, column, widths.get(column) or DEFAULT_WIDTH, None,
                             {"hidden": column in table.hidden})
        sheet.freeze_panes(1, 0)
        for column, title in enumerate(table.header):
            self.cell(sheet, 0, column, title, self.bold)
        for row, values in enumerate(table.rows, start=1):
            for column, value in enumerate(values):
                self.cell(sheet, row, column, value)


def table_workbook(tables: Sequence[Table]) -> bytes:
    """The tables as one xlsx workbook, a sheet each, in order."""
    stream = io.BytesIO()
    book = xlsxwriter.Workbook(stream, WORKBOOK_OPTIONS)
    writer = _Writer(book)
    for number, table in enumerate(tables, start=1):
        writer.table(table, number)
    book.close()
    return stream.getvalue()
