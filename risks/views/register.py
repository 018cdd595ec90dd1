"""The register tab: the heat map and the register as a table, filtered and sorted, read as at
any past day; adding, changing, reviewing and removing a risk; the register's text."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse, QueryDict
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from projects.services.errors import ServiceError
from risks import selectors
from risks.forms import ReviewForm, RiskForm, TextForm
from risks.heatmap import heat_map
from risks.kept import download_of, register_body
from risks.models import RiskStatus
from risks.services.errors import EditConflict, InvalidInput
from risks.services.risks import (
    add_risk,
    remove_risk,
    review_risk,
    save_register_text,
    update_risk,
)
from risks.views.common import AS_AT, as_at_of, done, page, posted_int, risks_for


@login_required
def register(request, slug):
    project, abilities = risks_for(request.user, slug)
    as_at = as_at_of(request)
    return render(request, "risks/register.html", page(
        project, abilities, body=register_body(project, as_at, AS_AT, request.GET),
        as_at=as_at, as_at_name=AS_AT, query=request.GET.urlencode()))


@login_required
def heat_map_svg(request, slug):
    project, _abilities = risks_for(request.user, slug)
    svg = download_of(project, "heat-map", as_at_of(request), QueryDict(), lambda found:
                      render_to_string("risks/partials/heat_map.svg.html",
                                       {"map": heat_map(found.risks)}))
    response = HttpResponse('<?xml version="1.0" encoding="UTF-8"?>\n' + svg,
                            content_type="image/svg+xml; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{project.slug}-risker.svg"'
    return response


def _show(form, error: InvalidInput) -> None:
    for key, message in error.errors.items():
        form.add_error(key if key in form.fields else None, message)


@login_required
def add(request, slug):
    project, abilities = risks_for(request.user, slug, "can_edit_register")
    form = RiskForm(request.POST or None, initial={"status": RiskStatus.OPEN})
    if request.method == "POST" and form.is_valid():
        try:
            made = add_risk(project=project, actor=request.user, data=form.data_for_service())
        except InvalidInput as error:
            _show(form, error)
        except ServiceError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, _("%(code)s has been added to the register.")
                             % {"code": made.code})
            return done(request, "risks:register", slug=slug)
    return render(request, "risks/risk_form.html", page(project, abilities, form=form,
                                                        risk=None),
                  status=400 if form.errors else 200)


def _detail(project, risk_id):
    found = selectors.risk_detail(project, risk_id)
    if found is None:
        raise Http404
    return found


def _initial(risk) -> dict:
    return {"title": risk.title, "description": risk.description, "category": risk.category,
            "likelihood": str(risk.likelihood or ""), "impact": str(risk.impact or ""),
            "consequence": risk.consequence, "response": risk.response,
            "mitigation": risk.mitigation, "owner": risk.owner, "status": risk.status,
            "next_review_on": risk.next_review_on}


@login_required
def risk(request, slug, risk_id):
    """A risk with its history; its writers change it here (and review it during
    follow-up)."""
    project, abilities = risks_for(request.user, slug)
    found = _detail(project, risk_id)
    form = RiskForm(initial=_initial(found))
    review = ReviewForm(initial={"likelihood": str(found.likelihood or ""),
                                 "impact": str(found.impact or ""), "status": found.status})
    conflict, revision, status = None, found.revision, 200
    if request.method == "POST":
        action = request.POST.get("action", "change")
        abilities.require("can_review_risks" if action == "review" else "can_edit_register")
        revision = posted_int(request)
        if action == "review":
            review = ReviewForm(request.POST)
            chosen, save = review, review_risk
        else:
            form = RiskForm(request.POST)
            chosen, save = form, update_risk
        if chosen.is_valid():
            try:
                save(project=project, actor=request.user, risk_id=found.id,
                     data=chosen.data_for_service(), expected_revision=revision)
            except EditConflict as error:
                conflict, revision, status = _detail(project, risk_id), error.obj.revision, 409
            except InvalidInput as error:
                _show(chosen, error)
            except ServiceError as error:
                messages.error(request, str(error))
                status = 409
            else:
                messages.success(request, _("%(code)s has been saved.") % {"code": found.code})
                return done(request, "risks:risk", slug=slug, risk_id=found.id)
        if chosen.errors and status == 200:
            status = 400
    return render(request, "risks/risk.html", page(
        project, abilities, risk=found, form=form, review=review, conflict=conflict,
        revision=revision), status=status)


@login_required
@require_POST
def remove(request, slug, risk_id):
    project, _abilities = risks_for(request.user, slug, "can_remove_risks")
    try:
        remove_risk(project=project, actor=request.user, risk_id=risk_id)
    except InvalidInput as error:
        messages.error(request, " ".join(error.errors.values()))
        return done(request, "risks:risk", slug=slug, risk_id=risk_id)
    except ServiceError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("The risk has been removed."))
    return done(request, "risks:register", slug=slug)


@login_required
def text(request, slug):
    project, abilities = risks_for(request.user, slug, "can_edit_register")
    found = selectors.register_view(project)
    form = TextForm(request.POST or None, initial={"text": found.text})
    conflict, revision = None, found.text_revision
    if request.method == "POST":
        revision = posted_int(request)
        if form.is_valid():
            try:
                save_register_text(project=project, actor=request.user,
                                   text=form.cleaned_data["text"], expected_revision=revision)
            except EditConflict as error:
                conflict, revision = error.obj.text, error.obj.revision
            except ServiceError as error:
                messages.error(request, str(error))
            else:
                messages.success(request, _("The risk analysis text has been saved."))
                return done(request, "risks:register", slug=slug)
    return render(request, "risks/text.html", page(
        project, abilities, form=form, conflict=conflict, revision=revision),
        status=409 if conflict is not None else 200)
