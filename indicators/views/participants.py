"""The participant register: who took part in which activity, by gender, with the number of
activities a document states kept beside the number of records."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from indicators import register_selectors
from indicators.forms import StatedForm
from indicators.forms_registers import ActivityTypeForm, ParticipationForm
from indicators.models import ActivityType, ParticipationRecord, Register, StatedMeasure
from indicators.services.common import register_revision
from indicators.services.errors import EditConflict, InvalidInput
from indicators.services.outcomes import add_stated_figure, remove_stated_figure
from indicators.services.participants import (
    add_activity_type,
    add_participations,
    remove_names,
    remove_participation,
    update_participation,
)
from indicators.views.common import as_at_of, indicators_for, page
from portal.parsing import record_id as parse_id
from portal.parsing import whole_number
from projects.services.errors import ServiceError

PAGE_SIZE = 50
STATED = [StatedMeasure.PARTICIPANTS, StatedMeasure.PARTICIPANTS_WOMEN]


@login_required
def participants(request, slug):
    project, abilities = indicators_for(request.user, slug, "can_read_registers")
    kinds = list(ActivityType.objects.filter(project=project))
    post = request.POST if request.method == "POST" else None
    action = request.POST.get("action", "") if post else ""
    record_form = ParticipationForm(post if action == "add_record" else None, kinds=kinds,
                                    with_names=abilities.can_see_names)
    type_form = ActivityTypeForm(post if action == "add_type" else None)
    stated_form = StatedForm(post if action == "stated" else None, measures=STATED)
    if post is not None:
        abilities.require("can_edit_registers")
        if _act(request, project, action, record_form, type_form, stated_form):
            return redirect("indicators:participants", slug=slug)
    chosen = parse_id(request.GET.get("typ"))
    records = register_selectors.participation_records(project, activity_type_id=chosen)
    listed = Paginator(records, PAGE_SIZE).get_page(request.GET.get("sida"))
    failed = any(f.errors for f in (record_form, type_form, stated_form))
    return render(request, "indicators/participants.html", page(
        project, abilities, "participants",
        summary=register_selectors.participant_summary(project, as_at=as_at_of(request)),
        records=listed, kinds=kinds, chosen=chosen, keep=f"&typ={chosen}" if chosen else "",
        record_form=record_form, type_form=type_form, stated_form=stated_form,
        revision=register_revision(project, Register.PARTICIPANTS)),
        status=400 if failed else 200)


def _act(request, project, action, record_form, type_form, stated_form) -> bool:
    """Carry out one posted action; True when done (the page redirects)."""
    try:
        if action == "add_record" and record_form.is_valid():
            add_participations(project=project, actor=request.user,
                               rows=[record_form.data_for_service()])
            messages.success(request, _("The activity has been recorded."))
            return True
        if action == "add_type" and type_form.is_valid():
            add_activity_type(project=project, actor=request.user,
                              data=type_form.data_for_service())
            messages.success(request, _("The activity type has been added."))
            return True
        if action == "stated" and stated_form.is_valid():
            add_stated_figure(project=project, actor=request.user,
                              data=stated_form.data_for_service(None))
            messages.success(request, _("The stated figure has been added beside the "
                                        "computed one."))
            return True
        if action == "remove_stated":
            remove_stated_figure(project=project, actor=request.user,
                                 figure_id=parse_id(request.POST.get("figure")))
            messages.success(request, _("The stated figure has been removed."))
            return True
        if action == "forget":
            removed = remove_names(project=project, actor=request.user,
                                   name=request.POST.get("name", ""))
            messages.success(request, _("%(n)d names removed.") % {"n": removed})
            return True
    except InvalidInput as error:
        form = {"add_record": record_form, "add_type": type_form,
                "stated": stated_form}.get(action)
        for key, message in error.errors.items():
            field = key.split(":")[-1]
            if form is not None and field in form.fields:
                form.add_error(field, message)
            else:
                messages.error(request, message)
    except ServiceError as error:
        messages.error(request, str(error))
    return False


@login_required
def participant(request, slug, record_id):
    project, abilities = indicators_for(request.user, slug, "can_read_registers")
    record = get_object_or_404(ParticipationRecord.objects.select_related("activity_type"),
                               pk=record_id, project=project)
    kinds = list(ActivityType.objects.filter(project=project))
    names = list(record.names.values_list("name", flat=True)) if abilities.can_see_names else []
    initial = {"activity_type": record.activity_type_id, "held_on": record.held_on,
               "title": record.title, "women": record.women, "men": record.men,
               "other": record.other, "note": record.note, "names": "\n".join(names)}
    form = ParticipationForm(request.POST or None, kinds=kinds, initial=initial,
                             with_names=abilities.can_see_names)
    conflict, revision = False, record.revision
    if request.method == "POST":
        abilities.require("can_edit_registers")
        action = request.POST.get("action", "save")
        try:
            if action == "delete":
                remove_participation(project=project, actor=request.user, record_id=record.pk)
                messages.success(request, _("The record has been removed."))
                return redirect("indicators:participants", slug=slug)
            if action == "remove_names":
                removed = remove_names(project=project, actor=request.user,
                                       record_id=record.pk)
                messages.success(request, _("%(n)d names removed.") % {"n": removed})
                return redirect("indicators:participant", slug=slug, record_id=record.pk)
            revision = whole_number(request.POST.get("revision"))
            revision = -1 if revision is None else revision
            if form.is_valid():
                update_participation(project=project, actor=request.user,
                                     data=form.data_for_service(record.pk, revision))
                messages.success(request, _("The record has been saved."))
                return redirect("indicators:participants", slug=slug)
        except EditConflict as error:
            conflict, revision = True, error.obj.revision
        except InvalidInput as error:
            for key, message in error.errors.items():
                field = key.split(":")[-1]
                form.add_error(field if field in form.fields else None, message)
        except ServiceError as error:
            messages.error(request, str(error))
    return render(request, "indicators/participant.html", page(
        project, abilities, "participants", record=record, form=form, conflict=conflict,
        revision=revision, names=names),
        status=409 if conflict else (400 if form.errors else 200))
