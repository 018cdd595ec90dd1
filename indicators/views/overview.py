"""The indicators tab: every indicator's target and outcome, progress drawn as SVG, the rule
for “off track”, and figures documents state beside the computed ones."""

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import render

from indicators.overview_body import chart_svg, overview_body
from indicators.views.common import AS_AT, as_at_of, indicators_for, page


@login_required
def overview(request, slug):
    project, abilities = indicators_for(request.user, slug)
    body = overview_body(project, as_at_of(request), AS_AT)
    return render(request, "indicators/overview.html", page(
        project, abilities, "overview", body=body.html, periods=body.has_periods))


@login_required
def chart(request, slug):
    """The chart alone, as an SVG file: for slides, documents and PDFs."""
    project, _abilities = indicators_for(request.user, slug)
    svg = chart_svg(project, as_at_of(request))
    response = HttpResponse('<?xml version="1.0" encoding="UTF-8"?>\n' + svg,
                            content_type="image/svg+xml; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{project.slug}-indikatorer.svg"'
    return response
