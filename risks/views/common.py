"""What the register pages share: the project and the person's abilities from the access
helper, the project header, and the day the register is read as at."""

from datetime import date

from django.http import HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone

from projects.access import abilities_for
from projects.views.common import project_context
from risks.access import RiskAccess

TAB = "risks:register"
AS_AT = "per"


def risks_for(user, slug: str, ability: str = "can_view"):
    """(project, RiskAccess): 404 when the project is hidden, 403 without the ability."""
    return abilities_for(user, slug, RiskAccess, ability)


def page(project, abilities: RiskAccess, **extra) -> dict:
    return project_context(project, abilities.access, TAB, abilities=abilities, **extra)


def as_at_of(request) -> date | None:
    try:
        day = date.fromisoformat(request.GET.get(AS_AT, "").strip())
    except ValueError:
        return None
    return day if day < timezone.localdate() else None


def done(request, to: str, **kwargs):
    if request.headers.get("HX-Request") == "true":
        response = HttpResponse(status=204)
        response["HX-Redirect"] = reverse(to, kwargs=kwargs)
        return response
    return redirect(to, **kwargs)


def posted_int(request, name: str = "revision") -> int:
    text = request.POST.get(name, "")
    return int(text) if text.isascii() and text.isdigit() and len(text) < 10 else -1
