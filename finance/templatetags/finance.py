"""Small filters the finance templates use."""


from django import template
from django.utils.html import escape
from django.utils.safestring import mark_safe

from finance.amounts import parse_amount
from portal.formatting import exact_decimals, group_thousands

register = template.Library()


@register.filter
def hard_only(findings):
    return [f for f in findings if f.is_hard]


@register.filter
def soft_only(findings):
    return [f for f in findings if not f.is_hard]


@register.filter
def sign_class(value):
    """'negative' or 'positive' for a difference, '' when it is zero."""
    if not value:
        return ""
    return "negative" if value < 0 else "positive"


@register.filter
def figure(value):
    """An amount grouped the Swedish way, with öre only when there are any."""
    if value is None or value == "":
        return ""
    return group_thousands(value, exact_decimals(value))


@register.filter
def stored_figure(value):
    """An amount as a frozen version stores it ('1095400,5'), grouped for reading."""
    return figure(parse_amount(value)) if value else ""


@register.filter
def get_item(mapping, key):
    """A value of a dict whose keys are not valid template names ('2011', 'År 1')."""
    return (mapping or {}).get(key, "")


@register.filter
def figure_cells(values):
    """Read-only amounts, a cell each, a dash where there is none: one filter for a row of
    60 periods instead of a loop of 60 filters."""
    cells: dict = {}  # a financier's amount often recurs along its row: written once
    for value in values:
        if value not in cells:
            cells[value] = f'<td class="num">{escape(figure(value) or "–")}</td>'
    return mark_safe("".join([cells[value] for value in values]))
