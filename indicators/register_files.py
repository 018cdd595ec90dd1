"""The participant and company registers as spreadsheets (xlsx or CSV), and registers read
back from them.

Out: one row per record, every field the register keeps except participants' names (personal
data stays in the portal unless asked for), written through the portal's safe writer, so text
a person typed never becomes a live formula. Headers are in the reader's language.

In: the file is read through the guarded reader (sizes, rows, cells, time), its header row is
recognised in Swedish, Norwegian or English, and every row becomes the input the register's
services take. A row with an ID updates that record, one without adds a new one; a file
downloaded from the register reads back without changing anything. Reading never writes:
problems come back with their row, column and reason.
"""

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from django.utils import translation
from django.utils.functional import Promise
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from openpyxl.utils import get_column_letter

from indicators.models import (
    ActivityType,
    EmployeeCount,
    Leadership,
    ParticipationRecord,
    ProjectIndicator,
    RegisterRule,
    SizeClass,
    SupportedCompany,
    SupportKind,
)
from indicators.services.companies import CompanyInput, EmployeeCountInput
from indicators.services.participants import ParticipationInput
from portal.models import Country
from portal.organisation_numbers import display
from portal.sorting import natural_key
from portal.spreadsheets import (
    FORMULA_STARTS,
    Limits,
    SpreadsheetRefused,
    read_csv,
    read_xlsx,
)
from portal.table_workbook import Table, table_workbook
from projects.models import Project

# A register of a large project holds a few thousand rows; far beyond that is refused.
LIMITS = Limits(rows=20_000, columns=120)
LANGUAGES = ("sv", "nb", "en")
COMPANIES, PARTICIPANTS = "companies", "participants"


@dataclass(frozen=True)
class Column:
    key: str
    label: Promise
    kind: str = "text"  # text, int, decimal, date, choice
    synonyms: tuple[str, ...] = ()


COMPANY_COLUMNS = (
    Column("id", gettext_lazy("ID"), "int"),
    Column("name", gettext_lazy("Company"), synonyms=("företagsnamn", "företag", "foretak")),
    Column("organisation_number", gettext_lazy("Organisation number"),
           synonyms=("org.nr", "orgnr")),
    Column("country", gettext_lazy("Country"), "choice"),
    Column("municipality", gettext_lazy("Municipality")),
    Column("industry", gettext_lazy("Industry (SNI / NACE)"), synonyms=("sni", "nace")),
    Column("leadership", gettext_lazy("Leadership"), "choice"),
    Column("size_class", gettext_lazy("Size"), "choice"),
    Column("support_kind", gettext_lazy("Kind of support"), "choice"),
    Column("support_amount", gettext_lazy("Amount of support"), "decimal"),
    Column("supported_from", gettext_lazy("Supported from"), "date"),
    Column("founded_on", gettext_lazy("Founded"), "date"),
    Column("stated_growth", gettext_lazy("Growth as stated"), "decimal",
           synonyms=("ökning", "økning")),
    Column("note", gettext_lazy("Note")),
    Column("indicators", gettext_lazy("Counts towards")),
)
PARTICIPANT_COLUMNS = (
    Column("id", gettext_lazy("ID"), "int"),
    Column("activity_type", gettext_lazy("Activity type")),
    Column("held_on", gettext_lazy("Date"), "date"),
    Column("title", gettext_lazy("Activity")),
    Column("women", gettext_lazy("Women"), "int"),
    Column("men", gettext_lazy("Men"), "int"),
    Column("other", gettext_lazy("Other or not stated"), "int"),
    Column("note", gettext_lazy("Note")),
)
COLUMNS = {COMPANIES: COMPANY_COLUMNS, PARTICIPANTS: PARTICIPANT_COLUMNS}
REQUIRED = {COMPANIES: "name", PARTICIPANTS: "activity_type"}
# "Employees 2019-12-31 (2019)": one column per count, the date and the source's own name.
EMPLOYEES = gettext_lazy("Employees")
EMPLOYEES_HEADER = re.compile(r"^\D*?(\d{4}-\d{2}-\d{2})\s*(?:\((.*)\))?\s*$")
CHOICES = {"leadership": Leadership, "size_class": SizeClass, "support_kind": SupportKind}
# What people write instead of the labels, in a column of their own.
CHOICE_SYNONYMS = {
    "leadership": {"kvinna": "woman", "kvinne": "woman", "woman": "woman", "k": "woman",
                   "man": "man", "mann": "man", "m": "man", "delat": "shared",
                   "delt": "shared", "shared": "shared"},
    "size_class": {"mikro": "micro", "mikroföretag": "micro", "litet": "small",
                   "lite": "small", "medelstort": "medium", "mellomstort": "medium",
                   "stort": "large"},
}
COUNTRY_WORDS = {"se": "SE", "sverige": "SE", "sweden": "SE", "no": "NO", "norge": "NO",
                 "norway": "NO", "noreg": "NO"}  # the codes, and the names in every language


