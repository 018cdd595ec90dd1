"""Importing a register file: a preview that runs the import and rolls it back, so it finds
every refusal the real import would meet, and the import itself, all rows or none, refused
when the register changed since the preview.

Between the two the rows travel signed (nobody can alter what the preview showed) and
compressed, as plain data."""

from dataclasses import asdict, dataclass, fields
from datetime import date
from decimal import Decimal

from django.core import signing
from django.db import transaction

from indicators.models import Register
from indicators.register_files import COMPANIES, ReadRow, row_errors
from indicators.services.common import register_revision
from indicators.services.companies import CompanyInput, EmployeeCountInput, import_companies
from indicators.services.errors import InvalidInput
from indicators.services.participants import ParticipationInput, import_participations
from projects.models import Project

SALT = "indicators.register-import"
MAX_AGE = 60 * 60 * 12
REGISTERS = {COMPANIES: Register.COMPANIES}


@dataclass(frozen=True)
class Preview:
    added: int
    updated: int
    errors: list[str]
    payload: str  # what the import applies; empty when there are errors
    revision: int  # the register's revision the preview was made against


class _DryRun(Exception):
    pass


def _register(register: str) -> str:
    return REGISTERS.get(register, Register.PARTICIPANTS)


def _apply(project: Project, actor, register: str, rows: list, revision: int | None):
    if register == COMPANIES:
        return import_companies(project=project, actor=actor, rows=rows,
                                expected_revision=revision)
    return import_participations(project=project, actor=actor, rows=rows,
                                 expected_revision=revision)


def _groups(register: str, rows: list[ReadRow]) -> list[list[ReadRow]]:
    # The participant register updates and adds in two steps, each counting its own rows.
    if register == COMPANIES:
        return [rows]
    return [group for group in ([r for r in rows if r.updates],
                                [r for r in rows if not r.updates]) if group]


def preview_import(*, project: Project, actor, register: str, rows: list[ReadRow]) -> Preview:
    """What the import would do, or every row it would refuse; nothing is kept."""
    errors: list[str] = []
    revision = register_revision(project, _register(register))
    for group in _groups(register, rows):
        try:
            with transaction.atomic():
                _apply(project, actor, register, [row.data for row in group], revision)
                raise _DryRun
        except _DryRun:
            pass
        except InvalidInput as refused:
            errors += row_errors(group, register, refused.errors)
    updated = sum(1 for row in rows if row.updates)
    payload = "" if errors else signing.dumps(
        {"register": register, "rows": [_plain(row.data) for row in rows]}, salt=SALT,
        compress=True)
    return Preview(len(rows) - updated, updated, errors, payload, revision)


def apply_import(*, project: Project, actor, register: str, payload: str,
                 revision: int) -> tuple[int, int]:
    """Apply a previewed import: (added, updated). Raises signing.BadSignature when the
    preview is altered or too old, EditConflict when the register changed since."""
    data = signing.loads(payload, salt=SALT, max_age=MAX_AGE)
    if data["register"] != register:
        raise signing.BadSignature("another register's preview")
    kind = CompanyInput if register == COMPANIES else ParticipationInput
    return _apply(project, actor, register, [_typed(kind, row) for row in data["rows"]],
                  revision)


def _plain(data) -> dict:
    def plain(value):
        if isinstance(value, date):
            return {"date": value.isoformat()}
        if isinstance(value, Decimal):
            return {"decimal": str(value)}
        if isinstance(value, list):
            return [plain(item) for item in value]
        if isinstance(value, dict):
            return {key: plain(item) for key, item in value.items()}
        return value
    return plain(asdict(data))


def _typed(kind, row: dict):
    def typed(value):
        if isinstance(value, dict) and set(value) == {"date"}:
            return date.fromisoformat(value["date"])
        if isinstance(value, dict) and set(value) == {"decimal"}:
            return Decimal(value["decimal"])
        return value
    values = {f.name: typed(row[f.name]) for f in fields(kind) if f.name in row}
    if kind is CompanyInput:
        values["employee_counts"] = [
            EmployeeCountInput(**{key: typed(item) for key, item in count.items()})
            for count in row.get("employee_counts", [])]
    return kind(**values)
