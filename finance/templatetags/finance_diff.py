"""Filters of the budget comparison: differences with their sign, rates as Swedes write them."""

from decimal import Decimal

from django import template

from finance.templatetags.finance import figure
from portal.formatting import group_thousands

register = template.Library()


@register.filter
def signed_figure(value):
    """+100 000 or −2 500,50; an unchanged amount reads 0."""
    if value is None or value == "":
        return ""
    value = Decimal(value)
    return ("+" if value > 0 else "") + figure(value)


@register.filter
def rate_figure(value):
    """A conversion rate with the decimals it has: '9.029800' -> '9,0298'."""
    if value is None or value == "":
        return ""
    rate = Decimal(str(value)).normalize()
    exponent = rate.as_tuple().exponent
    return group_thousands(rate, max(0, -exponent) if isinstance(exponent, int) else 0)
