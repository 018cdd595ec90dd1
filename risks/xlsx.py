"""The risk register as an Excel workbook, and a register read from one.

Export: one sheet, one row per risk, levels as numbers with their words beside them.
Import: the first sheet; a header row names the columns in Swedish, Norwegian or English
(seed 000's own "Identifierad/möjlig risk | Konsekvens (riskvärde x effekt) |
Hanteringsstrategi" reads as it is). Reading never writes: it yields the risks it would add,
or every problem with its row, column and reason. A consequence stated in words only is kept
as written and read into an impact level; a likelihood not given stays not assessed.
"""

import re
from dataclasses import dataclass, field
from datetime import date, datetime

from django.core import signing
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from portal.markdown import plain_text
from portal.spreadsheets import Limits, SpreadsheetRefused, read_xlsx, workbook_bytes
from risks.models import Response, RiskStatus
from risks.scales import IMPACT, LIKELIHOOD, impact_from_words
from risks.selectors import RiskRegisterView
from risks.services.risks import RiskInput, problems

# A register is at most a few hundred risks; far beyond that is refused with a message.
LIMITS = Limits(rows=1_000, columns=40)
# Header words, as people write them, for each field. Compared after lower-casing and
# dropping what is in parentheses.
HEADERS = {
    "title": ("risk", "risiko", "identifierad/möjlig risk", "identifierad risk", "möjlig risk",
              "identifisert risiko", "title", "rubrik", "tittel"),
    "description": ("beskrivning", "beskrivelse", "description"),
    "category": ("kategori", "category"),
    "likelihood": ("sannolikhet", "sannsynlighet", "likelihood", "probability"),
    "impact": ("konsekvensnivå", "konsekvensgrad", "impact", "effekt"),
    "consequence": ("konsekvens", "consequence", "följd"),
    "response": ("hantering", "håndtering", "response"),
    "mitigation": ("hanteringsstrategi", "åtgärder", "åtgärd", "tiltak", "mitigation",
                   "strategi", "strategy"),
    "owner": ("ägare", "riskägare", "eier", "risikoeier", "ansvarig", "ansvarlig", "owner"),
    "status": ("status",),
    "next_review_on": ("nästa uppföljning", "neste oppfølging", "next review"),
}


def _plain(text) -> str:
    words = re.sub(r"\(.*?\)", "", str(text or "")).strip().lower()
    return re.sub(r"\s+", " ", words).rstrip(":")


def _choices(labels: dict[str, list[str]]) -> dict[str, str]:
    return {_plain(word): key for key, words in labels.items() for word in words}


# Choices by the words of any of the three languages, so a file from a Norwegian partner
# reads in a Swedish browser.
STATUS_WORDS = _choices({
    RiskStatus.OPEN: ["open", "öppen", "åpen"],
    RiskStatus.MITIGATING: ["mitigating", "being mitigated", "hanteras", "under håndtering"],
    RiskStatus.CLOSED: ["closed", "stängd", "avslutad", "lukket", "avsluttet"],
    RiskStatus.OCCURRED: ["occurred", "inträffad", "inntruffet"]})
RESPONSE_WORDS = _choices({
    Response.AVOID: ["avoid", "undvika", "unngå"],
    Response.REDUCE: ["reduce", "minska", "redusere"],
    Response.TRANSFER: ["transfer", "överföra", "overføre"],
    Response.ACCEPT: ["accept", "acceptera", "akseptere"]})


@dataclass
class ImportRow:
    number: int  # the row in the sheet
    data: RiskInput
    impact_from_words: bool = False


@dataclass
class ImportResult:
    rows: list[ImportRow] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors and bool(self.rows)


