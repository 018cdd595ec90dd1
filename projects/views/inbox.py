"""A case officer's inbox and each person's choice of e-mails."""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from projects.inbox import waiting_for
from projects.models import NotificationSetting


def decides(user) -> bool:
    """Who has an inbox: the case officers of a funding body."""
    return bool(user.is_authenticated and user.funding_body_id and user.is_case_officer
                and not user.is_administrator)


@login_required
def inbox(request):
    if not decides(request.user):
        raise PermissionDenied("inbox")
    return render(request, "projects/inbox.html", {"items": waiting_for(request.user)})


class NotificationForm(forms.ModelForm):
    class Meta:
        model = NotificationSetting
        fields = ["email"]


@login_required
def notification_settings(request):
    setting = (NotificationSetting.objects.filter(user=request.user).first()
               or NotificationSetting(user=request.user))
    form = NotificationForm(request.POST if request.method == "POST" else None, instance=setting)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Your choice of e-mails has been saved."))
        return redirect("projects:notifications")
    return render(request, "projects/notifications.html", {"form": form})
