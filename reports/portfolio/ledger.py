"""Reading a grant ledger (xlsx or CSV) for decisions made outside the portal: one row per
grant, with a header row naming the columns in Swedish, Norwegian or English. The file goes
through the portal's guarded reader; every row is checked and every problem said with its row
and column, so the person sees the whole file's problems at once and nothing is imported
until none is left.

Columns: project or company, decision date, granted amount, classification (the focus area,
by number or name), municipality (name or code), leadership (woman, man, shared), expected
new jobs for women and for men. Classification onwards may be empty.
"""

import re
from dataclasses import asdict, dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from django.core import signing
from django.db.models import Count, Sum
from django.utils.translation import gettext as _

from portal.models import Organisation, OrganisationKind
from portal.spreadsheets import SpreadsheetRefused, cell_name, read_csv, read_xlsx
from reports.portfolio.models import FocusArea, Leadership, LedgerImport

HEADERS = {
    "name": {"projekt eller företag", "projekt", "företag", "prosjekt", "foretak",
             "prosjekt eller foretak", "project or company", "project", "company", "namn",
             "navn", "name", "mottagare", "stödmottagare"},
    "decided_on": {"beslutsdatum", "beslutsdato", "vedtaksdato", "decision date", "beslut",
                   "datum", "dato", "date"},
    "amount": {"beviljat belopp", "beviljat", "belopp", "innvilget beløp", "innvilget",
               "beløp", "granted amount", "amount", "granted"},
    "focus_area": {"klassificering", "fokusområde", "klassifisering", "fokusomrade",
                   "classification", "focus area"},
    "municipality": {"kommun", "kommune", "municipality"},
    "leadership": {"ledarskap", "ledning", "ledelse", "lederskap", "leadership",
                   "led by", "ledd av"},
    "jobs_women": {"nya jobb kvinnor", "förväntade nya jobb kvinnor", "jobb kvinnor",
                   "nye jobber kvinner", "jobber kvinner", "expected jobs women",
                   "jobs women", "new jobs women"},
    "jobs_men": {"nya jobb män", "förväntade nya jobb män", "jobb män", "nye jobber menn",
                 "jobber menn", "expected jobs men", "jobs men", "new jobs men"},
}
REQUIRED = ("name", "decided_on", "amount")
LEADERSHIP_WORDS = {
    Leadership.WOMAN: {"kvinna", "kvinne", "woman", "k", "w", "f", "kvinnor", "women"},
    Leadership.MAN: {"man", "mann", "m", "män", "menn", "men"},
    Leadership.SHARED: {"delat", "delt", "shared", "delat ledarskap", "delt ledelse", "båda",
                        "both"},
}


@dataclass(frozen=True)
class LedgerRow:
    number: int
    name: str
    decided_on: date
    amount: Decimal
    focus_area_id: int | None
    focus_area: str
    municipality_id: int | None
    municipality: str
    leadership: str
    jobs_women: Decimal
    jobs_men: Decimal

    @property
    def leadership_label(self) -> str:
        return str(Leadership(self.leadership).label) if self.leadership else ""

    def to_plain(self) -> dict:
        data = asdict(self)
        data.update(decided_on=self.decided_on.isoformat(), amount=str(self.amount),
                    jobs_women=str(self.jobs_women), jobs_men=str(self.jobs_men))
        return data

    @classmethod
    def from_plain(cls, data: dict) -> "LedgerRow":
        return cls(**{**data, "decided_on": date.fromisoformat(data["decided_on"]),
                      "amount": Decimal(data["amount"]),
                      "jobs_women": Decimal(data["jobs_women"]),
                      "jobs_men": Decimal(data["jobs_men"])})


@dataclass(frozen=True)
class LedgerReading:
    rows: tuple[LedgerRow, ...]
    errors: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return bool(self.rows) and not self.errors

    @property
    def total(self) -> Decimal:
        return sum((row.amount for row in self.rows), Decimal(0))


