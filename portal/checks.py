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


@register(Tags.compatibility, deploy=False)
def portal_url_is_configured(app_configs, **kwargs):
    """Notification mails link to the project: without the portal's address the links are
    bare paths no mail program can open."""
    if settings.DEBUG or settings.PORTAL_URL:
        return []
    return [Warning(
        "PORTAL_URL is not set: the links in notification mails are paths without the "
        "portal's address and cannot be opened from the mail.",
        hint="Set PORTAL_URL to the address people open the portal at, for example "
             "https://projekt.region.se.",
        id="portal.W002",
    )]
