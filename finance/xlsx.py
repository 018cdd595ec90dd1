"""A budget and its financing plan as an Excel workbook, and back.

The workbook has three sheets: Info (which budget, which version), Costs (cost category ×
period) and Financing (one row per source), named and headed in the reader's language; the
codes and ids that match rows on import sit in hidden columns. A file is read back whichever
of the portal's languages it was written in (and files of the Swedish-only format before).
Reading one back never writes anything: it yields the changes it would make, for the person
to see before applying them, or the reasons the file cannot be used.
"""

import io
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

import xlsxwriter
from django.conf import settings
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from openpyxl.utils import get_column_letter

from finance.amounts import MAX_AMOUNT, ZERO, AmountError, cents, parse_amount
from finance.figures import Figures
from finance.models import Budget, CategoryKind, FinancingType
from finance.services.financing import SourceInput
from portal.markdown import plain_text
from portal.models import Organisation
from portal.spreadsheets import Limits, SpreadsheetRefused, read_xlsx
from portal.table_workbook import DEFAULT_WIDTH, WORKBOOK_OPTIONS, legal_text

INFO, COSTS, FINANCING = "info", "costs", "financing"
# Each sheet's name, and its name in files written before sheets spoke the reader's language.
SHEET_NAMES = {INFO: (gettext_lazy("Info"), "Info"),
               COSTS: (gettext_lazy("Costs"), "Kostnader"),
               FINANCING: (gettext_lazy("Financing"), "Finansiering")}
FINANCING_COLUMNS = 6  # id, organisation id, financier, description, type, preliminary
# A budget is at most some hundred rows; the caps refuse anything far beyond, with a message.
LIMITS = Limits(rows=2_000, columns=300)
YES = {"ja", "yes", "x", "1", "true", "sant", "j", "y"}
NO = {"", "nej", "no", "0", "false", "falskt", "n", "nei"}
AMOUNT_FORMAT = "#,##0.##"
COMPUTED = "#E6EEF6"  # the fill of computed rows


def type_labels() -> dict[str, str]:
    """Financing types by their names in every language of the portal (casefolded), so a
    file exported in Swedish imports for a reader of Norwegian or English too."""
    names: dict[str, str] = {}
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            names |= {str(label).casefold(): code for code, label in FinancingType.choices}
    return names


def export_workbook(budget: Budget, figures: Figures) -> bytes:
    """Written row by row by XlsxWriter (openpyxl's object per cell made a budget of Jems'
    size take a fifth of a second); every text a string, never a formula."""
    stream = io.BytesIO()
    book = xlsxwriter.Workbook(stream, WORKBOOK_OPTIONS)
    formats = _Formats(book)
    _info_sheet(book, formats, budget, figures.version)
    _costs_sheet(book, formats, figures)
    _financing_sheet(book, formats, figures)
    book.close()
    return stream.getvalue()


class _Formats:
    def __init__(self, book):
        self.bold = book.add_format({"bold": True})
        self.amount = book.add_format({"num_format": AMOUNT_FORMAT})
        self.computed = book.add_format({"bg_color": COMPUTED, "pattern": 1})
        self.computed_amount = book.add_format({"num_format": AMOUNT_FORMAT,
                                                "bg_color": COMPUTED, "pattern": 1})


def _write(sheet, row: int, column: int, value, text_format=None, number_format=None) -> None:
    if value is None or value == "":
        if text_format is not None:
            sheet.write_blank(row, column, None, text_format)
        return
    if isinstance(value, int | Decimal):
        sheet.write_number(row, column, value, number_format)
    else:
        sheet.write_string(row, column, legal_text(value), text_format)


def _info_sheet(book, formats: _Formats, budget: Budget, version) -> None:
    info = book.add_worksheet(_sheet_name(INFO))
    # The keys are read on import; the reader sees the label beside each value.
    info.set_column(0, 0, DEFAULT_WIDTH, None, {"hidden": True})
    info.set_column(1, 1, 20)
    info.set_column(2, 2, 50)
    for row, (key, value, label) in enumerate([
        ("project", budget.project.slug, _("Project")),
        ("budget_id", budget.pk, _("Budget")),
        ("budget", budget.name, _("Name")),
        ("currency", budget.currency, _("Currency")),
        ("version", version.number, _("Version")),
        ("category_set", budget.category_set.name, _("Cost categories")),
        ("exported", timezone.localtime().strftime("%Y-%m-%d %H:%M"), _("Exported")),
        ("note", plain_text(version.note), _("Note")),
    ]):
        _write(info, row, 0, key)
        _write(info, row, 1, label, formats.bold)
        _write(info, row, 2, value)


