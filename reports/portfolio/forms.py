from django import forms
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

    def __init__(self, *args, funding_body_id: int, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["focus_area"].queryset = FocusArea.objects.filter(
            classification__funding_body_id=funding_body_id).order_by("position")


class LedgerUploadForm(forms.Form):
    year = forms.IntegerField(label=_("Year of the decisions"), min_value=1990, max_value=2100)
    file = forms.FileField(label=_("Grant ledger (xlsx or CSV)"))
    note = forms.CharField(label=_("Note"), required=False, max_length=2000,
                           widget=forms.Textarea(attrs={"rows": 3}))
