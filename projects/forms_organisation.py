from django import forms
from django.utils.translation import gettext_lazy as _

from portal.models import Country
from projects.filters import MunicipalityInput
from projects.services.organisations import KINDS_ADDED_BY_PROJECTS


class OrganisationForm(forms.Form):
    """An organisation that is not yet in the list; the service checks the number and that it
    is new."""

    name = forms.CharField(label=_("Name"), max_length=200)
    country = forms.ChoiceField(label=_("Country"), choices=Country.choices,
                                widget=forms.RadioSelect, initial=Country.SWEDEN)
    organisation_number = forms.CharField(
        label=_("Organisation number"), max_length=20,
        help_text=_("Swedish: 10 digits, NNNNNN-NNNN. Norwegian: 9 digits, NNN NNN NNN."))
    kind = forms.ChoiceField(label=_("Kind"), choices=[
        (kind.value, kind.label) for kind in KINDS_ADDED_BY_PROJECTS])
    municipality = forms.CharField(
        label=_("Municipality"), required=False, max_length=200,
        help_text=_("Where the organisation is based; type part of the name."))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["municipality"].widget = MunicipalityInput()
