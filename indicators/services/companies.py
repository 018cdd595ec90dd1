"""The company register: the companies a project supports, their organisation numbers
(check digit verified), their employees over time and the indicators they count towards."""

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from indicators.models import (
    EmployeeCount,
    Leadership,
    ProjectIndicator,
    Register,
    RegisterRule,
    SizeClass,
    SupportedCompany,
    SupportKind,
)
from indicators.services.common import bump_register, lock, register_revision, text
from indicators.services.errors import EditConflict, InvalidInput
from indicators.services.totals import refresh_totals
from portal.audit import record_changes, record_event
from portal.models import Country
from portal.organisation_numbers import InvalidOrganisationNumber, normalise
from projects.models import Project

REFUSED = gettext_lazy("The registers are kept by the project's writers while the project is "
                       "approved or running.")
COMPANY_RULES = (RegisterRule.COMPANIES, RegisterRule.EMPLOYMENT_GROWTH)
AUDITED = ["country", "organisation_number", "name", "municipality", "industry", "leadership",
           "size_class", "support_kind", "support_amount", "supported_from", "founded_on",
           "stated_growth", "note"]


@dataclass
class EmployeeCountInput:
    measured_on: date
    employees: Decimal
    label: str = ""


@dataclass
class CompanyInput:
    name: str
    country: str = Country.SWEDEN
    organisation_number: str = ""
    municipality: str = ""
    industry: str = ""
    leadership: str = ""
    size_class: str = ""
    support_kind: str = ""
    support_amount: Decimal | None = None
    supported_from: date | None = None
    founded_on: date | None = None
    stated_growth: Decimal | None = None
    note: str = ""
    indicator_ids: list[int] = field(default_factory=list)
    employee_counts: list[EmployeeCountInput] = field(default_factory=list)
    id: int | None = None  # an existing company (edits, imports)
    expected_revision: int | None = field(default=None, repr=False)


@transaction.atomic
def add_companies(*, project: Project, actor, rows: list[CompanyInput]) -> list[SupportedCompany]:
    locked, _abilities = lock(project, actor, "can_edit_registers", REFUSED)
    return _write(locked, actor, rows)


@transaction.atomic
def update_company(*, project: Project, actor, data: CompanyInput) -> SupportedCompany:
    locked, _abilities = lock(project, actor, "can_edit_registers", REFUSED)
    return _write(locked, actor, [data], check_revision=True)[0]


@transaction.atomic
def remove_company(*, project: Project, actor, company_id: int) -> None:
    locked, _abilities = lock(project, actor, "can_edit_registers", REFUSED)
    company = SupportedCompany.objects.filter(pk=company_id, project=locked).first()
    if company is None:
        raise InvalidInput({"company": _("No such company in this project.")})
    record_event(actor=actor, obj=company, action="companies:remove", project_id=locked.pk,
                 old=company.name)
    company.delete()
    bump_register(locked, Register.COMPANIES)
    refresh_totals(locked)


@transaction.atomic
def import_companies(*, project: Project, actor, rows: list[CompanyInput],
                     expected_revision: int | None) -> tuple[int, int]:
    """Apply a previewed import in one transaction: all rows or none. Returns (added,
    updated)."""
    locked, _abilities = lock(project, actor, "can_edit_registers", REFUSED)
    if expected_revision is not None and (
            register_revision(locked, Register.COMPANIES) != expected_revision):
        raise EditConflict(locked)
    written = _write(locked, actor, rows)
    added = sum(1 for row in rows if not row.id)
    return added, len(written) - added


def _write(project, actor, rows: list[CompanyInput], check_revision: bool = False):
    indicators = {i.pk: i for i in ProjectIndicator.objects.filter(project=project)}
    existing = {c.pk: c for c in SupportedCompany.objects.select_for_update().filter(
        project=project, pk__in=[row.id for row in rows if row.id])}
    errors: dict[str, str] = {}
    numbers = {}
    for number, row in enumerate(rows, start=1):
        if row.id and row.id not in existing:
            errors[f"{number}"] = _("No such company in this project.")
            continue
        if check_revision and row.id and row.expected_revision is not None and (
                existing[row.id].revision != row.expected_revision):
            raise EditConflict(existing[row.id])
        numbers[number] = _check(row, number, indicators, errors)
    _check_unique(project, rows, numbers, errors)
    if errors:
        raise InvalidInput(errors)

    written, new = [], []
    for number, row in enumerate(rows, start=1):
        if not row.id:
            company = SupportedCompany(project=project)
            _apply(company, row, numbers[number])
            new.append((company, row))
            continue
        company = existing[row.id]
        before, links_before, counts_before = (
            _audited(company), set(company.indicators.values_list("pk", flat=True)),
            _counts(company))
        _apply(company, row, numbers[number])
        after = _audited(company)
        counts_after = {str(c.measured_on): text(c.employees) for c in row.employee_counts}
        written.append(company)
        if before == after and links_before == set(row.indicator_ids) and (
                counts_before == counts_after):
            continue
        company.revision += 1
        company.save()
        company.indicators.set(row.indicator_ids)
        if counts_before != counts_after:
            company.employee_counts.all().delete()
            _create_counts([(company, row)])
        record_changes(actor=actor, obj=company, before={**before, **_prefixed(counts_before)},
                       after={**after, **_prefixed(counts_after)}, project_id=project.pk,
                       action="companies:change")
    if new:
        # Many companies at once (an import, a loader) in a fixed number of queries.
        created = SupportedCompany.objects.bulk_create([company for company, _row in new])
        through = SupportedCompany.indicators.through
        through.objects.bulk_create(
            through(supportedcompany_id=company.pk, projectindicator_id=indicator_id)
            for company, (_c, row) in zip(created, new, strict=True)
            for indicator_id in set(row.indicator_ids))
        _create_counts(list(zip(created, [row for _c, row in new], strict=True)))
        record_event(actor=actor, obj=project, action="companies:add", project_id=project.pk,
                     detail=", ".join(company.name for company in created)[:2000])
        written.extend(created)
    bump_register(project, Register.COMPANIES)
    refresh_totals(project)
    return written


