"""Choosing a project's indicators and setting their targets: part of the application, so
possible while the application is open (a draft, a returned one, or under a change request).
"""

from dataclasses import dataclass
from decimal import Decimal

from django.db import transaction
from django.db.models import Max
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from indicators.models import (
    ActivityType,
    CatalogueIndicator,
    Counting,
    ProgrammeIndicatorRules,
    ProjectIndicator,
    RegisterRule,
    Source,
)
from indicators.services.common import lock, text, validated
from indicators.services.errors import EditConflict, InvalidInput
from indicators.services.totals import refresh_totals
from portal.audit import record_changes, record_event
from projects.models import BenefitArea, Project, SubGoal

REFUSED = gettext_lazy("Indicators and targets can be changed by the project's writers while the "
            "application is open.")
# What a register rule counts decides how its periods add up.
RULE_COUNTING = {RegisterRule.PARTICIPANTS: Counting.SUMMED,
                 RegisterRule.ACTIVITIES: Counting.SUMMED,
                 RegisterRule.COMPANIES: Counting.ONCE,
                 RegisterRule.EMPLOYMENT_GROWTH: Counting.SUMMED}
AUDITED = ["catalogue", "name", "unit", "kind", "counting", "gender_split", "baseline",
           "baseline_year", "target", "target_women", "target_men", "sub_goal",
           "benefit_area", "goal", "source", "rule", "activity_type", "note"]


@dataclass
class IndicatorInput:
    """A catalogue indicator (catalogue_id) or the project's own (name, unit, kind...)."""

    catalogue_id: int | None = None
    name: str = ""
    unit: str = ""
    kind: str = "output"
    counting: str = Counting.SUMMED
    gender_split: bool = False
    baseline: Decimal | None = None
    baseline_year: int | None = None
    target: Decimal | None = None
    target_women: Decimal | None = None
    target_men: Decimal | None = None
    sub_goal_id: int | None = None
    benefit_area_id: int | None = None
    goal: str = ""
    source: str = Source.TYPED
    rule: str = ""
    activity_type_id: int | None = None
    note: str = ""


def offered_catalogue(project: Project):
    """The catalogue indicators a project may choose: those its programme names, or every
    active one when the programme names none."""
    active = CatalogueIndicator.objects.filter(is_active=True)
    named = active.filter(programmes=project.programme_id)
    return named if named.exists() else active


@transaction.atomic
def add_indicator(*, project: Project, actor, data: IndicatorInput) -> ProjectIndicator:
    locked, _abilities = lock(project, actor, "can_edit_indicators", REFUSED)
    indicator = ProjectIndicator(project=locked)
    _apply(indicator, locked, data)
    last = (ProjectIndicator.objects.filter(project=locked)
            .aggregate(last=Max("position"))["last"])
    indicator.position = 0 if last is None else last + 1
    validated(indicator, exclude=["project"])
    indicator.save()
    record_changes(actor=actor, obj=indicator, before={}, after=_audited(indicator),
                   project_id=locked.pk, action="indicator:add")
    refresh_totals(locked)
    return indicator


@transaction.atomic
def update_indicator(*, project: Project, indicator_id: int, actor, data: IndicatorInput,
                     expected_revision: int | None) -> ProjectIndicator:
    locked, _abilities = lock(project, actor, "can_edit_indicators", REFUSED)
    indicator = _locked_indicator(locked, indicator_id)
    if expected_revision is not None and indicator.revision != expected_revision:
        raise EditConflict(indicator)
    before = _audited(indicator)
    _apply(indicator, locked, data)
    validated(indicator, exclude=["project"])
    indicator.revision += 1
    indicator.save()
    record_changes(actor=actor, obj=indicator, before=before, after=_audited(indicator),
                   project_id=locked.pk, action="indicator:change")
    refresh_totals(locked)
    return indicator


@transaction.atomic
def remove_indicator(*, project: Project, indicator_id: int, actor) -> None:
    locked, _abilities = lock(project, actor, "can_edit_indicators", REFUSED)
    indicator = _locked_indicator(locked, indicator_id)
    if indicator.outcomes.exists():
        raise InvalidInput({"indicator": _(
            "Outcomes have been reported for this indicator; it stays on record.")})
    record_event(actor=actor, obj=indicator, action="indicator:remove", project_id=locked.pk,
                 old=str(indicator))
    indicator.delete()


def _locked_indicator(project: Project, indicator_id: int) -> ProjectIndicator:
    indicator = (ProjectIndicator.objects.select_for_update(of=("self",))
                 .select_related("catalogue").filter(pk=indicator_id, project=project).first())
    if indicator is None:
        raise InvalidInput({"indicator": _("No such indicator in this project.")})
    return indicator


