"""Importing a risk register from Excel through the API, in the page's two steps: upload the
file and see every risk it would add (or every problem, with its row and column), then add
exactly what was previewed, all of it or nothing, through the page's service."""

from django.core import signing
from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema, inline_serializer
from rest_framework import exceptions, parsers, serializers, status
from rest_framework.response import Response
from rest_framework.views import APIView

from projects.api_common import error_body, write_new, write_responses
from risks.services.risks import import_risks
from risks.views.common import risks_for
from risks.xlsx import payload_inputs, preview_payload, read_register


class RiskUpload(serializers.Serializer):
    file = serializers.FileField(help_text="The register as Excel (.xlsx), in the columns of "
                                           "its download.")


class RiskImportApply(serializers.Serializer):
    payload = serializers.CharField(max_length=5_000_000,
                                    help_text="The preview's `payload`, unchanged.")


PreviewRead = inline_serializer("RiskImportPreview", {
    "rows": inline_serializer("RiskImportRow", {
        "row": serializers.IntegerField(help_text="The row in the sheet."),
        "title": serializers.CharField(),
        "likelihood": serializers.IntegerField(allow_null=True),
        "impact": serializers.IntegerField(allow_null=True),
        "status": serializers.CharField()}, many=True),
    "payload": serializers.CharField(help_text="Send it back to add exactly these.")})
ImportedRead = inline_serializer("RiskImported", {
    "added": serializers.ListField(child=serializers.CharField(),
                                   help_text="The codes of the risks added, e.g. “R4”.")})


class RiskImportPreview(APIView):
    parser_classes = [parsers.MultiPartParser, parsers.JSONParser]

    @extend_schema(request={"multipart/form-data": RiskUpload},
                   responses=write_responses(PreviewRead),
                   summary="Upload a risk register: every risk it would add; nothing is saved "
                           "yet")
    def post(self, request, slug):
        _project, _abilities = risks_for(request.user, slug, "can_edit_register")
        serializer = RiskUpload(data=request.data)
        serializer.is_valid(raise_exception=True)
        result = read_register(serializer.validated_data["file"])
        if result.errors:
            return Response(error_body(_("The file cannot be imported."),
                                       {"file": [str(e) for e in result.errors]}),
                            status=status.HTTP_400_BAD_REQUEST)
        return Response({"rows": [{"row": row.number, "title": row.data.title,
                                   "likelihood": row.data.likelihood,
                                   "impact": row.data.impact, "status": row.data.status}
                                  for row in result.rows],
                         "payload": preview_payload(result.rows)})


class RiskImportApplyView(APIView):
    @extend_schema(request=RiskImportApply, responses=write_responses(ImportedRead,
                                                                      created=True),
                   summary="Add every risk of a previewed file, numbered after those there")
    def post(self, request, slug):
        project, _abilities = risks_for(request.user, slug, "can_edit_register")

        def add(data):
            try:
                risks = payload_inputs(data["payload"])
            except signing.BadSignature:
                raise exceptions.ValidationError({"payload": [
                    _("The preview has expired; upload the file again.")]}) from None
            return import_risks(project=project, actor=request.user, risks=risks)

        return write_new(request, RiskImportApply, add,
                         lambda made: {"added": [risk.code for risk in made]})