def _table(sheet, formats: _Formats, header: list, rows, first_amount_column: int) -> int:
    """The header in bold, then the rows (values, computed); amounts in the amount format
    from `first_amount_column` (from 0). The number of rows written, header included."""
    sheet.freeze_panes(1, first_amount_column)
    for column, title in enumerate(header):
        _write(sheet, 0, column, title, formats.bold)
    number = 0
    for number, (values, computed) in enumerate(rows, start=1):
        text_format = formats.computed if computed else None
        amount_format = formats.computed_amount if computed else formats.amount
        for column, value in enumerate(values):
            if column >= first_amount_column:
                _write(sheet, number, column, value, text_format, amount_format)
            else:
                _write(sheet, number, column, value, text_format)
    sheet.set_column(first_amount_column, len(header) - 1, 14, formats.amount)
    return number + 1


def _costs_sheet(book, formats: _Formats, figures: Figures) -> None:
    periods = figures.periods
    costs = book.add_worksheet(_sheet_name(COSTS))
    costs.set_column(0, 0, DEFAULT_WIDTH, None, {"hidden": True})  # the code matches on import
    costs.set_column(1, 1, 36)
    computed = _("computed")
    rows = [([row.category.code, row.label + (f" ({computed})" if row.computed else ""),
              *[_number(row.cells.get(p.pk)) for p in periods], _number(row.total)],
             row.computed) for row in figures.rows]
    rows.append((["", _("Total costs"), *[_number(figures.cost_by_period[p.pk])
                                          for p in periods], _number(figures.cost_total)],
                 False))
    _table(costs, formats, [_("Code"), _("Cost category"), *[p.label for p in periods],
                            _("Total")], rows, first_amount_column=2)


def _financing_sheet(book, formats: _Formats, figures: Figures) -> None:
    periods = figures.periods
    financing = book.add_worksheet(_sheet_name(FINANCING))
    # The ids match the rows on import; the reader works with the names beside them.
    # Widths that differ, or the writer joins the two into one range that some readers
    # (openpyxl) show as column A alone, B then not hidden.
    financing.set_column(0, 0, DEFAULT_WIDTH, None, {"hidden": True})
    financing.set_column(1, 1, 16, None, {"hidden": True})
    financing.set_column(2, 2, 36)
    financing.set_column(3, 3, 30)
    financing.set_column(4, 4, 18)
    rows = []
    for row in figures.sources:
        source = row.source
        rows.append(([
            source.pk, source.financier_id or "",
            source.financier.name if source.financier else "", source.description,
            str(FinancingType(source.financing_type).label),
            _("yes") if source.preliminary else _("no"),
            *[_number(row.cells.get(p.pk)) for p in periods], _number(row.total)], False))
    written = _table(financing, formats, [
        _("Id"), _("Organisation id"), _("Financier"), _("Description"), _("Financing type"),
        _("Preliminary"), *[p.label for p in periods], _("Total")], rows,
        first_amount_column=FINANCING_COLUMNS)
    financing.data_validation(1, 4, max(written, 2) + 199, 4, {
        "validate": "list", "source": [str(label) for label in FinancingType.labels],
        "ignore_blank": False})


def _number(value):
    if value is None or value == ZERO:
        return None
    value = Decimal(value)
    return int(value) if value == value.to_integral_value() else value


@dataclass
class Change:
    where: str
    old: str
    new: str


@dataclass
class ImportResult:
    errors: list[str] = field(default_factory=list)
    costs: dict[tuple[int, int], Decimal] = field(default_factory=dict)
    sources: list[SourceInput] = field(default_factory=list)
    changes: list[Change] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


def read_workbook(data, budget: Budget, figures: Figures) -> ImportResult:
    """What the file (bytes or an upload, whose size is checked before it is read) would
    change in `figures` (the budget's current version)."""
    result = ImportResult()
    try:
        book = read_xlsx(io.BytesIO(data) if isinstance(data, bytes) else data, LIMITS)
    except SpreadsheetRefused as refused:
        result.errors.append(str(refused))
        return result
    sheets = {key: _sheet(book, key) for key in SHEET_NAMES}
    missing = [_sheet_name(key) for key, sheet in sheets.items() if sheet is None]
    if missing:
        result.errors.append(_("The workbook has no sheet named %(names)s. Start from a "
                               "budget downloaded from the portal.")
                             % {"names": ", ".join(f"“{n}”" for n in missing)})
        return result
    _read_info(sheets[INFO], budget, result)
    if result.errors:
        return result
    _read_costs(sheets[COSTS], figures, result)
    _read_financing(sheets[FINANCING], figures, result)
    if result.errors:
        result.changes.clear()
    return result


def _sheet_name(key: str) -> str:
    return str(SHEET_NAMES[key][0])[:31]


def _sheet(book, key: str):
    """The sheet by its name in any of the portal's languages, or in the former format."""
    names = {SHEET_NAMES[key][1]}
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            names.add(_sheet_name(key))
    return next((sheet for title, sheet in book.items() if title in names), None)