def _norm(text) -> str:
    return re.sub(r"[\s_:*]+", " ", str(text or "")).strip().casefold()


def read_file(upload, *, funding_body_id: int, year: int) -> LedgerReading:
    name = (upload.name or "").lower()
    try:
        if name.endswith(".csv") or name.endswith(".txt"):
            rows = read_csv(upload).rows
        else:
            sheets = read_xlsx(upload)
            rows = next(iter(sheets.values())).rows if sheets else []
    except SpreadsheetRefused as refused:
        return LedgerReading((), (str(refused),))
    return read_rows(rows, funding_body_id=funding_body_id, year=year)


def read_rows(rows: list[tuple], *, funding_body_id: int, year: int) -> LedgerReading:
    header_at, columns = _header(rows)
    if columns is None:
        return LedgerReading((), (_(
            "No header row found: the first rows must name the columns, at least "
            "“Projekt eller företag”, “Beslutsdatum” and “Beviljat belopp”."),))
    lookup = _Lookup(funding_body_id)
    found, errors = [], []
    for number, values in enumerate(rows[header_at + 1:], start=header_at + 2):
        if not any(str(v).strip() for v in values if v is not None):
            continue
        row = _row(number, values, columns, lookup, year, errors)
        if row is not None:
            found.append(row)
    if not found and not errors:
        errors.append(_("The file has no grants below its header row."))
    return LedgerReading(tuple(found), tuple(errors))


def _header(rows) -> tuple[int, dict[str, int] | None]:
    for index, values in enumerate(rows[:10]):
        columns = {}
        for position, value in enumerate(values):
            for key, words in HEADERS.items():
                if _norm(value) in words and key not in columns:
                    columns[key] = position
        if all(key in columns for key in REQUIRED):
            return index, columns
    return 0, None


class _Lookup:
    """The funding body's focus areas and the municipalities, each read once per file."""

    def __init__(self, funding_body_id: int):
        self.areas = list(FocusArea.objects.filter(
            classification__funding_body_id=funding_body_id).values_list("pk", "position",
                                                                         "name"))
        self._municipalities: dict[str, tuple[int, str]] | None = None

    def area(self, text: str) -> tuple[int, str] | None:
        """By name, by number, or by both (“2. Teknik- och tjänsteutveckling”)."""
        key = _norm(text)
        numbered = re.match(r"^(\d+)[.,)]?\s*(.*)$", key)
        for pk, position, name in self.areas:
            if key == _norm(name) or (numbered and int(numbered.group(1)) == position
                                      and numbered.group(2) in ("", _norm(name))):
                return pk, name
        return None

    def municipality(self, text: str) -> tuple[int, str] | None:
        if self._municipalities is None:
            self._municipalities = {}
            for pk, name, code in Organisation.objects.filter(
                    kind=OrganisationKind.MUNICIPALITY).values_list("pk", "name",
                                                                    "municipality_code"):
                self._municipalities[_norm(name)] = (pk, name)
                self._municipalities[_norm(name.removesuffix(" kommun"))] = (pk, name)
                if code:
                    self._municipalities[code] = (pk, name)
        return self._municipalities.get(_norm(text))


def _cell(values, columns, key):
    position = columns.get(key)
    if position is None or position >= len(values):
        return None
    value = values[position]
    return value.strip() if isinstance(value, str) else value


def _where(number: int, columns, key) -> str:
    return cell_name(number, columns[key] + 1)


def _date(value) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        return None


def _number(value) -> Decimal | None:
    """The cell as a finite number; None when it is not one ("NaN" and "inf" included)."""
    if value is None or value == "":
        return Decimal(0)
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float | Decimal):
        number = Decimal(str(value))
    else:
        text = str(value).replace("\u00a0", "").replace(" ", "").replace("kr", "").strip()
        if "," in text and "." not in text:
            text = text.replace(",", ".")
        try:
            number = Decimal(text)
        except InvalidOperation:
            return None
    return number if number.is_finite() else None


