"""Converting a budget's currency into the programme's reporting currency.

A programme converts each currency either at a fixed rate (Interreg Sverige-Norge
2014–2020: 8 NOK per EUR) or by the administrators' dated rate table. While the application
can be edited, the rate of the day is used; the rate in force at submission is stored in the
submitted version and used from then on.
"""

from dataclasses import asdict, dataclass, replace
from datetime import date
from decimal import Decimal

from django.utils import timezone
from django.utils.translation import gettext as _

from finance.amounts import cents
from finance.models import ConversionMethod, ExchangeRate, ProgrammeRules
from projects.access import EDITABLE_STATUSES
from projects.models import ChangeRequestStatus, Project, ProjectStatus


@dataclass(frozen=True)
class Conversion:
    currency: str
    to: str
    rate: Decimal | None  # units of `currency` per one unit of `to`
    method: str  # "same", "fixed", "table" or "missing"
    source: str = ""
    on: date | None = None
    frozen: bool = False

    @property
    def available(self) -> bool:
        return self.rate is not None

    def convert(self, amount: Decimal) -> Decimal | None:
        if self.rate is None:
            return None
        return cents(Decimal(amount) / self.rate)

    def as_data(self) -> dict:
        data = asdict(self)
        data["rate"] = None if self.rate is None else str(self.rate)
        data["on"] = self.on.isoformat() if self.on else None
        data.pop("frozen")
        return data

    @classmethod
    def from_data(cls, data: dict) -> "Conversion":
        return cls(
            currency=data["currency"], to=data["to"],
            rate=None if data.get("rate") is None else Decimal(data["rate"]),
            method=data["method"], source=data.get("source", ""),
            on=date.fromisoformat(data["on"]) if data.get("on") else None, frozen=True,
        )


def reporting_currency(project: Project) -> str:
    return project.programme.reporting_currency


def live_conversion(rules: ProgrammeRules | None, currency: str, to: str,
                    on: date | None = None) -> Conversion:
    on = on or timezone.localdate()
    if currency == to:
        return Conversion(currency, to, Decimal(1), "same", on=on)
    rule = None
    if rules is not None:
        rule = next((r for r in rules.currency_rules.all() if r.currency == currency), None)
    if rule is not None and rule.method == ConversionMethod.FIXED:
        return Conversion(currency, to, rule.fixed_rate, "fixed",
                          _("Fixed programme rate"), on=on)
    return _from_table(currency, to, on)


def _from_table(currency: str, to: str, on: date) -> Conversion:
    direct = (ExchangeRate.objects.filter(currency=currency, per_currency=to, valid_from__lte=on)
              .order_by("-valid_from").first())
    if direct is not None:
        return Conversion(currency, to, direct.rate, "table", direct.source, direct.valid_from)
    inverse = (ExchangeRate.objects.filter(currency=to, per_currency=currency, valid_from__lte=on)
               .order_by("-valid_from").first())
    if inverse is not None:
        rate = (Decimal(1) / inverse.rate).quantize(Decimal("0.000001"))
        return Conversion(currency, to, rate, "table", inverse.source, inverse.valid_from)
    return Conversion(currency, to, None, "missing", on=on)


def application_is_open(project: Project) -> bool:
    return (project.status in EDITABLE_STATUSES
            or project.change_requests.filter(status=ChangeRequestStatus.OPEN).exists())


def stored_conversion(version) -> Conversion | None:
    """The rate frozen with the version at submission, or None while it has none."""
    if version.rate_frozen_at is None:
        return None
    return Conversion(version.budget.currency, version.reporting_currency, version.rate,
                      version.rate_method or "missing", version.rate_source, version.rate_on,
                      frozen=True)


def conversions_for(project: Project, versions, rules: ProgrammeRules | None, *,
                    for_snapshot: bool = False, is_open: bool | None = None
                    ) -> dict[int, Conversion]:
    """The rate each version (with `.budget`) converts at, by budget id: live while the
    application is open, and when the snapshot being built is the submission itself;
    otherwise the rate frozen with the version at submission. One lookup per currency,
    however many budgets there are."""
    to = reporting_currency(project)
    if is_open is None:
        is_open = application_is_open(project)
    live_now = is_open or (for_snapshot and project.status == ProjectStatus.SUBMITTED)
    live: dict[str, Conversion] = {}
    result = {}
    for version in versions:
        currency = version.budget.currency
        stored = None if live_now else stored_conversion(version)
        if stored is not None and stored.currency == currency and stored.to == to:
            # A rate missing at submission is looked up as of the submission date, once an
            # administrator has entered it; it is never replaced by a later rate.
            if stored.rate is None:
                found = live_conversion(rules, currency, to, on=stored.on)
                stored = replace(found, frozen=True)
            result[version.budget_id] = stored
            continue
        if currency not in live:
            live[currency] = live_conversion(rules, currency, to)
        result[version.budget_id] = live[currency]
    return result
