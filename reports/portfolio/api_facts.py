"""The case officer's portfolio classification of a project through the API: focus area,
municipality, leadership and decision date, read and saved through the page's service at
the revision read (a stale one answers 409 with the facts as saved now)."""

from drf_spectacular.utils import extend_schema, inline_serializer
from rest_framework import serializers
from rest_framework.response import Response
from rest_framework.views import APIView

from projects.access import abilities_for
from projects.api_common import (
    IF_MATCH,
    input_serializer,
    revision_field,
    with_revision,
    write_responses,
    write_through,
)
from reports.portfolio.access import DashboardAccess
from reports.portfolio.models import DecisionFacts, Leadership
from reports.portfolio.services.facts import FactsInput, save_facts

FactsWrite = input_serializer(
    FactsInput, "PortfolioFactsWrite", revision=revision_field(),
    leadership=serializers.ChoiceField(choices=["", *Leadership.values], allow_blank=True),
    focus_area_id=serializers.IntegerField(allow_null=True, min_value=1, max_value=2**31 - 1,
                                           help_text="One of the funding body's focus areas."),
    municipality_id=serializers.IntegerField(allow_null=True, min_value=1,
                                             max_value=2**31 - 1,
                                             help_text="A municipality's organisation id."))
FactsRead = inline_serializer("PortfolioFacts", {
    "project": serializers.CharField(),
    "focus_area_id": serializers.IntegerField(allow_null=True),
    "municipality_id": serializers.IntegerField(allow_null=True),
    "leadership": serializers.CharField(allow_blank=True),
    "decided_on": serializers.DateField(allow_null=True),
    "revision": serializers.IntegerField(help_text="0 before the first save.")})


def facts_json(project) -> dict:
    facts = DecisionFacts.objects.filter(project=project).first() or DecisionFacts()
    return {"project": project.slug, "focus_area_id": facts.focus_area_id,
            "municipality_id": facts.municipality_id, "leadership": facts.leadership,
            "decided_on": facts.decided_on, "revision": facts.revision}


class FactsView(APIView):
    @extend_schema(responses=FactsRead, operation_id="portfolio_facts_read",
                   summary="The project's portfolio classification (the funding body's "
                           "case officers, once the application is in)")
    def get(self, request, slug):
        project, _abilities = abilities_for(request.user, slug, DashboardAccess,
                                            "can_classify")
        found = facts_json(project)
        return with_revision(found, found["revision"])

    @extend_schema(request=FactsWrite, parameters=[IF_MATCH],
                   responses=write_responses(FactsRead),
                   summary="Classify the project for the portfolio at the revision read")
    def put(self, request, slug) -> Response:
        project, _abilities = abilities_for(request.user, slug, DashboardAccess,
                                            "can_classify")
        return write_through(request, FactsWrite, lambda data, revision: save_facts(
            actor=request.user, project=project, data=data, revision=revision),
            lambda: facts_json(project))
