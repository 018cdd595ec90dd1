"""Reporting: periods, outcomes per period and the figures documents state. Outcomes are
follow-up work, reported while the project is approved or running (its final period
included, until the final report is submitted).

Outcome rows are never overwritten: a change supersedes the old row on the day it is
reported, so the progress can be read as it stood on any date.
"""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from indicators.models import (
    INDICATOR_MEASURES,
    IndicatorKind,
    IndicatorOutcome,
    ProjectIndicator,
    ReportingPeriod,
    Source,
    StatedFigure,
    StatedMeasure,
)
from indicators.services.common import actor_or_none, lock, lock_for_any, text, validated
from indicators.services.errors import EditConflict, InvalidInput
from indicators.services.totals import refresh_totals
from portal.audit import record_changes, record_event
from projects.models import Project

REFUSED_OUTCOME = gettext_lazy("Outcomes are reported by the project's writers while the "
                               "project is approved or running.")
REFUSED_PERIOD = gettext_lazy("Reporting periods are set by the project's writers, with the "
                              "application or during follow-up.")


@dataclass
class OutcomeInput:
    period_id: int
    value: Decimal | None  # None clears the period
    women: Decimal | None = None
    men: Decimal | None = None
    note: str = ""


@dataclass
class PeriodInput:
    label: str
    start: date
    end: date
    is_final: bool = False


@transaction.atomic
def create_period(*, project: Project, actor, data: PeriodInput) -> ReportingPeriod:
    locked, _abilities = lock_for_any(project, actor, ("can_edit_periods",), REFUSED_PERIOD)
    period = ReportingPeriod(project=locked, label=data.label.strip(), start=data.start,
                             end=data.end, is_final=data.is_final)
    errors = {}
    if not period.label:
        errors["label"] = _("Name the period, e.g. “2020” or “Final report”.")
    if data.end < data.start:
        errors["end"] = _("The period ends before it starts.")
    if ReportingPeriod.objects.filter(project=locked, label=period.label).exists():
        errors["label"] = _("The project already has a period with this name.")
    if data.is_final and ReportingPeriod.objects.filter(project=locked, is_final=True).exists():
        errors["is_final"] = _("The project already has a final reporting period.")
    if errors:
        raise InvalidInput(errors)
    validated(period, exclude=["project"])
    period.save()
    record_event(actor=actor, obj=period, action="indicator:period", project_id=locked.pk,
                 detail=f"{period.label} ({period.start} – {period.end})")
    refresh_totals(locked)
    return period


@transaction.atomic
def remove_period(*, project: Project, period_id: int, actor) -> None:
    locked, _abilities = lock_for_any(project, actor, ("can_edit_periods",), REFUSED_PERIOD)
    period = ReportingPeriod.objects.filter(pk=period_id, project=locked).first()
    if period is None:
        raise InvalidInput({"period": _("No such period in this project.")})
    if period.outcomes.exists():
        raise InvalidInput({"period": _("Outcomes have been reported for this period; it "
                                        "stays on record.")})
    record_event(actor=actor, obj=period, action="indicator:period_remove",
                 project_id=locked.pk, old=period.label)
    period.delete()
    refresh_totals(locked)


@transaction.atomic
def save_outcomes(*, project: Project, indicator_id: int, actor, outcomes: list[OutcomeInput],
                  expected_revision: int | None, reported_on: date | None = None
                  ) -> ProjectIndicator:
    """Report one indicator's outcomes for the given periods. Of two people who opened the
    same revision, the second gets EditConflict and the page keeps what they typed."""
    locked, _abilities = lock(project, actor, "can_report_outcomes", REFUSED_OUTCOME)
    indicator = (ProjectIndicator.objects.select_for_update(of=("self",))
                 .select_related("catalogue").filter(pk=indicator_id, project=locked).first())
    if indicator is None:
        raise InvalidInput({"indicator": _("No such indicator in this project.")})
    if expected_revision is not None and indicator.outcome_revision != expected_revision:
        raise EditConflict(indicator, current=_current_values(indicator))
    if indicator.source != Source.TYPED:
        raise InvalidInput({"indicator": _("This indicator is computed from a register; "
                                           "record in the register instead.")})
    day = reported_on or timezone.localdate()
    periods = {p.pk: p for p in ReportingPeriod.objects.filter(project=locked)}
    current = {o.period_id: o for o in IndicatorOutcome.objects.select_for_update().filter(
        indicator=indicator, superseded_on__isnull=True)}
    errors = {}
    for item in outcomes:
        _check(item, indicator, periods.get(item.period_id), current.get(item.period_id), day,
               errors)
    if errors:
        raise InvalidInput(errors)

    before, after = {}, {}
    for item in outcomes:
        period = periods[item.period_id]
        old = current.get(item.period_id)
        if old is not None and _same(old, item):
            continue
        before[period.label] = _describe(old)
        if old is not None:
            old.superseded_on = day
            old.save(update_fields=["superseded_on"])
        if item.value is not None:
            new = IndicatorOutcome.objects.create(
                indicator=indicator, period=period, value=item.value, women=item.women,
                men=item.men, note=item.note.strip(), reported_on=day,
                recorded_by=actor_or_none(actor))
            after[period.label] = _describe(new)
        else:
            after[period.label] = ""
    if before or after:
        indicator.outcome_revision += 1
        indicator.save(update_fields=["outcome_revision"])
        record_changes(actor=actor, obj=indicator, before=before, after=after,
                       project_id=locked.pk, action="indicator:outcome")
        refresh_totals(locked)
    return indicator