def _create_counts(pairs) -> None:
    EmployeeCount.objects.bulk_create(
        EmployeeCount(company=company, measured_on=c.measured_on, label=c.label.strip(),
                      employees=c.employees)
        for company, row in pairs for c in row.employee_counts)


def _check(row: CompanyInput, number: int, indicators, errors) -> str:
    """Every reason the row cannot be saved, keyed by row and field; the normalised
    organisation number."""
    key = f"{number}:"
    digits = ""
    if not row.name.strip():
        errors[key + "name"] = _("Give the company's name.")
    if len(row.name) > 200:
        errors[key + "name"] = _("At most 200 characters.")
    if row.country not in Country.values:
        errors[key + "country"] = _("The country is SE or NO.")
    elif row.organisation_number.strip():
        try:
            digits = normalise(row.organisation_number, row.country)
        except InvalidOrganisationNumber as error:
            errors[key + "organisation_number"] = str(error)
    for name, choices in (("leadership", Leadership), ("size_class", SizeClass),
                          ("support_kind", SupportKind)):
        if getattr(row, name) not in choices.values:
            errors[key + name] = _("Not one of the choices.")
    if row.support_amount is not None and row.support_amount < 0:
        errors[key + "support_amount"] = _("An amount cannot be negative.")
    for indicator_id in row.indicator_ids:
        indicator = indicators.get(indicator_id)
        if indicator is None or indicator.rule not in COMPANY_RULES:
            errors[key + "indicators"] = _("A company counts only towards indicators computed "
                                           "from the company register.")
    days = [c.measured_on for c in row.employee_counts]
    if len(days) != len(set(days)):
        errors[key + "employees"] = _("Two counts of employees on the same date.")
    if any(c.employees is None or c.employees < 0 for c in row.employee_counts):
        errors[key + "employees"] = _("Employees are zero or more.")
    for name, limit in (("municipality", 100), ("industry", 20), ("note", 500)):
        if len(getattr(row, name)) > limit:
            errors[key + name] = _("At most %(n)d characters.") % {"n": limit}
    return digits


def _check_unique(project, rows, numbers, errors) -> None:
    """A company is in the register once: by organisation number, or by name when it has
    none. Checked against the file and the register."""
    seen: dict[tuple, int] = {}
    others = SupportedCompany.objects.filter(project=project).exclude(
        pk__in=[row.id for row in rows if row.id]).values_list("country", "organisation_number",
                                                                "name")
    taken = {(c, n) if n else ("", name.casefold()) for c, n, name in others}
    for number, row in enumerate(rows, start=1):
        if number not in numbers:
            continue
        key = ((row.country, numbers[number]) if numbers[number]
               else ("", row.name.strip().casefold()))
        if key in seen or key in taken:
            errors[f"{number}:organisation_number" if numbers[number] else f"{number}:name"] = (
                _("The company is already in the register (row %(row)s).") % {
                    "row": seen[key]} if key in seen else
                _("The company is already in the register."))
        seen.setdefault(key, number)


def _apply(company: SupportedCompany, row: CompanyInput, digits: str) -> None:
    company.country, company.organisation_number = row.country, digits
    company.name = row.name.strip()
    company.municipality, company.industry = row.municipality.strip(), row.industry.strip()
    company.leadership, company.size_class = row.leadership, row.size_class
    company.support_kind, company.support_amount = row.support_kind, row.support_amount
    company.supported_from, company.founded_on = row.supported_from, row.founded_on
    company.stated_growth, company.note = row.stated_growth, row.note.strip()


def _audited(company: SupportedCompany) -> dict[str, str]:
    return {name: text(getattr(company, name)) for name in AUDITED}


def _counts(company: SupportedCompany) -> dict[str, str]:
    return {str(c.measured_on): text(c.employees) for c in company.employee_counts.all()}


def _prefixed(counts: dict[str, str]) -> dict[str, str]:
    return {_("employees %(date)s") % {"date": day}: value for day, value in counts.items()}