def _rows(sheet) -> list[tuple]:
    return sheet.rows


def _read_info(sheet, budget: Budget, result: ImportResult) -> None:
    rows = [row for row in _rows(sheet) if row and row[0] is not None]
    # Key, label, value; files before the labels were shown hold key, value, label.
    value_column = 2 if any(str(row[0]).strip() == "project" and len(row) > 2
                            and row[2] == budget.project.slug for row in rows) else 1
    info = {str(row[0]).strip(): row[value_column] if len(row) > value_column else None
            for row in rows}
    if str(info.get("project", "")) != budget.project.slug or str(
            info.get("budget_id", "")) != str(budget.pk):
        result.errors.append(_("The file belongs to another budget (“%(name)s” of project "
                               "“%(project)s”).") % {"name": info.get("budget", "?"),
                                                    "project": info.get("project", "?")})
    elif str(info.get("currency", "")) != budget.currency:
        result.errors.append(_("The file is in %(file)s but the budget is in %(budget)s.")
                             % {"file": info.get("currency"), "budget": budget.currency})


def _check_periods(header, start: int, figures: Figures, sheet_name: str, result) -> bool:
    labels = [str(v).strip() if v is not None else "" for v in header[start:start + len(
        figures.periods)]]
    expected = [p.label for p in figures.periods]
    if labels != expected:
        result.errors.append(_("The columns of “%(sheet)s” (%(found)s) are not the budget's "
                               "periods (%(expected)s).") % {
            "sheet": sheet_name, "found": ", ".join(labels) or "–",
            "expected": ", ".join(expected)})
        return False
    return True


def _amount(value, where: str, result: ImportResult) -> Decimal:
    if value is None or value == "":
        return ZERO
    if isinstance(value, bool):
        result.errors.append(_("%(cell)s: “%(value)s” is not an amount.")
                             % {"cell": where, "value": value})
        return ZERO
    try:
        if isinstance(value, int | float | Decimal):
            number = Decimal(str(value))
            if number < 0:
                raise AmountError("negative")
            if number != cents(number):
                raise AmountError("decimals")
            if number > MAX_AMOUNT:
                raise AmountError("too large")
            return number
        return parse_amount(str(value)) or ZERO
    except (AmountError, InvalidOperation):
        result.errors.append(_("%(cell)s: “%(value)s” is not an amount (whole kronor or two "
                               "decimals, not negative).") % {"cell": where, "value": value})
        return ZERO


def _read_costs(sheet, figures: Figures, result: ImportResult) -> None:
    rows = _rows(sheet)
    if not rows or not _check_periods(rows[0], 2, figures, sheet.name, result):
        return
    by_code = {row.category.code: row for row in figures.rows}
    seen = set()
    for number, values in enumerate(rows[1:], start=2):
        code = str(values[0]).strip() if values and values[0] is not None else ""
        if not code:
            continue  # the totals row, or an empty line
        row = by_code.get(code)
        if row is None:
            result.errors.append(_("%(sheet)s row %(row)d: unknown cost category “%(code)s”.")
                                 % {"sheet": sheet.name, "row": number, "code": code})
            continue
        if code in seen:
            result.errors.append(_("%(sheet)s row %(row)d: “%(code)s” appears twice.")
                                 % {"sheet": sheet.name, "row": number, "code": code})
            continue
        seen.add(code)
        if row.computed:
            continue  # computed from its base; what the file says is not used
        for offset, period in enumerate(figures.periods):
            cell = values[2 + offset] if len(values) > 2 + offset else None
            where = f"{sheet.name}!{get_column_letter(3 + offset)}{number}"
            new = _amount(cell, where, result)
            old = row.cells.get(period.pk) or ZERO
            result.costs[(row.category.pk, period.pk)] = new
            if new != old:
                result.changes.append(Change(f"{row.label} {period.label}", _text(old),
                                             _text(new)))
    for row in figures.rows:  # a category left out of the file is cleared
        if row.category.code not in seen and row.category.kind != CategoryKind.FLAT_RATE:
            for period in figures.periods:
                old = row.cells.get(period.pk) or ZERO
                result.costs[(row.category.pk, period.pk)] = ZERO
                if old:
                    result.changes.append(Change(f"{row.label} {period.label}", _text(old),
                                                 _text(ZERO)))


