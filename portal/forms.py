"""Forms of the ground floor: the person's own API keys."""

from django import forms
from django.core import validators
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


# The bound on one typed text, the same as the document engine's (projects.documents): far
# above any real answer, low enough that one save and one comparison stay cheap.
MAX_TEXT_LENGTH = 30_000


def bounded_texts(form_class):
    """Gives every text field of the form without its own limit the portal's, said as a
    message at the field ("at most 30 000 characters") and as the input's maxlength."""
    for field in form_class.base_fields.values():
        if isinstance(field, forms.CharField) and field.max_length is None:
            field.max_length = MAX_TEXT_LENGTH
            field.validators.append(validators.MaxLengthValidator(MAX_TEXT_LENGTH))
            field.widget.attrs["maxlength"] = str(MAX_TEXT_LENGTH)
    return form_class
