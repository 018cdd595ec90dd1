"""How numbers are shown to people: the Swedish way, with spaces between thousands."""

from decimal import ROUND_HALF_UP, Decimal

NBSP = "\u00a0"
CURRENCY_SUFFIX = {"SEK": "kr", "NOK": "NOK", "EUR": "EUR", "": ""}
_QUANTA = {0: Decimal(1), 2: Decimal("0.01")}
_SWEDISH = str.maketrans({",": NBSP, ".": ","})


def group_thousands(value: Decimal | int | None, decimals: int = 0) -> str:
    """9710000 -> '9 710 000' (non-breaking spaces); -1234.5 with 2 decimals -> '−1 234,50'."""
    if value is None or value == "":
        return ""
    quantum = _QUANTA.get(decimals) or Decimal(1).scaleb(-decimals)
    number = Decimal(value).quantize(quantum, rounding=ROUND_HALF_UP)
    # The format groups by three with "," and writes "." before the decimals the quantum
    # left; one pass turns them Swedish (a grid of 3 000 amounts formats each of them).
    text = f"{abs(number):,f}".translate(_SWEDISH)
    return "\u2212" + text if number < 0 else text


def exact_decimals(value: Decimal | int) -> int:
    """0 for a whole amount, else 2: the decimals that show an amount exactly."""
    number = Decimal(value)
    return 0 if number == number.to_integral_value() else 2


def money(value: Decimal | int | None, currency: str = "SEK", decimals: int | None = None
          ) -> str:
    """9710000 -> '9 710 000 kr'; 1748975.29 EUR -> '1 748 975,29 EUR'. One rule for every
    amount on every page: whole units, with öre (cents) exactly when there are any, so an
    amount is never shown rounded in one place and exact in another."""
    if value is None or value == "":
        return ""
    suffix = CURRENCY_SUFFIX.get(currency, currency)
    text = group_thousands(value, exact_decimals(value) if decimals is None else decimals)
    return f"{text}{NBSP}{suffix}" if suffix else text


def percent(value: Decimal | float | None, decimals: int = 1) -> str:
    if value is None:
        return ""
    return group_thousands(Decimal(str(value)), decimals) + NBSP + "%"