def _read_financing(sheet, figures: Figures, result: ImportResult) -> None:
    rows = _rows(sheet)
    head = FINANCING_COLUMNS
    if not rows or not _check_periods(rows[0], head, figures, sheet.name, result):
        return
    existing = {row.source.pk: row for row in figures.sources}
    labels = type_labels()
    seen_ids = set()
    organisations = {o.pk: o for o in Organisation.objects.all()}
    by_name: dict[str, list] = {}
    for organisation in organisations.values():
        by_name.setdefault(organisation.name.casefold(), []).append(organisation)
    for number, values in enumerate(rows[1:], start=2):
        values = list(values) + [None] * (head + len(figures.periods) - len(values))
        source_id, org_id, org_name, description, kind, preliminary = values[:head]
        amounts_raw = values[head:head + len(figures.periods)]
        if all(v in (None, "") for v in values[:head + len(figures.periods)]):
            continue
        where = _("%(sheet)s row %(row)d") % {"sheet": sheet.name, "row": number}
        source_id = _int(source_id)
        if source_id is not None and (source_id not in existing or source_id in seen_ids):
            result.errors.append(_("%(where)s: Id %(id)s is not a row of this plan; leave Id "
                                   "empty for a new row.") % {"where": where, "id": source_id})
            continue
        seen_ids.add(source_id)
        organisation = _organisation(org_id, org_name, organisations, by_name, where, result)
        kind = str(kind or "").strip()
        if kind not in FinancingType.values:
            kind = labels.get(kind.casefold(), kind)
        if kind not in FinancingType.values:
            names = ", ".join(map(str, FinancingType.labels))
            result.errors.append(_("%(where)s: “%(kind)s” is not a financing type; use one of "
                                   "%(types)s.") % {"where": where, "kind": kind or "–",
                                                    "types": names})
        flag = str(preliminary or "").strip().lower()
        if flag not in YES | NO:
            result.errors.append(_("%(where)s: write “%(yes)s” or “%(no)s” under "
                                   "%(column)s.") % {"where": where, "yes": _("yes"),
                                                     "no": _("no"),
                                                     "column": _("Preliminary")})
        description = str(description or "").strip()[:200]
        if organisation is None and not description and not org_name:
            result.errors.append(_("%(where)s: name the financier or describe the source.")
                                 % {"where": where})
        amounts = {}
        for offset, period in enumerate(figures.periods):
            cell_ref = f"{sheet.name}!{get_column_letter(head + 1 + offset)}{number}"
            amounts[period.pk] = _amount(amounts_raw[offset], cell_ref, result)
        source = SourceInput(id=source_id, financier_id=organisation.pk if organisation else None,
                             description=description, financing_type=kind,
                             preliminary=flag in YES, amounts=amounts)
        result.sources.append(source)
        _describe_source(source, existing.get(source_id), figures, organisation, result)
    for pk, row in existing.items():
        if pk not in seen_ids:
            result.changes.append(Change(row.source.name, _text(row.total),
                                         _("removed from the plan")))


def _organisation(org_id, org_name, organisations, by_name, where, result):
    pk = _int(org_id)
    if pk is not None:
        if pk not in organisations:
            result.errors.append(_("%(where)s: no organisation has id %(id)s.")
                                 % {"where": where, "id": pk})
        return organisations.get(pk)
    name = str(org_name or "").strip()
    if not name:
        return None
    matches = by_name.get(name.casefold(), [])
    if len(matches) == 1:
        return matches[0]
    if not matches:
        result.errors.append(_("%(where)s: no organisation is called “%(name)s”; an "
                               "administrator can add it.") % {"where": where, "name": name})
    else:
        result.errors.append(_("%(where)s: several organisations are called “%(name)s”; give "
                               "its organisation id.") % {"where": where, "name": name})
    return None


def _describe_source(source: SourceInput, before, figures, organisation, result) -> None:
    name = organisation.name if organisation else source.description
    if before is None:
        total = sum(source.amounts.values(), ZERO)
        result.changes.append(Change(name, _("new row"), _text(total)))
        return
    old = before.source
    if (old.financier_id, old.description, old.financing_type, old.preliminary) != (
            source.financier_id, source.description, source.financing_type, source.preliminary):
        result.changes.append(Change(name, _describe(old.name, old.financing_type,
                                                    old.preliminary),
                                     _describe(name, source.financing_type, source.preliminary)))
    for period in figures.periods:
        old_value = before.cells.get(period.pk) or ZERO
        new_value = source.amounts.get(period.pk) or ZERO
        if old_value != new_value:
            result.changes.append(Change(f"{name} {period.label}", _text(old_value),
                                         _text(new_value)))


def _describe(name: str, kind: str, preliminary: bool) -> str:
    label = FinancingType(kind).label if kind in FinancingType.values else kind
    return f"{name}, {label}" + (f", {_('preliminary')}" if preliminary else "")


def _int(value) -> int | None:
    if value is None or value == "":
        return None
    try:
        return int(Decimal(str(value)))
    except (InvalidOperation, ValueError):
        return None


def _text(value: Decimal) -> str:
    from portal.formatting import group_thousands

    value = Decimal(value)
    return group_thousands(value, 0 if value == value.to_integral_value() else 2)