def _plain(value) -> str:
    return re.sub(r"\s+", " ", str(value or "")).strip().casefold().rstrip(":")


def _in_every_language(label) -> set[str]:
    words = set()
    for language in LANGUAGES:
        with translation.override(language):
            words.add(_plain(str(label)))
    return words


def _choice_words(choices) -> dict[str, str]:
    words = {}
    for value, label in choices.choices:
        words[_plain(value)] = value
        for word in _in_every_language(label):
            words[word] = value
    return words


# Writing ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class Export:
    header: list[str]
    rows: list[list]


def company_export(project: Project) -> Export:
    companies = sorted(SupportedCompany.objects.filter(project=project),
                       key=lambda company: (natural_key(company.name), company.pk))
    counts: dict[int, dict[date, Decimal]] = {}
    labels: dict[date, str] = {}
    for company_id, day, label, employees in EmployeeCount.objects.filter(
            company__project=project).values_list("company_id", "measured_on", "label",
                                                  "employees"):
        counts.setdefault(company_id, {})[day] = employees
        labels.setdefault(day, label)
    links: dict[int, list[str]] = {}
    through = SupportedCompany.indicators.through
    for company_id, code, name in through.objects.filter(
            supportedcompany__project=project).values_list(
            "supportedcompany_id", "projectindicator__catalogue__code", "projectindicator__name"):
        links.setdefault(company_id, []).append(code or name)
    days = sorted(labels)
    header = [str(column.label) for column in COMPANY_COLUMNS] + [
        f"{EMPLOYEES} {day.isoformat()}" + (f" ({labels[day]})" if labels[day] else "")
        for day in days]
    rows = []
    for company in companies:
        rows.append([
            company.pk, company.name, display(company.organisation_number, company.country),
            _label(Country, company.country), company.municipality, company.industry,
            _label(Leadership, company.leadership), _label(SizeClass, company.size_class),
            _label(SupportKind, company.support_kind), company.support_amount,
            company.supported_from, company.founded_on, company.stated_growth, company.note,
            "; ".join(sorted(links.get(company.pk, []))),
        ] + [counts.get(company.pk, {}).get(day) for day in days])
    return Export(header, rows)


def participant_export(project: Project) -> Export:
    records = (ParticipationRecord.objects.filter(project=project)
               .select_related("activity_type").order_by("held_on", "id"))
    header = [str(column.label) for column in PARTICIPANT_COLUMNS]
    rows = [[r.pk, r.activity_type.name, r.held_on, r.title, r.women, r.men, r.other, r.note]
            for r in records]
    return Export(header, rows)


def _label(choices, value: str) -> str:
    return str(choices(value).label) if value else ""


def xlsx_bytes(export: Export, title: str) -> bytes:
    return table_workbook([Table(title, export.header, export.rows,
                                 widths=[18] * len(export.header),
                                 # The record's id matches the row on import; the reader has no
                                 # use for it.
                                 hidden=(0,))])


def csv_rows(export: Export) -> list[list]:
    return [export.header] + [[_csv_value(v) for v in row] for row in export.rows]


def _csv_value(value):
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return f"{value.normalize():f}".replace(".", ",")
    return value


# Reading ---------------------------------------------------------------------------------

@dataclass
class ReadRow:
    number: int  # the row in the sheet
    data: CompanyInput | ParticipationInput
    updates: bool  # carries the ID of a record in the register


@dataclass
class ReadResult:
    rows: list[ReadRow] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors and bool(self.rows)


class _Problem(Exception):
    pass


