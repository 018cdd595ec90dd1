from datetime import datetime, time

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from portal import api_tokens
from portal.forms import ApiTokenForm


def home(request):
    return redirect("projects:list" if request.user.is_authenticated else "login")


@require_GET
def healthz(request):
    """For load balancers and uptime checks: the process answers, without touching the
    database. Benchmarks time pages against it, as the cheapest request Django serves."""
    return HttpResponse("ok", content_type="text/plain; charset=utf-8")
@login_required
def api_keys(request):
    """The person's own API keys: create one (its text shown once), see when each was last
    used, revoke any."""
    form = ApiTokenForm(request.POST or None if "create" in request.POST else None)
    created = None
    if request.method == "POST" and "revoke" in request.POST:
        raw = request.POST["revoke"]
        try:
            api_tokens.revoke_token(user=request.user,
                                    token_id=int(raw) if raw.isascii() and raw.isdigit() else 0)
        except api_tokens.TokenError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, _("The key was revoked; it no longer works."))
        return redirect("api_keys")
    if request.method == "POST" and form.is_valid():
        day = form.cleaned_data["expires_on"]
        expires = timezone.make_aware(datetime.combine(day, time.max)) if day else None
        try:
            _token, created = api_tokens.create_token(
                user=request.user, name=form.cleaned_data["name"],
                can_write=form.cleaned_data["can_write"], expires_at=expires)
        except api_tokens.TokenError as error:
            form.add_error(None, str(error))
        else:
            form = ApiTokenForm()
    return render(request, "portal/api_keys.html", {
        "form": form, "created": created, "tokens": api_tokens.tokens_of(request.user),
        "now": timezone.now(),
    }, status=400 if form.errors else 200)


def server_error(request):
    """The error page with the request's reference, which the log line of the error carries
    too. Rendered without the database or the base layout, which may be what failed."""
    from django.template import loader

    body = loader.get_template("500.html").render({"request_id": getattr(request, "id", "")})
    return HttpResponse(body, status=500)
