"""The portfolio's tables in a template, written in one pass: `{% totals_tables totals %}`,
`{% portfolio_rows page.object_list %}`."""

from django import template

from reports.portfolio.rows_html import portfolio_rows as write_rows
from reports.portfolio.totals_html import totals_tables as write_tables

register = template.Library()


@register.simple_tag
def totals_tables(totals):
    return write_tables(totals)


@register.simple_tag
def portfolio_rows(rows):
    return write_rows(rows)
