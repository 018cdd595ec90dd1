"""Start-up checks of the production settings that Django's own checks do not cover."""

import os

from django.conf import settings
from django.core.checks import Tags, Warning, register


@register(Tags.compatibility, deploy=False)
def mail_is_configured(app_configs, **kwargs):
    """Password reset and invitations send mail: outside development, say so at start-up
    when no mail server is configured instead of writing the mails to the console."""
    if settings.DEBUG or os.environ.get("EMAIL_URL", "").strip():
        return []
    return [Warning(
        "No mail is configured (EMAIL_URL is not set): password reset and invitation mails "
        "are written to the console instead of being sent.",
        hint="Set EMAIL_URL, for example smtp://user:password@mail.example.se:587.",
        id="portal.W001",
    )]
