"""Template helpers: the register and heat map read from a frozen version."""

from datetime import date

from django import template
from django.utils import timezone

from risks.heatmap import heat_map
from risks.snapshot import read

register = template.Library()


@register.simple_tag
def frozen_register(part, frozen_at):
    """(risks, text) a frozen version holds, or None for an unknown schema. Without a
    version's date (the submission page previews what will be frozen) it is today's."""
    if hasattr(frozen_at, "date"):
        frozen_at = frozen_at.date()
    if not isinstance(frozen_at, date):
        frozen_at = timezone.localdate()
    return read(part, frozen_at)


@register.simple_tag
def heat_map_of(risks):
    return heat_map(risks)
