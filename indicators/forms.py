"""Forms of the indicator pages. They only read what was posted into the services' plain
data; every rule is the services'."""

from datetime import date
from decimal import Decimal

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from indicators.models import (
    ActivityType,
    CatalogueSource,
    Counting,
    IndicatorKind,
    RegisterRule,
    Source,
    StatedMeasure,
)
from indicators.services.indicators import IndicatorInput, offered_catalogue
from indicators.services.outcomes import OutcomeInput, PeriodInput, StatedInput
from portal.fields import AmountField
from portal.forms import bounded_texts

OWN = ""


def figure_field(label, **extra) -> AmountField:
    return AmountField(label=label, required=False, max_digits=14, decimal_places=2, **extra)


@bounded_texts
class IndicatorForm(forms.Form):
    catalogue = forms.TypedChoiceField(
        label=gettext_lazy("Indicator"), required=False, coerce=int, empty_value=None,
        help_text=gettext_lazy("Choose from the catalogue, or “own indicator” and name it."))
    name = forms.CharField(label=gettext_lazy("Name of the own indicator"), required=False,
                           max_length=300)
    unit = forms.CharField(label=gettext_lazy("Unit of the own indicator"), required=False,
                           max_length=100)
    kind = forms.ChoiceField(label=gettext_lazy("Kind"), choices=IndicatorKind.choices,
                             initial=IndicatorKind.OUTPUT)
    counting = forms.ChoiceField(label=gettext_lazy("How the periods add up"),
                                 choices=Counting.choices, initial=Counting.SUMMED)
    gender_split = forms.BooleanField(label=gettext_lazy("Split by women and men"),
                                      required=False)
    baseline = figure_field(gettext_lazy("Baseline"))
    baseline_year = forms.IntegerField(label=gettext_lazy("Reference year"), required=False,
                                       min_value=1900, max_value=2100)
    target = figure_field(gettext_lazy("Target"))
    target_women = figure_field(gettext_lazy("Target, women"))
    target_men = figure_field(gettext_lazy("Target, men"))
    sub_goal = forms.TypedChoiceField(label=gettext_lazy("Sub-goal it measures"),
                                      required=False, coerce=int, empty_value=None)
    goal = forms.CharField(label=gettext_lazy("Goal it measures, in the application's words"),
                           required=False, widget=forms.Textarea(attrs={"rows": 2}))
    benefit_area = forms.TypedChoiceField(label=gettext_lazy("Benefit area it measures"),
                                          required=False, coerce=int, empty_value=None)
    source = forms.ChoiceField(label=gettext_lazy("Where the outcome comes from"),
                               choices=Source.choices, initial=Source.TYPED,
                               widget=forms.RadioSelect)
    rule = forms.ChoiceField(label=gettext_lazy("Computed by"), required=False)
    activity_type = forms.TypedChoiceField(label=gettext_lazy("Only this activity type"),
                                           required=False, coerce=int, empty_value=None)
    note = forms.CharField(label=gettext_lazy("Note"), required=False,
                           widget=forms.Textarea(attrs={"rows": 3}))

    def __init__(self, *args, project, **kwargs):
        super().__init__(*args, **kwargs)
        groups = {}
        for entry in offered_catalogue(project).order_by("source", "position", "code"):
            groups.setdefault(entry.source, []).append(
                (entry.pk, f"{entry.code} {entry.name()} ({entry.unit()})"))
        self.fields["catalogue"].choices = [(OWN, _("Own indicator"))] + [
            (str(CatalogueSource(source).label), options) for source, options in groups.items()]
        self.fields["sub_goal"].choices = [("", "–")] + [
            (g.pk, g.title) for g in project.sub_goals.all()]
        areas = list(project.benefit_areas.all())
        if areas:
            self.fields["benefit_area"].choices = [("", "–")] + [(a.pk, a.title) for a in areas]
        else:
            del self.fields["benefit_area"]
        self.fields["rule"].choices = [("", "–"), *RegisterRule.choices]
        kinds = list(ActivityType.objects.filter(project=project))
        self.fields["activity_type"].choices = [("", _("All activity types"))] + [
            (k.pk, k.name) for k in kinds]

    def data_for_service(self) -> IndicatorInput:
        data = self.cleaned_data
        return IndicatorInput(
            catalogue_id=data["catalogue"], name=data["name"], unit=data["unit"],
            kind=data["kind"], counting=data["counting"], gender_split=data["gender_split"],
            baseline=data["baseline"], baseline_year=data["baseline_year"],
            target=data["target"], target_women=data["target_women"],
            target_men=data["target_men"], sub_goal_id=data["sub_goal"],
            benefit_area_id=data.get("benefit_area"), goal=data["goal"],
            source=data["source"], rule=data["rule"] or "",
            activity_type_id=data["activity_type"], note=data["note"])

    def show_service_errors(self, errors: dict[str, str]) -> None:
        """The service's reasons, at the fields they concern."""
        for key, message in errors.items():
            name = key.removesuffix("_id")
            self.add_error(name if name in self.fields else None, message)


