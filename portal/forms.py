"""Forms of the ground floor: the person's own API keys."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ApiTokenForm(forms.Form):
    name = forms.CharField(label=_("Name"), max_length=100,
                           help_text=_("What the key is for, e.g. “Kommunens ekonomisystem”."))
    can_write = forms.BooleanField(
        label=_("May change data"), required=False,
        help_text=_("Without it the key can only read. Give a system no more than it needs."))
    expires_on = forms.DateField(
        label=_("Expires on"), required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        help_text=_("Leave empty for a key that lasts until you revoke it."))

    def clean_expires_on(self):
        day = self.cleaned_data["expires_on"]
        if day is not None and day <= timezone.localdate():
            raise forms.ValidationError(_("The expiry date must be in the future."))
        return day
