"""API keys: created, listed and revoked by their owner; checked on every API request."""

import hashlib
import secrets
from datetime import datetime, timedelta

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from portal.audit import record_event
from portal.models import ApiToken

PREFIX = "rp_"
# The last use is written at most this often, so reading the API does not write on every call.
TOUCH_INTERVAL = timedelta(minutes=5)


class TokenError(Exception):
    """A key that cannot be made as asked; the message says why."""


def digest(plaintext: str) -> str:
    # The key is 40 random bytes: a fast hash is as safe as a slow one against guessing.
    return hashlib.sha256(plaintext.encode()).hexdigest()


@transaction.atomic
def create_token(*, user, name: str, can_write: bool,
                 expires_at: datetime | None = None) -> tuple[ApiToken, str]:
    """A new key and its text, which is shown once and never stored."""
    name = name.strip()
    if not name:
        raise TokenError(_("Give the key a name that says what it is for."))
    if expires_at is not None and expires_at <= timezone.now():
        raise TokenError(_("The expiry date must be in the future."))
    plaintext = PREFIX + secrets.token_urlsafe(40)
    token = ApiToken.objects.create(user=user, name=name[:100], prefix=plaintext[:10],
                                    digest=digest(plaintext), can_write=can_write,
                                    expires_at=expires_at)
    record_event(actor=user, obj=token, action="api_token:create",
                 detail="read-write" if can_write else "read-only")
    return token, plaintext


@transaction.atomic
def revoke_token(*, user, token_id: int) -> ApiToken:
    """Only the owner revokes a key; a revoked key is refused from the next request on."""
    token = ApiToken.objects.select_for_update().filter(pk=token_id, user=user).first()
    if token is None:
        raise TokenError(_("You have no such key."))
    if token.revoked_at is None:
        token.revoked_at = timezone.now()
        token.save(update_fields=["revoked_at"])
        record_event(actor=user, obj=token, action="api_token:revoke")
    return token


def token_for(plaintext: str) -> ApiToken | None:
    """The usable key with this text, or None (unknown, revoked, expired, inactive owner)."""
    if not plaintext.startswith(PREFIX):
        return None
    token = (ApiToken.objects.select_related("user").filter(digest=digest(plaintext))
             .first())
    now = timezone.now()
    if token is None or not token.is_usable(now) or not token.user.is_active:
        return None
    if token.last_used_at is None or now - token.last_used_at > TOUCH_INTERVAL:
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
    return token


def tokens_of(user):
    return ApiToken.objects.filter(user=user)
