"""What the indicator pages share: the project and the person's abilities from the access
helper, the header with its tabs, and the date a page is read “as at”."""

from datetime import date

from django.utils import timezone

from indicators.access import IndicatorAccess
from indicators.forms import read_date
from projects.access import abilities_for
from projects.views.common import project_context

TAB = "indicators:overview"
AS_AT = "per"  # ?per=2021-06-30: the page as it stood that day


def indicators_for(user, slug: str, ability: str = "can_view"):
    """(project, IndicatorAccess): 404 when the project is hidden, 403 without the ability."""
    return abilities_for(user, slug, IndicatorAccess, ability)


def page(project, abilities: IndicatorAccess, section: str, **extra) -> dict:
    return project_context(project, abilities.access, TAB, abilities=abilities,
                           section=section, **extra)


def as_at_of(request) -> date | None:
    """The day asked for, if any and not in the future (then it is simply today)."""
    day = read_date(request.GET.get(AS_AT))
    if day is None or day >= timezone.localdate():
        return None
    return day
