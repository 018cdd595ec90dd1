"""Figures on the indicator pages: grouped the Swedish way, decimals only where they are."""

from decimal import Decimal

from django import template

from portal.formatting import group_thousands, percent

register = template.Library()


@register.filter
def figure(value) -> str:
    """503 -> '503', 159.5 -> '159,5', 1466 -> '1 466', None -> '–'."""
    if value is None or value == "":
        return "–"
    number = Decimal(value).normalize()
    decimals = max(0, -number.as_tuple().exponent)
    return group_thousands(number, min(decimals, 2))


@register.filter
def signed(value) -> str:
    """A difference: '+1', '−2', '0'."""
    if value is None:
        return "–"
    text = figure(value)
    return f"+{text}" if Decimal(value) > 0 else text


@register.filter
def share(value) -> str:
    return "–" if value is None else percent(value, 1)