def export_workbook(register: RiskRegisterView) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.title = _("Risks")[:31]
    sheet.append([_("No."), _("Risk"), _("Description"), _("Category"), _("Likelihood"),
                  _("Impact"), _("Risk value"), _("Consequence"), _("Response"),
                  _("Mitigation"), _("Owner"), _("Status"), _("Next review"),
                  _("Identified on")])
    for risk in register.risks:
        sheet.append([
            risk.code, risk.title, plain_text(risk.description), risk.category,
            _level(risk.likelihood, LIKELIHOOD), _level(risk.impact, IMPACT), risk.value,
            plain_text(risk.consequence), risk.response_label, plain_text(risk.mitigation),
            risk.owner,
            risk.status_label, risk.next_review_on, risk.identified_on])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for column, width in enumerate((6, 50, 40, 16, 22, 22, 10, 30, 14, 50, 20, 16, 14, 14),
                                   start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.freeze_panes = "A2"
    return workbook_bytes(book)


def _level(level: int | None, scale: dict) -> str:
    return f"{level} – {scale[level]}" if level else ""


def read_register(upload) -> ImportResult:
    result = ImportResult()
    try:
        sheets = read_xlsx(upload, LIMITS)
    except SpreadsheetRefused as refused:
        result.errors.append(str(refused))
        return result
    sheet = next(iter(sheets.values()), None)
    found = _header(sheet.rows) if sheet else None
    if found is None:
        result.errors.append(_("No header row naming the columns was found; the first row "
                               "should name at least the column “Risk”."))
        return result
    header_row, columns = found
    for number, values in enumerate(sheet.rows[header_row + 1:], start=header_row + 2):
        if not any(str(v).strip() for v in values if v is not None):
            continue
        row = _row(number, values, columns, result.errors)
        if row is not None:
            result.rows.append(row)
    if not result.rows and not result.errors:
        result.errors.append(_("The sheet has no risks below its header row."))
    return result


def _header(rows) -> tuple[int, dict[str, int]] | None:
    """The first of the first ten rows that names the risk column, and where each field is."""
    known = {_plain(word): name for name, words in HEADERS.items() for word in words}
    for index, values in enumerate(rows[:10]):
        columns = {}
        for column, value in enumerate(values):
            name = known.get(_plain(value))
            if name and name not in columns:
                columns[name] = column
        if "title" in columns:
            return index, columns
    return None


def _where(number: int, column: int, name: str) -> str:
    return _("Row %(row)d, column %(column)s (%(name)s)") % {
        "row": number, "column": get_column_letter(column + 1), "name": name}


def _text(values, columns, name) -> str:
    column = columns.get(name)
    if column is None or column >= len(values) or values[column] is None:
        return ""
    value = values[column]
    return value.strftime("%Y-%m-%d") if isinstance(value, date | datetime) else \
        str(value).strip()


def _row(number: int, values, columns: dict[str, int], errors: list[str]) -> ImportRow | None:
    problems_here = []
    read = {name: _text(values, columns, name) for name in HEADERS}
    levels = {}
    for name in ("likelihood", "impact"):
        levels[name] = _read_level(read[name])
        if levels[name] == -1:
            problems_here.append((name, _("A level from 1 to 5, or empty for not yet "
                                          "assessed.")))
            levels[name] = None
    from_words = False
    if levels["impact"] is None and not read["impact"] and read["consequence"]:
        levels["impact"] = impact_from_words(read["consequence"])
        from_words = levels["impact"] is not None
    status = STATUS_WORDS.get(_plain(read["status"]), RiskStatus.OPEN if not read["status"]
                              else None)
    if status is None:
        problems_here.append(("status", _("Not a status: open, being mitigated, closed or "
                                          "occurred.")))
    response = RESPONSE_WORDS.get(_plain(read["response"]), "" if not read["response"]
                                  else None)
    if response is None:
        problems_here.append(("response", _("Not a response: avoid, reduce, transfer or "
                                            "accept.")))
    review = None
    if read["next_review_on"]:
        try:
            review = date.fromisoformat(read["next_review_on"][:10])
        except ValueError:
            problems_here.append(("next_review_on", _("Write the date like 2024-09-30.")))
    data = RiskInput(
        title=read["title"], description=read["description"], category=read["category"],
        likelihood=levels["likelihood"], impact=levels["impact"],
        consequence=read["consequence"], response=response or "",
        mitigation=read["mitigation"], owner=read["owner"], status=status or RiskStatus.OPEN,
        next_review_on=review,
        note=_("Impact read from the words “%(words)s”.") % {"words": read["consequence"]}
        if from_words else "")
    problems_here += [(name, message) for name, message in problems(data).items()
                      if name not in {n for n, _m in problems_here}]
    for name, message in problems_here:
        column = columns.get(name, columns["title"])
        errors.append(f"{_where(number, column, _header_name(name))}: {message}")
    return None if problems_here else ImportRow(number=number, data=data,
                                                 impact_from_words=from_words)


def _header_name(name: str) -> str:
    return HEADERS[name][0].capitalize()


def _read_level(text: str) -> int | None:
    """1–5, "3 – Possible", or the scale's words; None when empty, -1 when unreadable."""
    if not text:
        return None
    found = re.match(r"^\s*([1-5])(?:[.,]0+)?\b", text)
    if found:
        return int(found.group(1))
    for scale in (LIKELIHOOD, IMPACT):
        for level, words in scale.items():
            if _plain(text) == _plain(words):
                return level
    return -1


# A previewed import, signed so that exactly what was shown is what is added.
PREVIEW_SALT = "risks.xlsx-import"
PREVIEW_AGE = 60 * 60 * 12
PREVIEW_FIELDS = ("title", "description", "category", "likelihood", "impact", "consequence",
                  "response", "mitigation", "owner", "status", "next_review_on", "note")


def preview_payload(rows: list[ImportRow]) -> str:
    data = [{name: getattr(row.data, name) for name in PREVIEW_FIELDS} for row in rows]
    for item in data:
        day = item["next_review_on"]
        item["next_review_on"] = day.isoformat() if day else None
    return signing.dumps(data, salt=PREVIEW_SALT, compress=True)


def payload_inputs(payload: str) -> list[RiskInput]:
    """The previewed rows; `signing.BadSignature` for one expired or changed."""
    rows = signing.loads(payload, salt=PREVIEW_SALT, max_age=PREVIEW_AGE)
    return [RiskInput(**{**row, "next_review_on": date.fromisoformat(row["next_review_on"])
                         if row.get("next_review_on") else None}) for row in rows]
