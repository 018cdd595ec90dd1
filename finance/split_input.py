"""Reading the municipal split calculator's form: what was asked, and the shares it gives."""

from dataclasses import dataclass, field
from decimal import Decimal

from django.utils.translation import gettext as _

from finance.amounts import AmountError, parse_amount
from finance.forms import ascii_id, ascii_ids
from finance.models import FinancingType
from finance.split import Municipality, Share, SplitError, split_amount

MODES = {"equal": Decimal(100), "population": Decimal(0)}


@dataclass
class SplitForm:
    data: object
    chosen_ids: set[int]
    mode: str
    equal_percent: Decimal
    amount: Decimal | None = None
    shares: list[Share] | None = None
    errors: dict[str, str] = field(default_factory=dict)
    apply: bool = False
    period_ids: list[int] = field(default_factory=list)
    financing_type: str = FinancingType.PUBLIC_CASH
    preliminary: bool = False
    revision: int | None = None


def read_split(data, municipalities) -> SplitForm:
    """The amount to split (whole kronor), the municipalities chosen (all by default) and
    how (equal, by population or a mix); shares only when all of it reads."""
    chosen_ids = set(ascii_ids(data.getlist("municipality"))) or {m.pk for m in municipalities}
    mode = data.get("mode", "mix")
    errors: dict[str, str] = {}
    equal_percent = MODES.get(mode)
    if equal_percent is None:
        mode = "mix"
        equal_percent = _percent(data.get("equal_percent", "50"), errors)
    form = SplitForm(data=data, chosen_ids=chosen_ids, mode=mode, equal_percent=equal_percent,
                     errors=errors, apply=bool(data.get("apply")),
                     period_ids=ascii_ids(data.getlist("period")),
                     financing_type=data.get("financing_type", FinancingType.PUBLIC_CASH),
                     preliminary=bool(data.get("preliminary")),
                     revision=ascii_id(data.get("revision")))
    if "amount" not in data:
        return form
    try:
        form.amount = parse_amount(data.get("amount"))
    except AmountError:
        errors["amount"] = _("Write the amount in whole kronor, e.g. 500 000.")
    if form.amount is None and "amount" not in errors:
        errors["amount"] = _("Write the amount to split.")
    elif form.amount is not None and form.amount != form.amount.to_integral_value():
        errors["amount"] = _("Only whole kronor are split.")
    chosen = [m for m in municipalities if m.pk in chosen_ids]
    missing = [m.name for m in chosen if m.population is None]
    if missing and equal_percent < 100:
        errors["municipality"] = _("No population recorded for: %(names)s.") % {
            "names": ", ".join(missing)}
    if not errors and form.amount is not None:
        try:
            form.shares = split_amount(int(form.amount), [
                Municipality(m.name, m.population or 0, m.pk) for m in chosen], equal_percent)
        except SplitError as error:
            errors["municipality"] = str(error)
    return form


def _percent(text, errors) -> Decimal:
    try:
        value = parse_amount(text)
    except AmountError:
        value = None
    if value is None or value > 100:
        errors["equal_percent"] = _("A percentage from 0 to 100.")
        return Decimal(50)
    return value


def split_summary(shares) -> dict:
    """Column totals; the equal and population parts as a document rounds them on their own
    need not add up to their column totals, the shares always do."""
    return {
        "population": sum(s.municipality.population for s in shares),
        "equal": sum(s.equal_part_rounded for s in shares),
        "equal_exact": _decimal(sum(s.equal_part for s in shares)),
        "by_population": sum(s.population_part_rounded for s in shares),
        "by_population_exact": _decimal(sum(s.population_part for s in shares)),
        "total": sum(s.amount for s in shares),
    }


def _decimal(fraction) -> Decimal:
    return (Decimal(fraction.numerator) / Decimal(fraction.denominator)).quantize(
        Decimal("0.01"))
