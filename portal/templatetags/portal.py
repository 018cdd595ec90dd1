"""Template filters every page uses; loaded as a builtin."""

from django import template
from django.utils.safestring import mark_safe

from portal import formatting
from portal import markdown as portal_markdown

register = template.Library()


@register.filter
def money(value, currency="SEK"):
    return formatting.money(value, currency or "")


@register.filter
def amount(value, decimals=0):
    return formatting.group_thousands(value, int(decimals))


@register.filter
def percent(value, decimals=1):
    return formatting.percent(value, int(decimals))


@register.filter(name="markdown")
def render_markdown(text):
    return mark_safe(portal_markdown.render(text))  # noqa: S308 - sanitised by nh3