def _check(item: OutcomeInput, indicator, period, old, day, errors) -> None:
    key = f"p{item.period_id}"
    if period is None:
        errors[key] = _("Not a reporting period of this project.")
        return
    if day < period.start:
        errors[key] = _("A period cannot be reported before it starts.")
    if old is not None and day < old.reported_on:
        errors[key] = _("A newer outcome was reported on %(day)s.") % {"day": old.reported_on}
    value = item.value
    if value is None:
        if item.women is not None or item.men is not None:
            errors[key] = _("Give the total as well as women and men.")
        return
    if value < 0 and indicator.kind == IndicatorKind.OUTPUT:
        errors[key] = _("An output cannot be negative.")
    if not indicator.gender_split and (item.women is not None or item.men is not None):
        errors[key] = _("This indicator is not split by women and men.")
    for part in (item.women, item.men):
        if part is not None and part < 0:
            errors[key] = _("Women and men cannot be negative.")
    if value >= 0 and (item.women or 0) + (item.men or 0) > value:
        errors[key] = _("Women and men together exceed the total.")


def _same(old: IndicatorOutcome, item: OutcomeInput) -> bool:
    return (old.value, old.women, old.men, old.note) == (item.value, item.women, item.men,
                                                         item.note.strip())


def _describe(outcome: IndicatorOutcome | None) -> str:
    if outcome is None:
        return ""
    words = text(outcome.value)
    if outcome.women is not None or outcome.men is not None:
        words += " (" + _("women %(women)s, men %(men)s") % {
            "women": text(outcome.women) or "–", "men": text(outcome.men) or "–"} + ")"
    if outcome.note:  # a note changed alone is a change of the record too
        words += " – " + outcome.note
    return words


def _current_values(indicator: ProjectIndicator) -> dict[int, IndicatorOutcome]:
    return {o.period_id: o for o in indicator.outcomes.filter(superseded_on__isnull=True)
            .select_related("recorded_by")}


# Stated figures -----------------------------------------------------------------------------

@dataclass
class StatedInput:
    measure: str
    value: Decimal
    source: str
    indicator_id: int | None = None
    stated_on: date | None = None


@transaction.atomic
def add_stated_figure(*, project: Project, actor, data: StatedInput) -> StatedFigure:
    """Keep a figure a document or person states beside the computed one; never in its
    place."""
    if data.indicator_id:
        abilities = ("can_report_outcomes", "can_edit_indicators")
    else:
        abilities = ("can_edit_registers",)
    locked, _found = lock_for_any(project, actor, abilities, REFUSED_OUTCOME)
    indicator = None
    if data.indicator_id:
        indicator = ProjectIndicator.objects.select_for_update().filter(
            pk=data.indicator_id, project=locked).first()
        if indicator is None:
            raise InvalidInput({"indicator": _("No such indicator in this project.")})
    errors = {}
    if data.measure not in StatedMeasure.values or (
            (data.measure in INDICATOR_MEASURES) != (indicator is not None)):
        errors["measure"] = _("Choose what the figure states.")
    if not data.source.strip():
        errors["source"] = _("Say where the figure is stated.")
    if errors:
        raise InvalidInput(errors)
    figure = StatedFigure(project=locked, indicator=indicator, measure=data.measure,
                          value=data.value, source=data.source.strip(),
                          stated_on=data.stated_on, created_by=actor_or_none(actor))
    validated(figure, exclude=["project", "indicator"])
    figure.save()
    if indicator is not None:
        indicator.outcome_revision += 1
        indicator.save(update_fields=["outcome_revision"])
    record_event(actor=actor, obj=figure, action="indicator:stated", project_id=locked.pk,
                 detail=f"{figure.get_measure_display()}: {text(figure.value)} "
                        f"({figure.source})")
    return figure


@transaction.atomic
def remove_stated_figure(*, project: Project, actor, figure_id: int) -> None:
    figure = StatedFigure.objects.filter(pk=figure_id, project=project).first()
    if figure is None:
        raise InvalidInput({"figure": _("No such stated figure in this project.")})
    abilities = (("can_report_outcomes", "can_edit_indicators") if figure.indicator_id
                 else ("can_edit_registers",))
    locked, _found = lock_for_any(project, actor, abilities, REFUSED_OUTCOME)
    record_event(actor=actor, obj=figure, action="indicator:stated_remove",
                 project_id=locked.pk, old=f"{figure.get_measure_display()}: "
                                           f"{text(figure.value)} ({figure.source})")
    figure.delete()
