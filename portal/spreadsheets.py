"""Spreadsheets in and out, for every app: the one safe writer and the one guarded reader.

Out: text people typed is never a live formula in the file. In xlsx every text cell is stored
as text (a name beginning with "=" stays the name); in CSV, where any cell beginning with
=, +, -, @, a tab or a carriage return is evaluated when opened, such a cell is prefixed with
an apostrophe, as OWASP recommends.

In: an uploaded file is hostile until checked. Before anything is parsed, the upload's size,
the archive's entry count and declared unpacked sizes are checked (an xlsx is a zip: 2 MB can
unpack to gigabytes); then the sheets are read streaming, with caps on rows, columns, cell
length and time, each refusal said in words with where it happened. A formula without a
computed value is refused, never read as 0.
"""

import codecs
import csv
import io
import time
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from django.http import HttpResponse
from django.utils.translation import gettext as _
from openpyxl import Workbook, load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CSV_TYPE = "text/csv; charset=utf-8"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


# Writing ---------------------------------------------------------------------------------

def inert(text: str) -> str:
    """A CSV cell that no spreadsheet program evaluates."""
    if text.lstrip(" ").startswith(FORMULA_STARTS):
        return "'" + text
    return text


def make_inert(book: Workbook) -> Workbook:
    """Every text cell of the workbook stored as text, never as a formula."""
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.data_type == "f":
                    cell.data_type = "s"
    return book


def workbook_bytes(book: Workbook) -> bytes:
    stream = io.BytesIO()
    make_inert(book).save(stream)
    return stream.getvalue()


