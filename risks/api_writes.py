"""Writing the risk register through the API: the same services, the same plain data
(`RiskInput`, `ReviewInput`) and the same revision check as the pages."""

from drf_spectacular.utils import extend_schema
from rest_framework import serializers, status
from rest_framework.response import Response
from rest_framework.views import APIView

from projects.api_common import (
    IF_MATCH,
    input_serializer,
    plain,
    revision_field,
    write_new,
    write_responses,
    write_through,
)
from risks import selectors
from risks.api_types import RegisterText, RiskRead
from risks.services import risks as services
from risks.views.common import risks_for

RiskWrite = input_serializer(services.RiskInput, "RiskWrite", revision=revision_field())
ReviewWrite = input_serializer(services.ReviewInput, "ReviewWrite", revision=revision_field())


def risk_json(project, risk_id: int) -> dict:
    found = selectors.risk_detail(project, risk_id)
    return {"project": project.slug, **plain(found)} if found else {}


def add(request, slug) -> Response:
    project, _abilities = risks_for(request.user, slug, "can_edit_register")
    return write_new(request, RiskWrite, lambda data: services.add_risk(
        project=project, actor=request.user, data=data), lambda risk: risk_json(project, risk.pk))


def update(request, slug, risk_id) -> Response:
    project, _abilities = risks_for(request.user, slug, "can_edit_register")
    return write_through(request, RiskWrite, lambda data, revision: services.update_risk(
        project=project, actor=request.user, risk_id=risk_id, data=data,
        expected_revision=revision), lambda: risk_json(project, risk_id))


def remove(request, slug, risk_id) -> Response:
    project, _abilities = risks_for(request.user, slug, "can_remove_risks")
    services.remove_risk(project=project, actor=request.user, risk_id=risk_id)
    return Response(status=status.HTTP_204_NO_CONTENT)


class ReviewView(APIView):
    @extend_schema(request=ReviewWrite, parameters=[IF_MATCH],
                   responses=write_responses(RiskRead),
                   summary="Record a dated review: likelihood, impact and status as of that day")
    def post(self, request, slug, risk_id):
        project, _abilities = risks_for(request.user, slug, "can_review_risks")
        return write_through(request, ReviewWrite, lambda data, revision: services.review_risk(
            project=project, actor=request.user, risk_id=risk_id, data=data,
            expected_revision=revision), lambda: risk_json(project, risk_id))


class TextSerializer(serializers.Serializer):
    text = serializers.CharField(allow_blank=True, max_length=30_000)
    revision = revision_field()


def _register_text(project) -> dict:
    found = selectors.register_view(project)
    return {"text": found.text, "revision": found.text_revision}


class RegisterTextView(APIView):
    @extend_schema(request=TextSerializer, parameters=[IF_MATCH],
                   responses=write_responses(RegisterText),
                   summary="The register's own text (how risks are worked with)")
    def put(self, request, slug):
        project, _abilities = risks_for(request.user, slug, "can_edit_register")
        return write_through(request, TextSerializer, lambda data, revision: (
            services.save_register_text(project=project, actor=request.user, text=data["text"],
                                        expected_revision=revision)),
            lambda: _register_text(project))