def initial_from(indicator) -> dict:
    return {
        "catalogue": indicator.catalogue_id, "name": indicator.name, "unit": indicator.unit,
        "kind": indicator.kind, "counting": indicator.counting,
        "gender_split": indicator.gender_split, "baseline": indicator.baseline,
        "baseline_year": indicator.baseline_year, "target": indicator.target,
        "target_women": indicator.target_women, "target_men": indicator.target_men,
        "sub_goal": indicator.sub_goal_id, "goal": indicator.goal,
        "benefit_area": indicator.benefit_area_id, "source": indicator.source,
        "rule": indicator.rule, "activity_type": indicator.activity_type_id,
        "note": indicator.note}


class PeriodForm(forms.Form):
    label = forms.CharField(label=gettext_lazy("Period"), max_length=80,
                            help_text=gettext_lazy("E.g. “2020” or “Final report”."))
    start = forms.DateField(label=gettext_lazy("From"),
                            widget=forms.DateInput(attrs={"type": "date"}))
    end = forms.DateField(label=gettext_lazy("To"), widget=forms.DateInput(attrs={"type": "date"}))
    is_final = forms.BooleanField(label=gettext_lazy("The final report's period"),
                                  required=False)

    def data_for_service(self) -> PeriodInput:
        data = self.cleaned_data
        return PeriodInput(data["label"], data["start"], data["end"], data["is_final"])


class StatedForm(forms.Form):
    measure = forms.ChoiceField(label=gettext_lazy("What it states"))
    value = AmountField(label=gettext_lazy("Stated figure"), max_digits=14, decimal_places=2,
                        min_value=Decimal("-999999999999"))
    source = forms.CharField(label=gettext_lazy("Stated where"), max_length=300,
                             help_text=gettext_lazy("E.g. “Final report, Resultatet”."))
    stated_on = forms.DateField(label=gettext_lazy("Stated on"), required=False,
                                widget=forms.DateInput(attrs={"type": "date"}))

    def __init__(self, *args, measures, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["measure"].choices = [(m, StatedMeasure(m).label) for m in measures]

    def data_for_service(self, indicator_id: int | None) -> StatedInput:
        data = self.cleaned_data
        return StatedInput(data["measure"], data["value"], data["source"],
                           indicator_id=indicator_id, stated_on=data["stated_on"])


def outcome_name(period_id: int, part: str) -> str:
    return f"p{period_id}-{part}"


def read_outcomes(post, periods, *, gender_split: bool):
    """The outcome fields as posted: service input, what was typed, and errors by field."""
    parser = AmountField(required=False, max_digits=14, decimal_places=2)
    outcomes, raw, errors = [], {}, {}
    for period in periods:
        values = {}
        for part in ("value", "women", "men") if gender_split else ("value",):
            name = outcome_name(period.pk, part)
            raw[name] = post.get(name, "")
            try:
                values[part] = parser.clean(raw[name])
            except ValidationError:
                errors[name] = _("Not a number; write e.g. 1 250 or 12,5.")
        note_name = outcome_name(period.pk, "note")
        raw[note_name] = post.get(note_name, "")[:2000]
        if any(name.startswith(f"p{period.pk}-") for name in errors):
            continue
        outcomes.append(OutcomeInput(period.pk, values.get("value"), values.get("women"),
                                     values.get("men"), raw[note_name]))
    return outcomes, raw, errors


def read_date(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None