def xlsx_response(book: Workbook, filename: str) -> HttpResponse:
    response = HttpResponse(workbook_bytes(book), content_type=XLSX_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def csv_bytes(rows: Iterable[Iterable[Any]]) -> bytes:
    """Semicolon-separated UTF-8 with a byte-order mark: what Swedish and Norwegian Excel
    opens correctly. Text cells are made inert."""
    stream = io.StringIO()
    writer = csv.writer(stream, delimiter=";", lineterminator="\r\n")
    for row in rows:
        writer.writerow([inert(value) if isinstance(value, str) else
                         ("" if value is None else value) for value in row])
    return codecs.BOM_UTF8 + stream.getvalue().encode("utf-8")


def download(data: bytes, filename: str) -> HttpResponse:
    """A written file to save, CSV or xlsx by its name's ending."""
    kind = CSV_TYPE if filename.endswith(".csv") else XLSX_TYPE
    response = HttpResponse(data, content_type=kind)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


# Reading ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class Limits:
    upload_bytes: int = 5 * 1024 * 1024
    unpacked_bytes: int = 60 * 1024 * 1024
    archive_entries: int = 200
    rows: int = 10_000
    columns: int = 200
    cell_characters: int = 10_000
    seconds: float = 20.0


LIMITS = Limits()


class SpreadsheetRefused(Exception):
    """The file cannot be used; the message says why and where, for the person who sent it."""


@dataclass(frozen=True)
class Sheet:
    name: str
    rows: list[tuple[Any, ...]]


def cell_name(row: int, column: int) -> str:
    return f"{get_column_letter(column)}{row}"


class _Clock:
    def __init__(self, limits: Limits):
        self.limits, self.started = limits, time.monotonic()

    def check(self) -> None:
        if time.monotonic() - self.started > self.limits.seconds:
            raise SpreadsheetRefused(_("The file takes too long to read; split it into "
                                       "smaller files."))


def _size(upload) -> int:
    size = getattr(upload, "size", None)
    if size is None:
        position = upload.tell()
        upload.seek(0, io.SEEK_END)
        size = upload.tell()
        upload.seek(position)
    return size


def _check_archive(upload, limits: Limits) -> None:
    try:
        archive = zipfile.ZipFile(upload)
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        raise SpreadsheetRefused(_("The file is not an Excel workbook (.xlsx).")) from error
    entries = archive.infolist()
    # Declared sizes are what zipfile will unpack at most: a lying header ends in a CRC
    # error, not in more memory.
    if len(entries) > limits.archive_entries or sum(e.file_size for e in entries) > (
            limits.unpacked_bytes):
        raise SpreadsheetRefused(_("The workbook unpacks to more than %(mb)d MB; it cannot be "
                                   "read here.") % {"mb": limits.unpacked_bytes // 2**20})
    upload.seek(0)


def _too_big(limits: Limits) -> SpreadsheetRefused:
    return SpreadsheetRefused(_("The file is larger than %(mb)d MB.")
                              % {"mb": limits.upload_bytes // 2**20})


def _checked_row(values: tuple, number: int, sheet: str, limits: Limits) -> tuple:
    if number > limits.rows:
        raise SpreadsheetRefused(_("“%(sheet)s” has more than %(rows)s rows; at most "
                                   "%(rows)s can be read at once.")
                                 % {"sheet": sheet, "rows": f"{limits.rows:,}".replace(
                                     ",", "\u00a0")})
    while values and values[-1] in (None, ""):
        values = values[:-1]
    if len(values) > limits.columns:
        raise SpreadsheetRefused(_("“%(sheet)s” row %(row)d has more than %(columns)d "
                                   "columns.") % {"sheet": sheet, "row": number,
                                                  "columns": limits.columns})
    for column, value in enumerate(values, start=1):
        if isinstance(value, str) and len(value) > limits.cell_characters:
            raise SpreadsheetRefused(_("%(sheet)s!%(cell)s holds more than %(n)d characters.")
                                     % {"sheet": sheet, "cell": cell_name(number, column),
                                        "n": limits.cell_characters})
    return values


def read_xlsx(upload, limits: Limits = LIMITS) -> dict[str, Sheet]:
    """Every sheet's rows as values, after the checks above; raises SpreadsheetRefused."""
    if _size(upload) > limits.upload_bytes:
        raise _too_big(limits)
    upload.seek(0)
    _check_archive(upload, limits)
    clock = _Clock(limits)
    try:
        # Values as last computed by the spreadsheet program, and beside them the cells
        # themselves, to tell a formula that never was computed from an empty cell.
        values_book = load_workbook(upload, read_only=True, data_only=True)
        upload.seek(0)
        cells_book = load_workbook(upload, read_only=True, data_only=False)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError,
            TypeError) as error:
        raise SpreadsheetRefused(_("The file is not an Excel workbook (.xlsx).")) from error
    try:
        return {name: Sheet(name, list(_sheet_rows(values_book[name], cells_book[name],
                                                   limits, clock)))
                for name in values_book.sheetnames}
    finally:
        values_book.close()
        cells_book.close()


def _sheet_rows(values_sheet, cells_sheet, limits: Limits, clock: _Clock) -> Iterator[tuple]:
    title = values_sheet.title
    pairs = zip(values_sheet.iter_rows(values_only=True), cells_sheet.iter_rows(),
                strict=False)
    for number, (values, cells) in enumerate(pairs, start=1):
        if number % 200 == 0:
            clock.check()
        for column, cell in enumerate(cells, start=1):
            if getattr(cell, "data_type", None) == "f" and (
                    column > len(values) or values[column - 1] is None):
                raise SpreadsheetRefused(_(
                    "%(sheet)s!%(cell)s holds a formula that was never computed. Open the "
                    "file in your spreadsheet program and save it again, or type the value.")
                    % {"sheet": title, "cell": cell_name(number, column)})
        yield _checked_row(tuple(values), number, title, limits)


def read_csv(upload, limits: Limits = LIMITS) -> Sheet:
    """The rows of a CSV file (UTF-8, with or without BOM, or Windows-1252; semicolon, comma
    or tab separated), with the same caps as a workbook."""
    if _size(upload) > limits.upload_bytes:
        raise _too_big(limits)
    upload.seek(0)
    data = upload.read()
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:  # pragma: no cover - cp1252 decodes nearly anything
        raise SpreadsheetRefused(_("The file's characters cannot be read; save it as UTF-8."))
    sample = text[:4096]
    delimiter = max(";,\t", key=sample.count) if sample.strip() else ";"
    clock = _Clock(limits)
    rows = []
    try:
        for number, values in enumerate(csv.reader(io.StringIO(text), delimiter=delimiter),
                                        start=1):
            if number % 200 == 0:
                clock.check()
            rows.append(_checked_row(tuple(v.strip() for v in values), number, "CSV", limits))
    except csv.Error as error:
        raise SpreadsheetRefused(_("The file is not a readable CSV file: %(error)s")
                                 % {"error": error}) from error
    return Sheet("CSV", rows)
