"""The portfolio's totals in a template, written in one pass: `{% totals_tables totals %}`
(the portfolio page itself shows them as kept, written, see `kept`)."""

from django import template

from reports.portfolio.totals_html import totals_tables as write_tables

register = template.Library()


@register.simple_tag
def totals_tables(totals):
    return write_tables(totals)
