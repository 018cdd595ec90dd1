"""One indicator: choosing it and setting its target (with the application), and reporting
its outcomes per period (during follow-up), with the figures documents state beside them."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from indicators import selectors
from indicators.forms import (
    IndicatorForm,
    StatedForm,
    initial_from,
    outcome_name,
    read_outcomes,
)
from indicators.models import INDICATOR_MEASURES, Source, StatedMeasure
from indicators.services.errors import EditConflict, InvalidInput
from indicators.services.indicators import add_indicator, remove_indicator, update_indicator
from indicators.services.outcomes import add_stated_figure, remove_stated_figure, save_outcomes
from indicators.views.common import indicators_for, page
from portal.parsing import record_id as parse_id
from portal.parsing import whole_number
from projects.services.errors import ServiceError

INDICATOR_STATED = [m for m in StatedMeasure.values if m in INDICATOR_MEASURES]


@login_required
def add(request, slug):
    project, abilities = indicators_for(request.user, slug, "can_edit_indicators")
    form = IndicatorForm(request.POST or None, project=project)
    if request.method == "POST" and form.is_valid():
        try:
            made = add_indicator(project=project, actor=request.user,
                                 data=form.data_for_service())
        except InvalidInput as error:
            form.show_service_errors(error.errors)
        except ServiceError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, _("The indicator has been added."))
            return redirect("indicators:indicator", slug=slug, indicator_id=made.pk)
    return render(request, "indicators/indicator_form.html", page(
        project, abilities, "overview", form=form, indicator=None),
        status=400 if form.errors else 200)


@login_required
def edit(request, slug, indicator_id):
    project, abilities = indicators_for(request.user, slug, "can_edit_indicators")
    indicator = selectors.indicator_of(project, indicator_id)
    form = IndicatorForm(request.POST or None, project=project,
                         initial=initial_from(indicator))
    conflict = False
    revision = indicator.revision
    if request.method == "POST":
        revision = whole_number(request.POST.get("revision"), -1)
        if form.is_valid():
            try:
                update_indicator(project=project, indicator_id=indicator.pk,
                                 actor=request.user, data=form.data_for_service(),
                                 expected_revision=revision)
            except EditConflict as error:
                conflict, revision = True, error.obj.revision
                indicator = selectors.indicator_of(project, indicator_id)
            except InvalidInput as error:
                form.show_service_errors(error.errors)
            except ServiceError as error:
                messages.error(request, str(error))
            else:
                messages.success(request, _("The indicator has been saved."))
                return redirect("indicators:indicator", slug=slug, indicator_id=indicator.pk)
    return render(request, "indicators/indicator_form.html", page(
        project, abilities, "overview", form=form, indicator=indicator, conflict=conflict,
        saved=initial_from(indicator) if conflict else None, revision=revision),
        status=409 if conflict else (400 if form.errors else 200))


@login_required
@require_POST
def remove(request, slug, indicator_id):
    project, _abilities = indicators_for(request.user, slug, "can_edit_indicators")
    try:
        remove_indicator(project=project, indicator_id=indicator_id, actor=request.user)
    except InvalidInput as error:
        messages.error(request, " ".join(error.errors.values()))
        return redirect("indicators:indicator", slug=slug, indicator_id=indicator_id)
    except ServiceError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("The indicator has been removed."))
    return redirect("indicators:overview", slug=slug)


@login_required
def detail(request, slug, indicator_id):
    project, abilities = indicators_for(request.user, slug)
    indicator = selectors.indicator_of(project, indicator_id)
    periods = selectors.reporting_periods(project)
    editable = abilities.can_report_outcomes and indicator.source == Source.TYPED
    stated_form = StatedForm(measures=INDICATOR_STATED)
    raw, errors, conflict = {}, {}, None
    revision = indicator.outcome_revision
    if request.method == "POST":
        action = request.POST.get("action", "outcomes")
        abilities.require("can_report_outcomes" if action == "outcomes"
                          else "can_state_figures")
        if action == "stated":
            stated_form = StatedForm(request.POST, measures=INDICATOR_STATED)
            if stated_form.is_valid() and _stated(request, project, stated_form, indicator):
                return redirect("indicators:indicator", slug=slug, indicator_id=indicator.pk)
        elif action == "remove_stated":
            _remove_stated(request, project)
            return redirect("indicators:indicator", slug=slug, indicator_id=indicator.pk)
        else:
            revision = whole_number(request.POST.get("revision"), -1)
            outcomes, raw, errors = read_outcomes(request.POST, periods,
                                                  gender_split=indicator.gender_split)
            if not errors:
                try:
                    save_outcomes(project=project, indicator_id=indicator.pk,
                                  actor=request.user, outcomes=outcomes,
                                  expected_revision=revision)
                except EditConflict as error:
                    conflict = error.current
                    revision = error.obj.outcome_revision
                except InvalidInput as error:
                    errors = dict(error.errors)
                    for key in [k for k in errors if not k.startswith("p")]:
                        messages.error(request, errors.pop(key))
                except ServiceError as error:
                    messages.error(request, str(error))
                else:
                    messages.success(request, _("The outcomes have been saved."))
                    return redirect("indicators:indicator", slug=slug,
                                    indicator_id=indicator.pk)
            if errors:
                messages.error(request, _("The outcomes were not saved. Correct the marked "
                                          "fields; everything you typed is still there."))
    item = next(i for i in selectors.progress(project).indicators if i.id == indicator.pk)
    rows = _rows(item, raw, errors, conflict, indicator.gender_split)
    return render(request, "indicators/indicator.html", page(
        project, abilities, "overview", indicator=indicator, item=item, rows=rows,
        editable=editable, stated_form=stated_form, conflict=conflict,
        revision=revision, history=selectors.outcome_history(indicator),
        catalogue=indicator.catalogue), status=409 if conflict else (400 if errors else 200))


def _rows(item, raw, errors, conflict, gender_split) -> list[dict]:
    """One row per period: the saved outcome, what was typed (kept after an error or a
    conflict), the errors at their fields, and what someone else saved meanwhile."""
    rows = []
    for value in item.periods:
        fields = {}
        for part, saved in (("value", value.value), ("women", value.women),
                            ("men", value.men), ("note", value.note)):
            if part in ("women", "men") and not gender_split:
                continue
            name = outcome_name(value.period_id, part)
            shown = raw.get(name, _typed(saved) if part != "note" else saved)
            fields[part] = {"name": name, "value": shown, "error": errors.get(name, "")}
        theirs = conflict.get(value.period_id) if conflict else None
        rows.append({"period": value, "fields": fields, "error": errors.get(
            f"p{value.period_id}", ""), "theirs": theirs, "conflicted": conflict is not None})
    return rows


def _typed(value) -> str:
    if value is None:
        return ""
    text = f"{value.normalize():f}"
    return text.replace(".", ",")


def _stated(request, project, form, indicator) -> bool:
    try:
        add_stated_figure(project=project, actor=request.user,
                          data=form.data_for_service(indicator.pk))
    except InvalidInput as error:
        for key, message in error.errors.items():
            form.add_error(key if key in form.fields else None, message)
        return False
    except ServiceError as error:
        messages.error(request, str(error))
        return False
    messages.success(request, _("The stated figure has been added beside the computed one."))
    return True


def _remove_stated(request, project) -> None:
    try:
        remove_stated_figure(project=project, actor=request.user,
                             figure_id=parse_id(request.POST.get("figure"), -1))
    except ServiceError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("The stated figure has been removed."))
