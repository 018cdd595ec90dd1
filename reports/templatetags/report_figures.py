"""Filters of the report figures: frozen amounts shown the Swedish way, differences with
their sign, and the bar lengths of the budget chart."""

from decimal import Decimal, InvalidOperation

from django import template

from portal.formatting import group_thousands
from portal.sorting import natural_key
from reports.outlines import localized

register = template.Library()
DASH = "–"


def _decimal(value) -> Decimal | None:
    if value is None or value == "":
        return None
    try:
        return Decimal(str(value))
    except InvalidOperation:
        return None


@register.filter
def figure(value, decimals=0):
    """'16713030' -> '16 713 030'; nothing -> '–'."""
    number = _decimal(value)
    if number is None:
        return DASH
    places = int(decimals) if number == number.to_integral_value() else max(int(decimals), 1)
    return group_thousands(number, places)


@register.filter
def signed(value):
    """A difference with its sign: '+1 500', '−1 242 340', '0'."""
    number = _decimal(value)
    if number is None:
        return DASH
    text = group_thousands(number, 0 if number == number.to_integral_value() else 1)
    return f"+{text}" if number > 0 else text


@register.filter
def is_negative(value) -> bool:
    number = _decimal(value)
    return number is not None and number < 0


@register.simple_tag
def largest(rows, *keys):
    values = [_decimal(row.get(key)) for row in rows for key in keys]
    return max([abs(v) for v in values if v is not None] or [Decimal(0)])


@register.simple_tag
def bar(value, maximum, width=260):
    """The length of a bar in the chart, in SVG units."""
    number, top = _decimal(value), _decimal(maximum)
    if number is None or not top:
        return "0"
    # A string, so that the page's number formatting does not put a decimal comma in SVG.
    return f"{float(abs(number) / top) * int(width):.1f}"


@register.filter
def words(value):
    """A frozen {"sv", "nb", "en"} text in the language being printed."""
    return str(localized(value))


@register.filter
def sorted_items(mapping):
    """A frozen mapping's items in the order of their keys as people read them ("1.2" before
    "1.10"; the database does not keep the order of a JSON object's keys)."""
    return sorted((mapping or {}).items(), key=lambda item: natural_key(str(item[0])))


@register.filter
def get_item(mapping, key):
    return (mapping or {}).get(key, "")
