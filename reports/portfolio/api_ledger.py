"""A funding body's grant ledgers (grants decided outside the portal) through the API, as on
the page: the imports listed, a file uploaded and every grant previewed (or every problem,
with its row and column), exactly that preview imported, all or none, and an import removed
whole. The portfolio's access helper decides whose ledger; the services decide the rest."""

from django.core import signing
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema, inline_serializer
from rest_framework import exceptions, parsers, serializers, status
from rest_framework.response import Response
from rest_framework.views import APIView

from projects.api_common import error_body, paged, paged_schema, write_new, write_responses
from reports.portfolio.access import portfolio_for
from reports.portfolio.api import CHOICE
from reports.portfolio.ledger import ledger_imports, preview_payload, previewed, read_file
from reports.portfolio.models import LedgerImport
from reports.portfolio.services.ledger import import_ledger, remove_ledger


class LedgerUpload(serializers.Serializer):
    file = serializers.FileField(help_text="The grant ledger as xlsx or CSV.")
    year = serializers.IntegerField(min_value=1990, max_value=2100,
                                    help_text="The year the grants were decided.")
    note = serializers.CharField(required=False, allow_blank=True, default="",
                                 max_length=2000)


class LedgerApply(serializers.Serializer):
    payload = serializers.CharField(max_length=20_000_000,
                                    help_text="The preview's `payload`, unchanged.")


def _decimal(**options) -> serializers.CharField:
    return serializers.CharField(help_text="A decimal string, e.g. “250000.00”.", **options)


class LedgerRead(serializers.Serializer):
    """One imported ledger, its grants counted and summed."""

    id = serializers.IntegerField()
    year = serializers.IntegerField()
    file_name = serializers.CharField()
    note = serializers.CharField(allow_blank=True)
    imported_at = serializers.DateTimeField()
    imported_by = serializers.CharField(allow_null=True)
    grants = serializers.IntegerField()
    total = _decimal(allow_null=True)


LedgerPage = paged_schema("GrantLedgerPage", LedgerRead, funding_body=serializers.CharField())
PreviewRead = inline_serializer("GrantLedgerPreview", {
    "grants": inline_serializer("LedgerGrant", {
        "row": serializers.IntegerField(help_text="The row in the file."),
        "name": serializers.CharField(), "decided_on": serializers.DateField(),
        "amount": _decimal(), "focus_area": serializers.CharField(allow_blank=True),
        "municipality": serializers.CharField(allow_blank=True),
        "leadership": serializers.CharField(allow_blank=True)}, many=True),
    "total": _decimal(),
    "payload": serializers.CharField(help_text="Send it back to import exactly this.")})
def _scope(request):
    return portfolio_for(request.user, request.query_params.get("funding_body"))


def _ledger_json(ledger) -> dict:
    person = ledger.imported_by
    return {"id": ledger.pk, "year": ledger.year, "file_name": ledger.file_name,
            "note": ledger.note, "imported_at": ledger.imported_at,
            "imported_by": (person.get_full_name() or person.username) if person else None,
            "grants": ledger.grants,
            "total": None if ledger.total is None else f"{ledger.total:.2f}"}


class LedgerList(APIView):
    @extend_schema(responses=LedgerPage, operation_id="grant_ledgers", parameters=CHOICE,
                   summary="The funding body's imported grant ledgers, newest first")
    def get(self, request):
        scope = _scope(request)
        return paged(request, ledger_imports(scope.funding_body.pk), _ledger_json,
                     funding_body=scope.funding_body.name)

    @extend_schema(request=LedgerApply, responses=write_responses(LedgerRead, created=True),
                   parameters=CHOICE,
                   summary="Import a previewed ledger: every grant of it, or none")
    def post(self, request):
        scope = _scope(request)
        body = scope.funding_body

        def add(data):
            try:
                found = previewed(data["payload"], body.pk)
            except signing.BadSignature:
                raise exceptions.ValidationError({"payload": [
                    _("The preview has expired; upload the file again.")]}) from None
            return import_ledger(actor=request.user, funding_body=body, year=found["year"],
                                 file_name=found["file"], note=found["note"],
                                 rows=found["rows"])

        return write_new(request, LedgerApply, add, lambda ledger: _ledger_json(
            ledger_imports(body.pk).get(pk=ledger.pk)))


class LedgerPreview(APIView):
    parser_classes = [parsers.MultiPartParser, parsers.JSONParser]

    @extend_schema(request={"multipart/form-data": LedgerUpload},
                   responses=write_responses(PreviewRead), parameters=CHOICE,
                   summary="Upload a grant ledger: every grant it holds; nothing is saved yet")
    def post(self, request):
        body = _scope(request).funding_body
        serializer = LedgerUpload(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        reading = read_file(data["file"], funding_body_id=body.pk, year=data["year"])
        if not reading.ok:
            return Response(error_body(_("The file cannot be imported."), {"file": [
                str(e) for e in reading.errors] or [_("The ledger has no grants.")]}),
                status=status.HTTP_400_BAD_REQUEST)
        return Response({
            "grants": [{"row": row.number, "name": row.name, "decided_on": row.decided_on,
                        "amount": f"{row.amount:.2f}", "focus_area": row.focus_area,
                        "municipality": row.municipality, "leadership": row.leadership}
                       for row in reading.rows],
            "total": f"{reading.total:.2f}",
            "payload": preview_payload(reading.rows, year=data["year"],
                                       file_name=data["file"].name, note=data["note"],
                                       body_id=body.pk)})


class LedgerDetail(APIView):
    @extend_schema(request=None, responses=write_responses(None), parameters=CHOICE,
                   summary="Remove an imported ledger whole, with all its grants")
    def delete(self, request, ledger_id):
        ledger = get_object_or_404(LedgerImport, pk=ledger_id,
                                   funding_body=_scope(request).funding_body)
        remove_ledger(actor=request.user, ledger=ledger)
        return Response(status=status.HTTP_204_NO_CONTENT)
