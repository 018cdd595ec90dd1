from django.http import HttpResponse
from django.shortcuts import redirect
from django.views.decorators.http import require_GET


def home(request):
    return redirect("projects:list" if request.user.is_authenticated else "login")


@require_GET
def healthz(request):
    """For load balancers and uptime checks: the process answers, without touching the
    database. Benchmarks time pages against it, as the cheapest request Django serves."""
    return HttpResponse("ok", content_type="text/plain; charset=utf-8")
