"""Reporting periods: set with the application or during follow-up; a period that has
outcomes stays on record."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Count
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from indicators.forms import PeriodForm
from indicators.models import ReportingPeriod
from indicators.services.errors import InvalidInput
from indicators.services.outcomes import create_period, remove_period
from indicators.views.common import indicators_for, page
from projects.services.errors import ServiceError


@login_required
def periods(request, slug):
    project, abilities = indicators_for(request.user, slug)
    form = PeriodForm(request.POST or None)
    if request.method == "POST":
        abilities.require("can_edit_periods")
        try:
            if "remove" in request.POST:
                remove_period(project=project, actor=request.user,
                              period_id=int(request.POST["remove"]))
                messages.success(request, _("The period has been removed."))
                return redirect("indicators:periods", slug=slug)
            if form.is_valid():
                create_period(project=project, actor=request.user,
                              data=form.data_for_service())
                messages.success(request, _("The period has been added."))
                return redirect("indicators:periods", slug=slug)
        except InvalidInput as error:
            for key, message in error.errors.items():
                form.add_error(key if key in form.fields else None, message)
        except (ServiceError, ValueError) as error:
            messages.error(request, str(error))
    listed = (ReportingPeriod.objects.filter(project=project)
              .annotate(reported=Count("outcomes")))
    return render(request, "indicators/periods.html", page(
        project, abilities, "periods", periods=listed, form=form),
        status=400 if form.errors else 200)
