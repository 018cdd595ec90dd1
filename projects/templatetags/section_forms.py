"""The row forms of a section page."""

from django import template

from projects.section_rows import section_row as write_row

register = template.Library()


@register.simple_tag
def section_row(row, number):
    return write_row(row, number)
