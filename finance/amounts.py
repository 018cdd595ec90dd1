"""Reading and rounding amounts the way people type them in Sweden and Norway."""

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

ZERO = Decimal("0")
MAX_AMOUNT = Decimal("999999999999.99")  # what DecimalField(14, 2) holds
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009']")
_CURRENCY = re.compile(r"(?i)(kr|sek|nok|eur|:-)$")


class AmountError(ValueError):
    pass


def parse_amount(text: str | None) -> Decimal | None:
    """'1 095 400' -> 1095400; '1095400,50' -> 1095400.50; '' -> None.

    Spaces of any kind group thousands; a comma or a point marks decimals (at most two).
    A trailing currency word ('kr', 'NOK') is allowed after a number, as Excel sometimes
    copies it; a currency word alone is not a number.
    """
    if text is None:
        return None
    cleaned = _SPACES.sub("", str(text)).rstrip()
    if not cleaned:
        return None
    cleaned = _CURRENCY.sub("", cleaned)
    if not cleaned:  # only a currency word: not an empty cell, which would clear the amount
        raise AmountError("not a number")
    if cleaned.startswith(("-", "\u2212")):
        raise AmountError("negative")
    if cleaned.count(",") + cleaned.count(".") > 1:
        raise AmountError("separators")
    cleaned = cleaned.replace(",", ".")
    if not re.fullmatch(r"\d+(\.\d{1,2})?", cleaned):
        raise AmountError("not a number")
    try:
        value = Decimal(cleaned)
    except InvalidOperation as error:  # pragma: no cover - the pattern above guards it
        raise AmountError("not a number") from error
    if value > MAX_AMOUNT:
        raise AmountError("too large")
    return value


def whole(value: Decimal) -> Decimal:
    """Rounded to whole currency units, half up: how flat rates are computed."""
    return value.quantize(Decimal(1), rounding=ROUND_HALF_UP)


def cents(value: Decimal) -> Decimal:
    return value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def plain(value: Decimal | None) -> str:
    """An amount for an input field: '1095400' or '1095400,5', no grouping."""
    if value is None:
        return ""
    value = Decimal(value)
    if value == value.to_integral_value():
        return str(value.quantize(Decimal(1)))
    return f"{value.normalize():f}".replace(".", ",")
