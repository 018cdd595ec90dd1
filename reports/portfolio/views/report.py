"""The annual portfolio report of the funding body for a year, as a page and as PDF."""

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone

from reports.portfolio.access import portfolio_for
from reports.portfolio.printing import portfolio_pdf
from reports.portfolio.report import annual_report


def _year(request) -> int:
    text = request.GET.get("year", "")
    if text.isdigit() and 1990 <= int(text) <= 2100:
        return int(text)
    return timezone.localdate().year


@login_required
def report(request):
    scope = portfolio_for(request.user, request.GET.get("funding_body"))
    found = annual_report(scope.funding_body, _year(request))
    if request.GET.get("format") == "pdf":
        data, name = portfolio_pdf(found)
        response = HttpResponse(data, content_type="application/pdf")
        response["Content-Disposition"] = f'attachment; filename="{name}"'
        return response
    return render(request, "portfolio/report.html", {"scope": scope, "report": found,
                                                     "body": scope.funding_body})
