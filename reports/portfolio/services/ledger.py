"""Importing a funding body's grant ledger: all rows or none, checked again inside the
transaction (the preview may be hours old), each grant marked as imported by its ledger."""

from django.db import transaction
from django.utils.translation import gettext as _

from portal.audit import record_event
from portal.models import Country, Organisation, OrganisationKind
from projects.services.errors import NotAllowed, ServiceError
from reports.portfolio import lines
from reports.portfolio.ledger import LedgerRow
from reports.portfolio.models import FocusArea, LedgerEntry, LedgerImport

MAX_ROWS = 10_000


class LedgerInvalid(ServiceError):
    pass


def _may_import(actor, funding_body: Organisation) -> bool:
    return actor.is_superuser or (actor.is_case_officer
                                  and actor.funding_body_id == funding_body.pk)


@transaction.atomic
def ledger_currency(funding_body: Organisation) -> str:
    """A ledger is kept in its funding body's currency."""
    return "NOK" if funding_body.country == Country.NORWAY else "SEK"


def import_ledger(*, actor, funding_body: Organisation, year: int, file_name: str,
                  rows: list[LedgerRow], note: str = "") -> LedgerImport:
    if not _may_import(actor, funding_body):
        raise NotAllowed(_("Only the funding body's case officers import its grant ledger."))
    if not rows:
        raise LedgerInvalid(_("The ledger has no grants."))
    if len(rows) > MAX_ROWS:
        raise LedgerInvalid(_("A ledger holds at most %(count)d grants.") % {"count": MAX_ROWS})
    areas = set(FocusArea.objects.filter(classification__funding_body=funding_body)
                .values_list("pk", flat=True))
    municipalities = set(Organisation.objects.filter(
        kind=OrganisationKind.MUNICIPALITY,
        pk__in={row.municipality_id for row in rows if row.municipality_id})
        .values_list("pk", flat=True))
    for row in rows:
        if row.decided_on.year != year:
            raise LedgerInvalid(_("Row %(row)d is dated outside %(year)d.")
                                % {"row": row.number, "year": year})
        if row.focus_area_id and row.focus_area_id not in areas:
            raise LedgerInvalid(_("Row %(row)d names a focus area that no longer exists.")
                                % {"row": row.number})
        if row.municipality_id and row.municipality_id not in municipalities:
            raise LedgerInvalid(_("Row %(row)d names a municipality that no longer exists.")
                                % {"row": row.number})
    ledger = LedgerImport.objects.create(funding_body=funding_body, year=year,
                                         file_name=file_name[:200], note=note,
                                         imported_by=actor)
    LedgerEntry.objects.bulk_create([
        LedgerEntry(ledger=ledger, funding_body=funding_body, row_number=row.number,
                    name=row.name, decided_on=row.decided_on, year=row.decided_on.year,
                    granted_amount=row.amount, currency=ledger_currency(funding_body),
                    focus_area_id=row.focus_area_id,
                    municipality_id=row.municipality_id, leadership=row.leadership,
                    expected_jobs_women=row.jobs_women, expected_jobs_men=row.jobs_men)
        for row in rows], batch_size=1000)
    lines.ledger_imported(ledger.pk)
    record_event(actor=actor, obj=ledger, action="portfolio:ledger_import",
                 detail=_("%(count)d grants from %(file)s") % {"count": len(rows),
                                                               "file": file_name})
    return ledger


@transaction.atomic
def remove_ledger(*, actor, ledger: LedgerImport) -> None:
    """A wrong file goes whole; its rows are never edited one by one."""
    if not _may_import(actor, ledger.funding_body):
        raise NotAllowed(_("Only the funding body's case officers remove its imports."))
    record_event(actor=actor, obj=ledger, action="portfolio:ledger_remove",
                 detail=ledger.file_name)
    ledger.delete()
