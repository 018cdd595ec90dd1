"""The exchange-rate table, kept by the funding bodies' administrators: the same rules and
audit entries as the admin, and the budgets converted at the day's rate converted again."""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from django.db import transaction
from django.utils.translation import gettext as _

from finance.models import ExchangeRate
from finance.services.catalogue import rates_changed
from finance.services.common import validated
from finance.services.errors import InvalidInput
from portal.audit import field_values, record_changes, record_event
from projects.services.errors import NotAllowed


@dataclass
class RateInput:
    currency: str
    per_currency: str
    rate: Decimal
    valid_from: date
    source: str = ""


def require_administrator(actor) -> None:
    if not (getattr(actor, "is_superuser", False) or getattr(actor, "is_administrator", False)):
        raise NotAllowed(_("Only the funding body's administrators keep the exchange rates."))


@transaction.atomic
def save_rate(*, actor, data: RateInput, rate_id: int | None = None) -> ExchangeRate:
    """Add a rate (or change one); one rate per pair and day."""
    require_administrator(actor)
    rate = (ExchangeRate.objects.select_for_update().filter(pk=rate_id).first()
            if rate_id else ExchangeRate())
    if rate is None:
        raise InvalidInput({"id": _("No such exchange rate.")})
    before = field_values(rate) if rate.pk else {}
    old_pair = {rate.currency, rate.per_currency} if rate.pk else set()
    rate.currency, rate.per_currency = data.currency, data.per_currency
    rate.rate, rate.valid_from, rate.source = data.rate, data.valid_from, data.source.strip()
    if rate.currency == rate.per_currency:
        raise InvalidInput({"per_currency": _("Choose two different currencies.")})
    if rate.rate is None or rate.rate <= 0:
        raise InvalidInput({"rate": _("A rate is more than zero.")})
    validated(rate)
    rate.save()
    record_changes(actor=actor, obj=rate, before=before, after=field_values(rate),
                   action="admin:exchangerate")
    rates_changed(currencies=old_pair | {rate.currency, rate.per_currency})
    return rate


@transaction.atomic
def remove_rate(*, actor, rate_id: int) -> None:
    require_administrator(actor)
    rate = ExchangeRate.objects.select_for_update().filter(pk=rate_id).first()
    if rate is None:
        raise InvalidInput({"id": _("No such exchange rate.")})
    record_event(actor=actor, obj=rate, action="admin:exchangerate:delete", old=str(rate))
    pair = {rate.currency, rate.per_currency}
    rate.delete()
    rates_changed(currencies=pair)
