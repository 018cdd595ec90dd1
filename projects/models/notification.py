"""Whether a person wants the portal's e-mails about their projects' workflow."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class NotificationSetting(models.Model):
    """One row per person who changed the default; without a row, e-mails are sent."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                                related_name="notification_setting")
    email = models.BooleanField(
        _("e-mail me about submissions, decisions and change requests"), default=True)

    class Meta:
        verbose_name = _("notification setting")
        verbose_name_plural = _("notification settings")

    def __str__(self) -> str:
        return f"{self.user}: {'e-mail' if self.email else 'no e-mail'}"
