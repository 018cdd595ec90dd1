"""Template helpers: the register and heat map read from a frozen version."""

from django import template

from risks.heatmap import heat_map
from risks.snapshot import read

register = template.Library()


@register.simple_tag
def frozen_register(part, frozen_at):
    """(risks, text) a frozen version holds, or None for an unknown schema."""
    return read(part, frozen_at.date() if hasattr(frozen_at, "date") else frozen_at)


@register.simple_tag
def heat_map_of(risks):
    return heat_map(risks)
