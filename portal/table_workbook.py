"""Workbooks that are tables (a bold header row, then one row per item, frozen below the
header, fixed column widths), written straight as the XML of the xlsx format.

openpyxl builds an object per cell and serialises it through ElementTree: a register of a
thousand companies took most of a second, and its time grew with every cell. This writes
each row as one string, so an export costs little more than reading its rows.

Every text is an inline string, never a formula, whatever it begins with ("=SUM(A1)" stays
that text), and characters XML cannot hold are left out, as openpyxl refuses them. Numbers
(int, Decimal, float) are numbers, dates and times are dates Excel shows as such, True and
False are booleans, None is an empty cell.
"""

import io
import re
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from xml.sax.saxutils import escape, quoteattr

from openpyxl.utils import get_column_letter

_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_NOT_IN_SHEET_NAMES = re.compile(r"[\x00-\x1f\\/?*:\[\]]")
XML_START = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_EPOCH = datetime(1899, 12, 30)  # Excel's day 0 (with its leap year 1900, as every reader)
# Cell styles of styles.xml, by index: plain, bold (the header), a date, a date and time.
PLAIN, BOLD, DAY, MOMENT = 0, 1, 2, 3
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELATIONS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PACKAGE = "http://schemas.openxmlformats.org/package/2006/relationships"


@dataclass(frozen=True)
class Table:
    title: str  # the sheet's name; at most 31 characters are kept, as Excel allows
    header: Sequence[str]
    rows: Iterable[Sequence]
    widths: Sequence[float] = field(default_factory=tuple)  # characters, by column
    hidden: Sequence[int] = ()  # columns (from 0) kept for the import, not for the reader


def _text(value: str) -> str:
    return escape(_ILLEGAL.sub("", value))


def _cell(reference: str, value, style: int = PLAIN) -> str:
    if value is None or value == "":
        return ""
    styled = f' s="{style}"' if style else ""
    if isinstance(value, bool):
        return f'<c r="{reference}" t="b"{styled}><v>{int(value)}</v></c>'
    if isinstance(value, int | Decimal | float):
        return f'<c r="{reference}"{styled}><v>{value}</v></c>'
    if isinstance(value, datetime):
        moment = value.replace(tzinfo=None) - _EPOCH
        serial = moment.days + moment.seconds / 86400
        return f'<c r="{reference}" s="{MOMENT}"><v>{serial}</v></c>'
    if isinstance(value, date):
        return f'<c r="{reference}" s="{DAY}"><v>{(value - _EPOCH.date()).days}</v></c>'
    return (f'<c r="{reference}" t="inlineStr"{styled}><is><t xml:space="preserve">'
            f"{_text(str(value))}</t></is></c>")


def _sheet_name(title: str, number: int) -> str:
    """At most 31 characters, none of those Excel refuses in a sheet's name."""
    return _NOT_IN_SHEET_NAMES.sub("", str(title))[:31].strip() or f"Sheet{number}"


def _sheet(table: Table) -> bytes:
    letters = [get_column_letter(n) for n in range(1, len(table.header) + 1)]
    parts = [XML_START + f'<worksheet xmlns="{MAIN}">'
             '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" '
             'activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>']
    if table.widths:
        parts.append("<cols>" + "".join(
            f'<col min="{n}" max="{n}" width="{width}" customWidth="1"/>'
            for n, width in enumerate(table.widths, start=1)) + "</cols>")
    header = zip(letters, table.header, strict=True)
    parts.append('<sheetData><row r="1">'
                 + "".join(_cell(f"{letter}1", title, BOLD) for letter, title in header)
                 + "</row>")
    for number, row in enumerate(table.rows, start=2):
        more = [get_column_letter(n) for n in range(len(letters) + 1, len(row) + 1)]
        letters += more
        parts.append(f'<row r="{number}">' + "".join(
            _cell(f"{letter}{number}", value) for letter, value in zip(letters, row, strict=False))
            + "</row>")
    parts.append("</sheetData></worksheet>")
    return "".join(parts).encode("utf-8")


STYLES = (XML_START + f'<styleSheet xmlns="{MAIN}">'
          '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>'
          '<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
          '<fills count="2"><fill><patternFill patternType="none"/></fill>'
          '<fill><patternFill patternType="gray125"/></fill></fills>'
          '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border>'
          '</borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" '
          'borderId="0"/></cellStyleXfs><cellXfs count="4">'
          '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
          '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
          '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" '
          'applyNumberFormat="1"/>'
          '<xf numFmtId="22" fontId="0" fillId="0" borderId="0" xfId="0" '
          'applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" '
          'xfId="0" builtinId="0"/></cellStyles></styleSheet>')


def table_workbook(tables: Sequence[Table]) -> bytes:
    """The tables as one xlsx workbook, a sheet each, in order."""
    count = len(tables)
    content_types = (
        XML_START + '<Types xmlns="http://'
        'schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
        + "".join(f'<Override PartName="/xl/worksheets/sheet{n}.xml" ContentType="application/'
                  'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                  for n in range(1, count + 1)) + "</Types>")
    root_relations = (
        XML_START + f'<Relationships xmlns="{PACKAGE}">'
        f'<Relationship Id="rId1" Type="{RELATIONS}/officeDocument" Target="xl/workbook.xml"/>'
        "</Relationships>")
    workbook = (
        XML_START + f'<workbook xmlns="{MAIN}" '
        f'xmlns:r="{RELATIONS}"><sheets>' + "".join(
            f'<sheet name={quoteattr(_sheet_name(t.title, n))} sheetId="{n}" r:id="rId{n}"/>'
            for n, t in enumerate(tables, start=1)) + "</sheets></workbook>")
    workbook_relations = (
        XML_START + f'<Relationships xmlns="{PACKAGE}">'
        + "".join(f'<Relationship Id="rId{n}" Type="{RELATIONS}/worksheet" '
                  f'Target="worksheets/sheet{n}.xml"/>' for n in range(1, count + 1))
        + f'<Relationship Id="rId{count + 1}" Type="{RELATIONS}/styles" Target="styles.xml"/>'
        "</Relationships>")
    stream = io.BytesIO()
    with zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", content_types)
        archive.writestr("_rels/.rels", root_relations)
        archive.writestr("xl/workbook.xml", workbook)
        archive.writestr("xl/_rels/workbook.xml.rels", workbook_relations)
        archive.writestr("xl/styles.xml", STYLES)
        for n, table in enumerate(tables, start=1):
            archive.writestr(f"xl/worksheets/sheet{n}.xml", _sheet(table))
    return stream.getvalue()
