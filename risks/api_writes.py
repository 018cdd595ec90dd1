"""Writing the risk register through the API: the same services, the same plain data
(`RiskInput`, `ReviewInput`) and the same revision check as the pages."""

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema
from rest_framework import serializers, status
from rest_framework.response import Response
from rest_framework.views import APIView

from projects.api_common import (
    IF_MATCH,
    conflict,
    input_serializer,
    parsed,
    required_revision,
    revised,
    revision_field,
    saved,
    write_responses,
)
from risks import selectors
from risks.services import risks as services
from risks.services.errors import EditConflict
from risks.views.common import risks_for

RiskWrite = input_serializer(services.RiskInput, "RiskWrite", revision=revision_field())
ReviewWrite = input_serializer(services.ReviewInput, "ReviewWrite", revision=revision_field())


def risk_json(project, risk_id: int) -> dict:
    from risks.api import plain

    found = selectors.risk_detail(project, risk_id)
    return {"project": project.slug, **plain(found)} if found else {}


def add(request, slug) -> Response:
    project, _abilities = risks_for(request.user, slug, "can_edit_register")
    data, _revision = parsed(RiskWrite, request)
    risk = services.add_risk(project=project, actor=request.user, data=data)
    return Response(risk_json(project, risk.pk), status=status.HTTP_201_CREATED)


def update(request, slug, risk_id) -> Response:
    project, _abilities = risks_for(request.user, slug, "can_edit_register")
    data, revision = revised(RiskWrite, request)
    return saved(lambda: services.update_risk(project=project, actor=request.user,
                                              risk_id=risk_id, data=data,
                                              expected_revision=revision),
                 lambda: risk_json(project, risk_id))


def remove(request, slug, risk_id) -> Response:
    project, _abilities = risks_for(request.user, slug, "can_remove_risks")
    services.remove_risk(project=project, actor=request.user, risk_id=risk_id)
    return Response(status=status.HTTP_204_NO_CONTENT)


class ReviewView(APIView):
    @extend_schema(request=ReviewWrite, parameters=[IF_MATCH],
                   responses=write_responses(OpenApiTypes.OBJECT),
                   summary="Record a dated review: likelihood, impact and status as of that day")
    def post(self, request, slug, risk_id):
        project, _abilities = risks_for(request.user, slug, "can_review_risks")
        data, revision = revised(ReviewWrite, request)
        return saved(lambda: services.review_risk(project=project, actor=request.user,
                                                  risk_id=risk_id, data=data,
                                                  expected_revision=revision),
                     lambda: risk_json(project, risk_id))


class TextSerializer(serializers.Serializer):
    text = serializers.CharField(allow_blank=True, max_length=30_000)
    revision = revision_field()


class RegisterTextView(APIView):
    @extend_schema(request=TextSerializer, parameters=[IF_MATCH],
                   responses=write_responses(OpenApiTypes.OBJECT),
                   summary="The register's own text (how risks are worked with)")
    def put(self, request, slug):
        project, _abilities = risks_for(request.user, slug, "can_edit_register")
        serializer = TextSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        revision = required_revision(request, serializer.validated_data)
        current = selectors.register_view(project)
        try:
            services.save_register_text(project=project, actor=request.user,
                                        text=serializer.validated_data["text"],
                                        expected_revision=revision)
        except EditConflict:
            return conflict({"text": current.text, "revision": current.text_revision})
        found = selectors.register_view(project)
        return Response({"text": found.text, "revision": found.text_revision})