def read_file(upload, register: str, project: Project) -> ReadResult:
    """The rows of an uploaded register file as service input, or every problem with it."""
    result = ReadResult()
    try:
        sheet_rows = _sheet(upload)
    except SpreadsheetRefused as refused:
        result.errors.append(str(refused))
        return result
    found = _header(sheet_rows, register)
    if found is None:
        name = next(c.label for c in COLUMNS[register] if c.key == REQUIRED[register])
        result.errors.append(_("No header row naming the columns was found; the first row "
                               "should name at least the column “%(column)s”.")
                             % {"column": name})
        return result
    header_row, columns, counts = found
    reader = _RowReader(register, project, columns, counts)
    for number, values in enumerate(sheet_rows[header_row + 1:], start=header_row + 2):
        if not any(str(v).strip() for v in values if v is not None):
            continue
        row, problems = reader.read(number, values)
        result.errors += problems
        if row is not None:
            result.rows.append(row)
    if not result.rows and not result.errors:
        result.errors.append(_("The file has no rows below its header row."))
    return result


def _sheet(upload) -> list[tuple]:
    upload.seek(0)
    is_zip = upload.read(2) == b"PK"
    upload.seek(0)
    if is_zip:
        sheets = read_xlsx(upload, LIMITS)
        return next(iter(sheets.values())).rows if sheets else []
    return read_csv(upload, LIMITS).rows


def _header(rows, register: str):
    """The first of the first ten rows that names the register's required column: where
    each field is, and the employee-count columns with their dates and names."""
    known = {}
    for column in COLUMNS[register]:
        for word in _in_every_language(column.label) | set(column.synonyms):
            known.setdefault(word, column.key)
    employees = _in_every_language(EMPLOYEES) | {"anställda", "ansatte", "employees"}
    for index, values in enumerate(rows[:10]):
        columns, counts = {}, {}
        for position, value in enumerate(values):
            word = _plain(value)
            if word in known and known[word] not in columns:
                columns[known[word]] = position
            elif register == COMPANIES and any(word.startswith(w) for w in employees):
                match = EMPLOYEES_HEADER.match(str(value).strip())
                if match:
                    counts[position] = (date.fromisoformat(match.group(1)),
                                        (match.group(2) or "").strip())
        if REQUIRED[register] in columns:
            return index, columns, counts
    return None


class _RowReader:
    def __init__(self, register, project, columns, counts):
        self.register, self.columns, self.counts = register, columns, counts
        self.specs = {c.key: c for c in COLUMNS[register]}
        self.choices = {key: {**CHOICE_SYNONYMS.get(key, {}), **_choice_words(choices)}
                        for key, choices in CHOICES.items()}
        if register == COMPANIES:
            self.indicators = {}
            for indicator in ProjectIndicator.objects.filter(
                    project=project, rule__in=[RegisterRule.COMPANIES,
                                               RegisterRule.EMPLOYMENT_GROWTH]
            ).select_related("catalogue"):
                self.indicators[_plain(indicator.code or indicator.name)] = indicator.pk
                self.indicators[_plain(indicator.label())] = indicator.pk
        else:
            self.kinds = {_plain(k.name): k.pk
                          for k in ActivityType.objects.filter(project=project)}

    def read(self, number: int, values) -> tuple[ReadRow | None, list[str]]:
        problems, read = [], {}
        for key, spec in self.specs.items():
            try:
                read[key] = self._value(spec, values)
            except _Problem as problem:
                problems.append(self._where(number, key, str(problem)))
        employee_counts = []
        for position, (day, label) in self.counts.items():
            try:
                amount = _decimal(_cell(values, position))
            except _Problem as problem:
                problems.append(_where(number, position, f"{EMPLOYEES} {day}", str(problem)))
                continue
            if amount is not None:
                employee_counts.append(EmployeeCountInput(day, amount, label))
        if problems:
            return None, problems
        data = (self._company(number, read, employee_counts, problems)
                if self.register == COMPANIES else self._participation(number, read, problems))
        if problems:
            return None, problems
        return ReadRow(number, data, updates=bool(read.get("id"))), []

    def _value(self, spec: Column, values):
        position = self.columns.get(spec.key)
        raw = _cell(values, position) if position is not None else None
        if spec.kind == "int":
            return _integer(raw)
        if spec.kind == "decimal":
            return _decimal(raw)
        if spec.kind == "date":
            return _date(raw)
        if spec.kind == "choice" and spec.key == "country":
            word = _plain(_text(raw))
            if not word:
                return Country.SWEDEN
            if word not in COUNTRY_WORDS:
                raise _Problem(_("The country is %(sweden)s or %(norway)s.") % {
                    "sweden": Country.SWEDEN.label, "norway": Country.NORWAY.label})
            return COUNTRY_WORDS[word]
        if spec.kind == "choice":
            word = _plain(_text(raw))
            if word not in self.choices[spec.key]:
                labels = [str(label) for value, label in CHOICES[spec.key].choices if value]
                raise _Problem(_("Not one of: %(choices)s.") % {"choices": ", ".join(labels)})
            return self.choices[spec.key][word]
        return _text(raw)

    def _company(self, number, read, employee_counts, problems) -> CompanyInput:
        indicator_ids = []
        for word in filter(None, (_plain(w) for w in read["indicators"].split(";"))):
            if word not in self.indicators:
                problems.append(self._where(number, "indicators", _(
                    "“%(name)s” is not an indicator computed from the company register.")
                    % {"name": word}))
            elif self.indicators[word] not in indicator_ids:
                indicator_ids.append(self.indicators[word])
        return CompanyInput(
            id=read["id"], name=read["name"], country=read["country"],
            organisation_number=read["organisation_number"],
            municipality=read["municipality"], industry=read["industry"],
            leadership=read["leadership"], size_class=read["size_class"],
            support_kind=read["support_kind"], support_amount=read["support_amount"],
            supported_from=read["supported_from"], founded_on=read["founded_on"],
            stated_growth=read["stated_growth"], note=read["note"],
            indicator_ids=indicator_ids, employee_counts=employee_counts)

    def _participation(self, number, read, problems) -> ParticipationInput:
        kind = self.kinds.get(_plain(read["activity_type"]))
        if kind is None:
            problems.append(self._where(number, "activity_type", _(
                "“%(name)s” is not one of the project's activity types; add it on the "
                "participants page first.") % {"name": read["activity_type"]}))
        return ParticipationInput(
            id=read["id"], activity_type_id=kind or 0, held_on=read["held_on"],
            title=read["title"], women=read["women"] or 0, men=read["men"] or 0,
            other=read["other"] or 0, note=read["note"])

    def _where(self, number: int, key: str, message: str) -> str:
        position = self.columns.get(key, self.columns[REQUIRED[self.register]])
        return _where(number, position, str(self.specs[key].label), message)


