"""Stated figures, removing participants' names and importing a register through the API:
the same services as the pages. An import is two steps, like the page's: upload a file and
see every row it would add or change (or every problem, with its row and column), then
apply exactly that preview; a register changed in between answers 409."""

from django.core import signing
from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema, inline_serializer
from rest_framework import exceptions, parsers, serializers, status
from rest_framework.response import Response
from rest_framework.views import APIView

from indicators import register_files as files
from indicators.models import Register
from indicators.services import outcomes, participants
from indicators.services.common import register_revision
from indicators.services.register_import import apply_import, preview_import
from indicators.views.common import indicators_for
from projects.api_common import error_body, input_serializer, parsed, saved, write_responses

StatedWrite = input_serializer(outcomes.StatedInput, "StatedFigureWrite")
REGISTERS = {"deltagare": files.PARTICIPANTS, "foretag": files.COMPANIES}

StatedRead = inline_serializer("StatedFigureAdded", {
    "id": serializers.IntegerField(), "measure": serializers.CharField(),
    "value": serializers.CharField(), "source": serializers.CharField(),
    "indicator": serializers.IntegerField(allow_null=True),
    "stated_on": serializers.DateField(allow_null=True)})


class StatedFiguresView(APIView):
    @extend_schema(request=StatedWrite, responses=write_responses(StatedRead, created=True),
                   summary="Keep a figure a document states beside the computed one")
    def post(self, request, slug):
        # The service decides which figure: outcome reporters state an indicator's, register
        # writers a register's.
        project, _abilities = indicators_for(request.user, slug, "can_state_figures")
        data, _revision = parsed(StatedWrite, request)
        figure = outcomes.add_stated_figure(project=project, actor=request.user, data=data)
        return Response({"id": figure.pk, "measure": figure.measure,
                         "value": f"{figure.value.normalize():f}", "source": figure.source,
                         "indicator": figure.indicator_id, "stated_on": figure.stated_on},
                        status=status.HTTP_201_CREATED)


class StatedFigureView(APIView):
    @extend_schema(request=None, responses=write_responses(None),
                   summary="Remove a stated figure")
    def delete(self, request, slug, figure_id):
        project, _abilities = indicators_for(request.user, slug, "can_state_figures")
        outcomes.remove_stated_figure(project=project, actor=request.user, figure_id=figure_id)
        return Response(status=status.HTTP_204_NO_CONTENT)


class NamesWrite(serializers.Serializer):
    record = serializers.IntegerField(required=False, allow_null=True, default=None,
                                      min_value=1, max_value=2**31 - 1,
                                      help_text="The names of one record…")
    name = serializers.CharField(required=False, allow_null=True, default=None,
                                 max_length=200,
                                 help_text="…or one person's name from the whole register.")

    def validate(self, data):
        if data["record"] is None and not (data["name"] or "").strip():
            raise serializers.ValidationError({"name": [_(
                "Name a record or a person whose names are removed.")]})
        return data


NamesRemoved = inline_serializer("NamesRemoved", {"removed": serializers.IntegerField()})


class RemoveNamesView(APIView):
    @extend_schema(request=NamesWrite, responses=write_responses(NamesRemoved),
                   summary="Remove participants' names: a record's, or one person's everywhere "
                           "(a request to be forgotten); the counts stay")
    def post(self, request, slug):
        project, _abilities = indicators_for(request.user, slug, "can_edit_registers")
        serializer = NamesWrite(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        removed = participants.remove_names(project=project, actor=request.user,
                                            record_id=data["record"], name=data["name"])
        return Response({"removed": removed})


class RegisterUpload(serializers.Serializer):
    file = serializers.FileField(help_text="The register as xlsx or CSV, in the columns of its "
                                           "export.")


PreviewRead = inline_serializer("RegisterImportPreview", {
    "ok": serializers.BooleanField(), "added": serializers.IntegerField(),
    "updated": serializers.IntegerField(),
    "errors": serializers.ListField(child=serializers.CharField()),
    "payload": serializers.CharField(allow_blank=True),
    "revision": serializers.IntegerField(help_text="Send it back with the payload.")})
ImportedRead = inline_serializer("RegisterImported", {
    "added": serializers.IntegerField(), "updated": serializers.IntegerField()})


def _register(word: str) -> str:
    if word not in REGISTERS:
        raise exceptions.NotFound(_("Not found."))
    return REGISTERS[word]


class RegisterImportPreview(APIView):
    parser_classes = [parsers.MultiPartParser, parsers.JSONParser]

    @extend_schema(request={"multipart/form-data": RegisterUpload},
                   responses=write_responses(PreviewRead),
                   summary="Upload a register file: what it would add and change; nothing is "
                           "saved yet")
    def post(self, request, slug, register):
        register = _register(register)
        project, _abilities = indicators_for(request.user, slug, "can_edit_registers")
        serializer = RegisterUpload(data=request.data)
        serializer.is_valid(raise_exception=True)
        result = files.read_file(serializer.validated_data["file"], register, project)
        if not result.ok:
            return Response(error_body(_("The file cannot be imported."),
                                       {"file": [str(e) for e in result.errors]}),
                            status=status.HTTP_400_BAD_REQUEST)
        preview = preview_import(project=project, actor=request.user, register=register,
                                 rows=result.rows)
        return Response({"ok": not preview.errors, "added": preview.added,
                         "updated": preview.updated,
                         "errors": [str(e) for e in preview.errors],
                         "payload": preview.payload, "revision": preview.revision},
                        status=status.HTTP_400_BAD_REQUEST if preview.errors
                        else status.HTTP_200_OK)


class RegisterApply(serializers.Serializer):
    payload = serializers.CharField(max_length=5_000_000)
    revision = serializers.IntegerField(min_value=0, max_value=2**31 - 1)


class RegisterImportApply(APIView):
    @extend_schema(request=RegisterApply, responses=write_responses(ImportedRead),
                   summary="Apply a previewed register file: all of it or nothing")
    def post(self, request, slug, register):
        register = _register(register)
        project, _abilities = indicators_for(request.user, slug, "can_edit_registers")
        serializer = RegisterApply(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        counted: dict = {}

        def apply():
            try:
                counted["added"], counted["updated"] = apply_import(
                    project=project, actor=request.user, register=register,
                    payload=data["payload"], revision=data["revision"])
            except signing.BadSignature:
                raise exceptions.ValidationError({"payload": [
                    _("The preview has expired; upload the file again.")]}) from None

        # A stale preview: the register's revision now, to compare with the preview's.
        return saved(apply, lambda: counted or {"revision": register_revision(
            project, Register.COMPANIES if register == files.COMPANIES
            else Register.PARTICIPANTS)})
