"""What the plan and steering-group pages share: the project and the person's abilities from
the access helper, the project header with its tabs, the day a page is read "as at", and
answering HTMX and plain requests alike."""

from datetime import date

from django.http import HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone

from plans.access import PlanAccess
from plans.forms import read_date
from projects.access import abilities_for
from projects.views.common import project_context

AS_AT = "per"  # ?per=2021-06-30: the page as it stood that day


def plan_for(user, slug: str, ability: str = "can_view"):
    """(project, PlanAccess): 404 when the project is hidden, 403 without the ability."""
    return abilities_for(user, slug, PlanAccess, ability)


def page(project, abilities: PlanAccess, tab: str, **extra) -> dict:
    return project_context(project, abilities.access, tab, abilities=abilities, **extra)


def as_at_of(request) -> date | None:
    """The day asked for, if any and before today (today is simply now)."""
    day = read_date(request.GET.get(AS_AT))
    if day is None or day >= timezone.localdate():
        return None
    return day


def is_htmx(request) -> bool:
    return request.headers.get("HX-Request") == "true"


def done(request, to: str, **kwargs):
    """After a save: a redirect, which HTMX follows as a whole page."""
    if is_htmx(request):
        response = HttpResponse(status=204)
        response["HX-Redirect"] = reverse(to, kwargs=kwargs)
        return response
    return redirect(to, **kwargs)


def posted_int(request, name: str = "revision") -> int:
    text = request.POST.get(name, "")
    return int(text) if text.isascii() and text.isdigit() and len(text) < 10 else -1