def _where(number: int, position: int, name: str, message: str) -> str:
    return _("Row %(row)d, column %(column)s (%(name)s): %(message)s") % {
        "row": number, "column": get_column_letter(position + 1), "name": name,
        "message": message}


def _cell(values, position):
    return values[position] if position is not None and position < len(values) else None


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime | date):
        return value.strftime("%Y-%m-%d")
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    # The safe writer's apostrophe before a formula character is not part of the text.
    if text.startswith("'") and text[1:2] and text[1:].lstrip(" ").startswith(FORMULA_STARTS):
        text = text[1:]
    return text


def _decimal(value) -> Decimal | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise _Problem(_("Not a number."))
    if isinstance(value, int | float | Decimal):
        number = Decimal(str(value))
    else:
        text = re.sub(r"[\s\u00a0\u202f]", "", str(value)).replace(",", ".").replace("−", "-")
        try:
            number = Decimal(text)
        except InvalidOperation:
            raise _Problem(_("Not a number.")) from None
    if not number.is_finite() or abs(number) >= Decimal("1e12"):
        raise _Problem(_("Not a number the register can hold."))
    return number


def _integer(value) -> int | None:
    number = _decimal(value)
    if number is None:
        return None
    if number != number.to_integral_value() or number < 0:
        raise _Problem(_("A whole number, zero or more."))
    return int(number)


def _date(value) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        raise _Problem(_("Write the date like 2024-09-30.")) from None


def row_errors(rows: list[ReadRow], register: str, errors: dict) -> list[str]:
    """The services' refusals of `rows` (keyed `n:field`, n counting the rows sent), said
    at the row of the sheet."""
    messages = []
    for key, message in errors.items():
        index, _sep, name = key.partition(":")
        if index.isdigit() and 0 < int(index) <= len(rows):
            row = rows[int(index) - 1]
            messages.append(_("Row %(row)d: %(message)s") % {"row": row.number,
                                                             "message": message}
                            if not name else _named(row.number, register, name, message))
        else:
            messages.append(str(message))
    return messages


def _named(number: int, register: str, name: str, message: str) -> str:
    specs = {c.key: c for c in COLUMNS[register]}
    label = specs[name].label if name in specs else EMPLOYEES if name == "employees" else name
    return _("Row %(row)d (%(name)s): %(message)s") % {"row": number, "name": label,
                                                       "message": message}
