"""Template filters every page uses; loaded as a builtin."""

from django import template
from django.urls import reverse
from django.utils.safestring import mark_safe

from portal import formatting, navigation
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


@register.simple_tag(takes_context=True)
def menu_links(context):
    """The main menu's links that apps registered, as (label, address), each for whom it
    is meant."""
    user = context.get("user")
    return [(str(link.label), reverse(link.url_name)) for link in navigation.menu_links
            if link.shown_to is None or (user is not None and link.shown_to(user))]
