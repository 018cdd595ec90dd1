"""Template filters every page uses; loaded as a builtin."""

from functools import lru_cache

from django import template
from django.conf import settings
from django.urls import get_script_prefix, get_urlconf, reverse
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


@register.simple_tag
def address(url_name: str) -> str:
    """The address of a page without arguments (the menu's and the header's links), worked
    out once per URL configuration rather than on every page."""
    return _address(url_name, get_urlconf(settings.ROOT_URLCONF), get_script_prefix())


@lru_cache(maxsize=128)
def _address(url_name: str, urlconf: str, prefix: str) -> str:
    return reverse(url_name, urlconf=urlconf)


@register.simple_tag(takes_context=True)
def menu_links(context):
    """The main menu's links that apps registered and the person may use, as (label,
    address)."""
    user = context.get("user")
    return [(str(link.label), address(link.url_name)) for link in navigation.menu_links
            if link.shown_to is None or (user is not None and link.shown_to(user))]
