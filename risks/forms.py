"""From what a person typed to the services' plain data: a risk, a review, the register's
filters. Levels are chosen from their words; "not yet assessed" is a choice of its own."""

from django import forms
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from portal.forms import bounded_texts
from risks.models import Response, RiskStatus
from risks.scales import IMPACT, LIKELIHOOD, NOT_ASSESSED
from risks.selectors import SORTS, RegisterFilter
from risks.services.risks import ReviewInput, RiskInput


def _levels(scale) -> list[tuple[str, str]]:
    # Lazy, so each request reads the words in its own language.
    return [("", NOT_ASSESSED)] + [(str(n), format_lazy("{} – {}", n, words))
                                   for n, words in scale.items()]


def _level(value: str) -> int | None:
    return int(value) if value else None


@bounded_texts
class AssessmentFields(forms.Form):
    likelihood = forms.ChoiceField(label=_("Likelihood"), choices=_levels(LIKELIHOOD),
                                   required=False)
    impact = forms.ChoiceField(label=_("Impact"), choices=_levels(IMPACT), required=False)
    status = forms.ChoiceField(label=_("Status"), choices=RiskStatus.choices)
    next_review_on = forms.DateField(label=_("Next review"), required=False,
                                     widget=forms.DateInput(attrs={"type": "date"}))
    note = forms.CharField(label=_("Comment on the assessment"), required=False,
                           widget=forms.Textarea(attrs={"rows": 2}))


@bounded_texts
class RiskForm(AssessmentFields):
    title = forms.CharField(label=_("Risk"), max_length=500,
                            help_text=_("E.g. “Det är en risk att …”."))
    description = forms.CharField(label=_("Description"), required=False,
                                  widget=forms.Textarea(attrs={"rows": 3}))
    category = forms.CharField(label=_("Category"), required=False, max_length=100)
    consequence = forms.CharField(label=_("Consequence"), required=False,
                                  widget=forms.Textarea(attrs={"rows": 2}),
                                  help_text=_("In the project's own words."))
    response = forms.ChoiceField(label=_("Response"), required=False,
                                 choices=[("", _("Not stated"))] + Response.choices)
    mitigation = forms.CharField(label=_("Mitigation"), required=False,
                                 widget=forms.Textarea(attrs={"rows": 3}))
    owner = forms.CharField(label=pgettext_lazy("risk", "Owner"), required=False,
                            max_length=200)

    field_order = ["title", "description", "category", "likelihood", "impact", "consequence",
                   "response", "mitigation", "owner", "status", "next_review_on", "note"]

    def data_for_service(self) -> RiskInput:
        data = dict(self.cleaned_data)
        data["likelihood"], data["impact"] = _level(data["likelihood"]), _level(data["impact"])
        return RiskInput(**data)


@bounded_texts
class ReviewForm(AssessmentFields):
    reviewed_on = forms.DateField(label=_("Reviewed on"), required=False,
                                  widget=forms.DateInput(attrs={"type": "date"}),
                                  help_text=_("Empty: today."))

    def data_for_service(self) -> ReviewInput:
        data = dict(self.cleaned_data)
        return ReviewInput(likelihood=_level(data["likelihood"]), impact=_level(data["impact"]),
                           status=data["status"], next_review_on=data["next_review_on"],
                           note=data["note"], reviewed_on=data["reviewed_on"])


@bounded_texts
class TextForm(forms.Form):
    text = forms.CharField(label=_("Risk analysis in words"), required=False,
                           widget=forms.Textarea(attrs={"rows": 8}),
                           help_text=_("For a document that describes its risks in prose; "
                                       "structured risks go in the register."))


@bounded_texts
class FilterForm(forms.Form):
    status = forms.ChoiceField(label=_("Status"), required=False,
                               choices=[("", _("All"))] + RiskStatus.choices)
    # Any text: the page offers the register's own owners and categories to choose from.
    owner = forms.CharField(label=pgettext_lazy("risk", "Owner"), required=False)
    category = forms.CharField(label=_("Category"), required=False)
    value = forms.ChoiceField(label=_("Risk value at least"), required=False, choices=[
        ("", _("Any")), ("5", format_lazy("5 ({})", _("medium"))),
        ("10", format_lazy("10 ({})", _("high"))),
        ("17", format_lazy("17 ({})", _("very high")))])
    overdue = forms.BooleanField(label=_("Review overdue"), required=False)
    sort = forms.ChoiceField(label=_("Sort by"), required=False, choices=[
        ("value", _("Risk value")), ("number", _("Number")), ("title", _("Risk")),
        ("next_review", _("Next review")), ("status", _("Status"))])

    def filters(self) -> RegisterFilter:
        if not self.is_valid():
            return RegisterFilter()
        data = self.cleaned_data
        sort = data["sort"] if data["sort"] in SORTS else "value"
        return RegisterFilter(status=data["status"], owner=data["owner"],
                              category=data["category"],
                              min_value=int(data["value"]) if data["value"] else None,
                              overdue=data["overdue"], sort=sort)
