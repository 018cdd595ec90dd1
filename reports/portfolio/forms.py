from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from portal.models import Organisation, OrganisationKind
from reports.portfolio.models import FocusArea, Leadership


class FactsForm(forms.Form):
    revision = forms.IntegerField(widget=forms.HiddenInput)
    focus_area = forms.ModelChoiceField(label=_("Focus area"), required=False,
                                        queryset=FocusArea.objects.none())
    municipality = forms.ModelChoiceField(
        label=_("Municipality"), required=False,
        queryset=Organisation.objects.filter(kind=OrganisationKind.MUNICIPALITY)
        .order_by("name"))
    leadership = forms.ChoiceField(label=_("Leadership"), required=False,
                                   choices=[("", "---------"), *Leadership.choices])
    decided_on = forms.DateField(label=_("Decision date"), required=False,
                                 widget=forms.DateInput(attrs={"type": "date"}))

    def __init__(self, *args, funding_body_id: int, current_area_id: int | None = None,
                 **kwargs):
        super().__init__(*args, **kwargs)
        # The areas in use, and the project's own even if it was retired since.
        self.fields["focus_area"].queryset = FocusArea.objects.filter(
            Q(retired_on__isnull=True) | Q(pk=current_area_id),
            classification__funding_body_id=funding_body_id).order_by("position")


class ClassificationForm(forms.Form):
    name = forms.CharField(label=_("Name of the classification"), max_length=200)


class FocusAreaForm(forms.Form):
    name = forms.CharField(label=_("Name"), max_length=200)


class LedgerUploadForm(forms.Form):
    year = forms.IntegerField(label=_("Year of the decisions"), min_value=1990, max_value=2100)
    file = forms.FileField(label=_("Grant ledger (xlsx or CSV)"))
    note = forms.CharField(label=_("Note"), required=False, max_length=2000,
                           widget=forms.Textarea(attrs={"rows": 3}))