def _row(number, values, columns, lookup: _Lookup, year: int, errors: list) -> LedgerRow | None:
    problems = []

    def problem(key, message):
        problems.append(_("%(cell)s: %(problem)s") % {
            "cell": _where(number, columns, key), "problem": message})

    name = str(_cell(values, columns, "name") or "").strip()
    if not name:
        problem("name", _("name the project or company."))
    elif len(name) > 300:
        problem("name", _("the name is longer than 300 characters."))
    decided_on = _date(_cell(values, columns, "decided_on"))
    if decided_on is None:
        problem("decided_on", _("the decision date must be a date such as 2017-03-15."))
    elif decided_on.year != year:
        problem("decided_on", _("the decision is dated %(day)s, outside %(year)s.") % {
            "day": decided_on.isoformat(), "year": year})
    amount = _number(_cell(values, columns, "amount"))
    if amount is None or amount <= 0 or amount.as_tuple().exponent < -2:
        problem("amount", _("the granted amount must be a positive amount in kronor."))
    elif amount >= Decimal("1e12"):
        problem("amount", _("the granted amount is implausibly large."))
    area = None
    area_text = str(_cell(values, columns, "focus_area") or "")
    if area_text:
        area = lookup.area(area_text)
        if area is None:
            problem("focus_area", _("“%(text)s” is not a focus area of the funding body's "
                                    "classification.") % {"text": area_text})
    municipality = None
    municipality_text = str(_cell(values, columns, "municipality") or "")
    if municipality_text:
        municipality = lookup.municipality(municipality_text)
        if municipality is None:
            problem("municipality", _("“%(text)s” is not a known municipality.")
                    % {"text": municipality_text})
    leadership = ""
    leadership_text = _norm(_cell(values, columns, "leadership"))
    if leadership_text:
        leadership = next((key for key, words in LEADERSHIP_WORDS.items()
                           if leadership_text in words), "")
        if not leadership:
            problem("leadership", _("leadership is “kvinna”, “man” or “delat”."))
    jobs = {}
    for key in ("jobs_women", "jobs_men"):
        value = _number(_cell(values, columns, key)) if key in columns else Decimal(0)
        if value is None or value < 0 or value >= Decimal("1e7") or (
                value.as_tuple().exponent < -1):
            problem(key, _("expected new jobs must be a number of jobs, zero or more."))
        jobs[key] = value
    if problems:
        errors.extend(problems)
        return None
    return LedgerRow(
        number=number, name=name, decided_on=decided_on, amount=amount,
        focus_area_id=area[0] if area else None, focus_area=area[1] if area else "",
        municipality_id=municipality[0] if municipality else None,
        municipality=municipality[1] if municipality else "", leadership=leadership,
        jobs_women=jobs["jobs_women"], jobs_men=jobs["jobs_men"])


# A previewed ledger, signed so that exactly what was shown is what is imported.
PREVIEW_SALT = "portfolio.ledger-import"
PREVIEW_AGE = 60 * 60 * 12


def preview_payload(rows, *, year: int, file_name: str, note: str, body_id: int) -> str:
    return signing.dumps({"rows": [row.to_plain() for row in rows], "year": year,
                          "file": file_name, "note": note, "body": body_id},
                         salt=PREVIEW_SALT, compress=True)


def previewed(payload: str, body_id: int) -> dict:
    """The preview as signed, its rows read back; `signing.BadSignature` for one expired,
    changed or of another funding body."""
    data = signing.loads(payload, salt=PREVIEW_SALT, max_age=PREVIEW_AGE)
    if data["body"] != body_id:
        raise signing.BadSignature
    return {**data, "rows": [LedgerRow.from_plain(row) for row in data["rows"]]}


def ledger_imports(funding_body_id: int):
    """The funding body's imported ledgers, newest first, with their grants counted and
    summed in the database."""
    return (LedgerImport.objects.filter(funding_body_id=funding_body_id)
            .select_related("imported_by")
            .annotate(grants=Count("entries"), total=Sum("entries__granted_amount"))
            .order_by("-imported_at", "-pk"))
