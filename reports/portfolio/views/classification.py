"""The funding body's classification, kept by its case officers: the page lists each
classification with its focus areas, and each change is a small form posted to the service."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Count
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from projects.services.errors import ServiceError
from reports.portfolio.access import portfolio_for
from reports.portfolio.forms import ClassificationForm, FocusAreaForm
from reports.portfolio.models import Classification, DecisionFacts, FocusArea, LedgerEntry
from reports.portfolio.services import classification as service


def _in_use(funding_body_id: int) -> dict[int, int]:
    """How many projects and imported grants have each area (two grouped queries)."""
    counted: dict[int, int] = {}
    for rows in (
            DecisionFacts.objects.filter(focus_area__classification__funding_body_id=(
                funding_body_id)).values("focus_area_id").annotate(n=Count("pk")),
            LedgerEntry.objects.filter(funding_body_id=funding_body_id)
            .exclude(focus_area=None).values("focus_area_id").annotate(n=Count("pk"))):
        for row in rows.order_by():
            counted[row["focus_area_id"]] = counted.get(row["focus_area_id"], 0) + row["n"]
    return counted


@login_required
def classification(request):
    scope = portfolio_for(request.user, request.GET.get("funding_body"))
    body = scope.funding_body
    form = ClassificationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            service.create_classification(actor=request.user, funding_body_id=body.pk,
                                          name=form.cleaned_data["name"])
        except ServiceError as error:
            form.add_error("name", str(error))
        else:
            messages.success(request, _("The classification has been made."))
            return redirect("portfolio:classification")
    classifications = list(Classification.objects.filter(funding_body=body)
                           .prefetch_related("areas").order_by("name"))
    used = _in_use(body.pk)
    return render(request, "portfolio/classification.html", {
        "scope": scope, "body": body, "form": form, "classifications": [
            (item, [(area, used.get(area.pk, 0)) for area in item.areas.all()])
            for item in classifications]})


@login_required
@require_POST
def focus_area_add(request, classification_id):
    scope = portfolio_for(request.user)
    chosen = get_object_or_404(Classification, pk=classification_id,
                               funding_body=scope.funding_body)
    form = FocusAreaForm(request.POST)
    try:
        if not form.is_valid():
            raise ServiceError(_("Give the name (at most 200 characters)."))
        area = service.add_focus_area(actor=request.user, classification=chosen,
                                      name=form.cleaned_data["name"])
    except ServiceError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("The focus area “%(name)s” has been added.")
                         % {"name": area.name})
    return redirect("portfolio:classification")


@login_required
@require_POST
def focus_area_change(request, area_id):
    """Rename, move up or down, retire or take into use again, as the button says."""
    scope = portfolio_for(request.user)
    body_id = scope.funding_body.pk
    action = request.POST.get("action", "")
    try:
        if action == "rename":
            form = FocusAreaForm(request.POST)
            revision = request.POST.get("revision", "")
            if not form.is_valid() or not revision.isdigit():
                raise ServiceError(_("Give the name (at most 200 characters)."))
            service.rename_focus_area(actor=request.user, funding_body_id=body_id,
                                      area_id=area_id, name=form.cleaned_data["name"],
                                      revision=int(revision))
        elif action in service.MOVES:
            service.move_focus_area(actor=request.user, funding_body_id=body_id,
                                    area_id=area_id, direction=action)
        elif action in ("retire", "reinstate"):
            service.retire_focus_area(actor=request.user, funding_body_id=body_id,
                                      area_id=area_id, retired=action == "retire")
        else:
            raise ServiceError(_("Choose what to change."))
    except FocusArea.DoesNotExist as missing:
        raise Http404 from missing  # another funding body's area does not exist for this one
    except ServiceError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("The classification has been saved."))
    return redirect("portfolio:classification")
