"""A project's status dashboard, as at a day beside an earlier one (by default the last
steering-group meeting), with what changed marked; and the case officer's portfolio facts."""

from datetime import date

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from projects.access import abilities_for
from projects.pages import project_context
from projects.services.errors import ServiceError
from reports.portfolio.access import DashboardAccess
from reports.portfolio.board_cache import board_page
from reports.portfolio.forms import FactsForm
from reports.portfolio.models import DecisionFacts
from reports.portfolio.services.facts import FactsConflict, FactsInput, save_facts
from reports.views.common import language_of
from reports.views.printing import served

TAB = "portfolio:dashboard"
AS_AT, COMPARE = "per", "jamfor"


def _day(request, name: str) -> date | None:
    try:
        day = date.fromisoformat(request.GET.get(name, "").strip())
    except ValueError:
        return None
    return day if day < timezone.localdate() else None


@login_required
def dashboard(request, slug):
    project, abilities = abilities_for(request.user, slug, DashboardAccess,
                                       "can_view_dashboard")
    page = board_page(request.user, project, abilities, _day(request, AS_AT),
                      _day(request, COMPARE))
    return render(request, "portfolio/dashboard.html", project_context(
        project, abilities.access, TAB, abilities=abilities, as_at_name=AS_AT,
        compare_name=COMPARE, today=timezone.localdate(), page=page,
        in_force=page.in_force))


@login_required
@require_GET
def dashboard_pdf(request, slug):
    """The same dashboard (and the same pictures) as a PDF, printed by the task worker: the
    file when it is made, else the page that follows its printing."""
    project, _abilities = abilities_for(request.user, slug, DashboardAccess,
                                        "can_view_dashboard")
    return served(request, project, "dashboard", as_at=_day(request, AS_AT),
                  compared_with=_day(request, COMPARE), language=language_of(request))


@login_required
def facts(request, slug):
    project, abilities = abilities_for(request.user, slug, DashboardAccess, "can_classify")
    current = DecisionFacts.objects.filter(project=project).first()
    initial = {"revision": current.revision if current else 0}
    if current:
        initial.update(focus_area=current.focus_area_id, municipality=current.municipality_id,
                       leadership=current.leadership, decided_on=current.decided_on)
    form = FactsForm(request.POST or None, initial=initial,
                     funding_body_id=project.programme.funding_body_id,
                     current_area_id=current.focus_area_id if current else None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            save_facts(actor=request.user, project=project, revision=data["revision"],
                       data=FactsInput(
                           focus_area_id=data["focus_area"].pk if data["focus_area"] else None,
                           municipality_id=(data["municipality"].pk if data["municipality"]
                                            else None),
                           leadership=data["leadership"], decided_on=data["decided_on"]))
        except FactsConflict as conflict:
            form.add_error(None, str(conflict))
            current = conflict.facts
        except ServiceError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("The portfolio classification has been saved."))
            return redirect("portfolio:dashboard", slug=slug)
    return render(request, "portfolio/facts.html", project_context(
        project, abilities.access, TAB, abilities=abilities, form=form, current=current))
