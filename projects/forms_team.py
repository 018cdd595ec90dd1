from django import forms
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from projects.models import RoleKind


class TeamMemberForm(forms.Form):
    person = forms.CharField(label=_("User name or e-mail"), max_length=254)
    role = forms.ChoiceField(label=_("Role"), choices=RoleKind.choices)

    def clean_person(self):
        value = self.cleaned_data["person"].strip()
        user = get_user_model().objects.filter(
            Q(username__iexact=value) | Q(email__iexact=value), is_active=True
        ).first()
        if user is None:
            raise forms.ValidationError(_("No active user has that user name or e-mail."))
        return user
