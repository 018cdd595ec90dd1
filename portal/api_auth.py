"""How the API knows who is asking: a session with CSRF for the browser, a bearer key for
systems. A key acts with its owner's rights through the same access helpers as the pages;
a read-only key cannot change anything; each key has its own request rate."""

from django.utils.translation import gettext_lazy as _
from drf_spectacular.extensions import OpenApiAuthenticationExtension
from rest_framework import exceptions, permissions, throttling
from rest_framework.authentication import BaseAuthentication, get_authorization_header

from portal.api_tokens import token_for
from portal.models import ApiToken


class BearerTokenAuthentication(BaseAuthentication):
    keyword = b"bearer"

    def authenticate(self, request):
        header = get_authorization_header(request).split()
        if not header or header[0].lower() != self.keyword:
            return None
        if len(header) != 2:
            raise exceptions.AuthenticationFailed(_("Send the key as “Bearer <key>”."))
        try:
            plaintext = header[1].decode("ascii")
        except UnicodeDecodeError as error:
            raise exceptions.AuthenticationFailed(_("The key is not valid.")) from error
        token = token_for(plaintext)
        if token is None:
            raise exceptions.AuthenticationFailed(
                _("The key is not valid: unknown, revoked or expired."))
        return token.user, token

    def authenticate_header(self, request):
        # Makes an unauthenticated request a 401 that says how to authenticate.
        return 'Bearer realm="api"'


class KeyMayWrite(permissions.BasePermission):
    """A read-only key reads; changing anything needs a read-write key (or the browser)."""

    message = _("This key may only read. Create a read-write key to change data.")

    def has_permission(self, request, view) -> bool:
        if isinstance(request.auth, ApiToken) and not request.auth.can_write:
            return request.method in permissions.SAFE_METHODS
        return True


class KeyRateThrottle(throttling.SimpleRateThrottle):
    """Each key has its own budget of requests; browser sessions are not limited here."""

    scope = "api_key"

    def get_cache_key(self, request, view):
        if not isinstance(request.auth, ApiToken):
            return None
        return self.cache_format % {"scope": self.scope, "ident": request.auth.pk}


class BearerTokenScheme(OpenApiAuthenticationExtension):
    """Tells the OpenAPI schema how keys are sent."""

    target_class = "portal.api_auth.BearerTokenAuthentication"
    name = "apiKey"

    def get_security_definition(self, auto_schema):
        return {"type": "http", "scheme": "bearer",
                "description": str(_("A key from your account page, sent as "
                                     "“Authorization: Bearer <key>”."))}
