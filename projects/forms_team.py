from django import forms
from django.utils.translation import gettext_lazy as _

from projects.models import RoleKind


class InvitationForm(forms.Form):
    """An e-mail address and a role: the portal sends an invitation, and says the same
    whether or not the address belongs to an account."""

    email = forms.EmailField(label=_("E-mail"), max_length=254,
                             help_text=_("The person gets a link to join the project."))
    role = forms.ChoiceField(label=_("Role"), choices=RoleKind.choices)


class RoleChangeForm(forms.Form):
    """A new role for someone already in the team, named by the row they are on."""

    member = forms.IntegerField(min_value=1, max_value=2**63 - 1)
    role = forms.ChoiceField(label=_("Role"), choices=RoleKind.choices)


class RemovalForm(forms.Form):
    remove = forms.IntegerField(min_value=1, max_value=2**63 - 1)


class WithdrawalForm(forms.Form):
    withdraw = forms.IntegerField(min_value=1, max_value=2**63 - 1)