def _apply(indicator: ProjectIndicator, project: Project, data: IndicatorInput) -> None:
    errors: dict[str, str] = {}
    rules = ProgrammeIndicatorRules.objects.filter(programme_id=project.programme_id).first()
    if data.catalogue_id:
        catalogue = offered_catalogue(project).filter(pk=data.catalogue_id).first()
        if catalogue is None and indicator.catalogue_id == data.catalogue_id:
            catalogue = indicator.catalogue  # chosen before the catalogue changed: kept
        if catalogue is None:
            errors["catalogue_id"] = _("This catalogue indicator is not offered to the "
                                       "project's programme.")
        if catalogue and ProjectIndicator.objects.filter(
                project=project, catalogue=catalogue).exclude(pk=indicator.pk).exists():
            errors["catalogue_id"] = _("The project already reports on %(code)s.") % {
                "code": catalogue.code}
        if catalogue:
            indicator.catalogue = catalogue
            indicator.name, indicator.unit = "", ""
            indicator.kind, indicator.counting = catalogue.kind, catalogue.counting
            indicator.gender_split = catalogue.gender_split
            indicator.portfolio_measure = catalogue.portfolio_measure
    else:
        if rules and rules.only_catalogue:
            errors["catalogue_id"] = _("The programme asks for indicators from its catalogue.")
        if not data.name.strip():
            errors["name"] = _("Name the indicator.")
        if not data.unit.strip():
            errors["unit"] = _("Give the unit, e.g. “activities” or “companies”.")
        indicator.catalogue = None
        indicator.name, indicator.unit = data.name.strip(), data.unit.strip()
        indicator.kind, indicator.counting = data.kind, data.counting
        indicator.gender_split = data.gender_split
    indicator.baseline, indicator.baseline_year = data.baseline, data.baseline_year
    indicator.target = data.target
    indicator.target_women, indicator.target_men = data.target_women, data.target_men
    indicator.goal, indicator.note = data.goal.strip(), data.note.strip()
    indicator.source = data.source
    indicator.rule = data.rule if data.source == Source.REGISTER else ""
    indicator.sub_goal = _own(SubGoal, project, data.sub_goal_id, "sub_goal_id", errors)
    indicator.benefit_area = _own(BenefitArea, project, data.benefit_area_id,
                                  "benefit_area_id", errors)
    indicator.activity_type = None
    if indicator.rule in (RegisterRule.PARTICIPANTS, RegisterRule.ACTIVITIES):
        indicator.activity_type = _own(ActivityType, project, data.activity_type_id,
                                       "activity_type_id", errors)
    _check_register(indicator, data, errors)
    _check_targets(indicator, errors)
    if errors:
        raise InvalidInput(errors)


def _own(model, project, pk, key, errors):
    if not pk:
        return None
    found = model.objects.filter(pk=pk, project=project).first()
    if found is None:
        errors[key] = _("Choose one of the project's own.")
    return found


def _check_register(indicator: ProjectIndicator, data: IndicatorInput, errors) -> None:
    if data.source == Source.REGISTER:
        if data.rule not in RegisterRule.values:
            errors["rule"] = _("Choose the rule the outcome is computed by.")
            return
        if indicator.is_own:
            indicator.counting = RULE_COUNTING[RegisterRule(data.rule)]
        if data.rule in (RegisterRule.ACTIVITIES, RegisterRule.EMPLOYMENT_GROWTH) and (
                indicator.gender_split and indicator.is_own):
            indicator.gender_split = False  # activities and employees are not by gender
    elif data.source != Source.TYPED:
        errors["source"] = _("Choose where the outcome comes from.")


def _check_targets(indicator: ProjectIndicator, errors) -> None:
    for name in ("target", "target_women", "target_men"):
        value = getattr(indicator, name)
        if value is not None and value < 0:
            errors[name] = _("A target cannot be negative.")
    women, men = indicator.target_women, indicator.target_men
    if (women is not None or men is not None) and not indicator.gender_split:
        errors["target_women"] = _("This indicator is not split by women and men.")
    elif indicator.target is not None and (women or 0) + (men or 0) > indicator.target:
        errors["target_women"] = _("Women and men together exceed the target.")
    year = indicator.baseline_year
    if year is not None and not 1900 <= year <= 2100:
        errors["baseline_year"] = _("Give the reference year as four digits.")
    if year is not None and indicator.baseline is None:
        errors["baseline"] = _("Give the baseline the reference year refers to.")


def _audited(indicator: ProjectIndicator) -> dict[str, str]:
    values = {}
    for name in AUDITED:
        value = getattr(indicator, name)
        if name in ("kind", "counting", "source", "rule") and value:
            value = getattr(indicator, f"get_{name}_display")()
        values[name] = text(value) if not isinstance(value, bool) else (
            _("yes") if value else _("no"))
    return values
