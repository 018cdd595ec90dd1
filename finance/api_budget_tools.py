"""The budget's own tools through the API: its settings (name, note, periods, flat rates), a
revision under a change request, the split between municipalities and the Excel import in
two steps (preview, then apply what was previewed). Each calls the page's service with the
revision the client read; a stale one answers 409 with the budget as saved now."""

from decimal import Decimal

from django.core import signing
from django.http import QueryDict
from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema, inline_serializer
from rest_framework import exceptions, parsers, serializers, status
from rest_framework.response import Response
from rest_framework.views import APIView

from finance import selectors
from finance.access import FinanceAccess
from finance.api_types import BudgetRead
from finance.api_writes import budget_json
from finance.models import CategoryKind, FinancingType
from finance.services.budgets import revise_budget, save_settings
from finance.services.financing import apply_split
from finance.split_input import read_split
from finance.views.excel import SALT, _payload, apply_payload
from finance.xlsx import read_workbook
from projects.access import abilities_for
from projects.api_common import (
    IF_MATCH,
    error_body,
    required_revision,
    revision_field,
    saved,
    write_new,
    write_responses,
    write_through,
)

PREVIEW_AGE = 60 * 60 * 12  # as long as the page's preview holds


def _editable_version(request, slug: str, budget_id: int):
    project, _finance = abilities_for(request.user, slug, FinanceAccess, "can_edit_budgets")
    return project, selectors.current_version(project, budget_id)


def _budget(slug, request, budget_id):
    return lambda: budget_json(_editable_version(request, slug, budget_id)[1])


# Settings ----------------------------------------------------------------------------------

PeriodWrite = inline_serializer("BudgetPeriodWrite", {
    "id": serializers.IntegerField(required=False, allow_null=True, default=None,
                                   help_text="A period as read; leave out for a new one."),
    "label": serializers.CharField(max_length=40),
    "start": serializers.DateField(required=False, allow_null=True, default=None),
    "end": serializers.DateField(required=False, allow_null=True, default=None)})


class SettingsWrite(serializers.Serializer):
    revision = revision_field()
    name = serializers.CharField(max_length=100)
    note = serializers.CharField(required=False, allow_blank=True, default="", max_length=5000)
    periods = serializers.ListField(child=PeriodWrite, max_length=60,
                                    help_text="Every period, in order; one left out is "
                                              "removed if it holds no amounts.")
    flat_rates = serializers.DictField(
        child=serializers.DecimalField(max_digits=5, decimal_places=2, allow_null=True,
                                       min_value=0, max_value=100),
        required=False, default=dict,
        help_text="Flat-rate category code → per cent (null: the programme's own rate).")


class BudgetSettingsView(APIView):
    @extend_schema(request=SettingsWrite, parameters=[IF_MATCH],
                   responses=write_responses(BudgetRead),
                   summary="Rename the budget, its note, periods and flat rates "
                           "(`revisions.costs` as read)")
    def put(self, request, slug, budget_id):
        _project, version = _editable_version(request, slug, budget_id)
        flat = {c.code: c.pk for c in selectors.categories_of(version.budget)
                if c.kind == CategoryKind.FLAT_RATE}

        def write(data, revision):
            if unknown := [code for code in data["flat_rates"] if code not in flat]:
                raise serializers.ValidationError({"flat_rates": [
                    _("Not a flat rate of this budget.") + f" ({unknown[0]})"]})
            save_settings(
                version=version, actor=request.user, name=data["name"], note=data["note"],
                periods=[(p["id"], p["label"], p["start"], p["end"]) for p in data["periods"]],
                flat_rates={flat[code]: percent for code, percent in data["flat_rates"].items()},
                expected_revision=revision)

        return write_through(request, SettingsWrite, write, _budget(slug, request, budget_id))


class ReviseWrite(serializers.Serializer):
    reason = serializers.CharField(max_length=2000, allow_blank=True)


class BudgetReviseView(APIView):
    @extend_schema(request=ReviseWrite, responses=write_responses(BudgetRead, created=True),
                   summary="Start a new version of an approved budget under the open change "
                           "request; the approved one stays as it was")
    def post(self, request, slug, budget_id):
        project, version = _editable_version(request, slug, budget_id)
        return write_new(request, ReviseWrite, lambda data: revise_budget(
            budget=version.budget, actor=request.user, reason=data["reason"]),
            lambda _revised: budget_json(selectors.current_version(project, budget_id)))


# The split between municipalities -----------------------------------------------------------

class SplitWrite(serializers.Serializer):
    amount = serializers.IntegerField(min_value=0, max_value=10**12,
                                      help_text="Whole kronor to split.")
    mode = serializers.ChoiceField(choices=["equal", "population", "mix"], default="mix")
    equal_percent = serializers.DecimalField(max_digits=5, decimal_places=2, min_value=0,
                                             max_value=100, required=False, default=Decimal(50),
                                             help_text="With `mix`: the part split equally.")
    municipalities = serializers.ListField(
        child=serializers.IntegerField(min_value=1, max_value=2**31 - 1), required=False,
        default=list, max_length=500,
        help_text="Organisation ids; every participating municipality by default.")
    periods = serializers.ListField(child=serializers.CharField(max_length=40),
                                    required=False, default=list, max_length=60,
                                    help_text="Period labels the shares go into (to apply).")
    financing_type = serializers.ChoiceField(choices=FinancingType.choices,
                                             default=FinancingType.PUBLIC_CASH)
    preliminary = serializers.BooleanField(required=False, default=False)
    apply = serializers.BooleanField(required=False, default=False,
                                     help_text="false: only the shares; true: add them to "
                                               "the financing plan.")
    revision = revision_field()


SplitRead = inline_serializer("MunicipalSplit", {
    "shares": inline_serializer("MunicipalShare", {
        "municipality": serializers.IntegerField(), "name": serializers.CharField(),
        "population": serializers.IntegerField(), "amount": serializers.IntegerField()},
        many=True),
    "applied": serializers.BooleanField(),
    "budget": BudgetRead(required=False)})


def _split_query(data: dict, periods: dict[str, int]) -> QueryDict:
    """The request as the page's form posts it, so that the page's own reading (and its
    words at each field) decides."""
    query = QueryDict(mutable=True)
    query.update({"amount": str(data["amount"]), "mode": data["mode"],
                  "equal_percent": str(data["equal_percent"]),
                  "financing_type": data["financing_type"]})
    query.setlist("municipality", [str(pk) for pk in data["municipalities"]])
    query.setlist("period", [str(periods[label]) for label in data["periods"]])
    if data["preliminary"]:
        query["preliminary"] = "1"
    return query


class SplitView(APIView):
    @extend_schema(request=SplitWrite, parameters=[IF_MATCH],
                   responses=write_responses(SplitRead),
                   summary="Split an amount between the project's municipalities; with "
                           "`apply`, add the shares to the financing plan "
                           "(`revisions.financing` as read)")
    def post(self, request, slug, budget_id):
        project, finance = abilities_for(request.user, slug, FinanceAccess)
        version = selectors.current_version(project, budget_id)
        serializer = SplitWrite(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        periods = {p.label: p.pk for p in selectors.periods_of(version)}
        if unknown := [label for label in data["periods"] if label not in periods]:
            raise serializers.ValidationError({"periods": [
                _("Not a period of this budget.") + f" ({unknown[0]})"]})
        form = read_split(_split_query(data, periods),
                          selectors.participating_municipalities(project))
        if form.errors:
            raise serializers.ValidationError(form.errors)
        shares = [{"municipality": s.municipality.key, "name": s.municipality.name,
                   "population": s.municipality.population, "amount": s.amount}
                  for s in form.shares or ()]
        if not data["apply"]:
            return Response({"shares": shares, "applied": False})
        finance.require("can_edit_budgets")
        revision = required_revision(request, data)
        return saved(lambda: apply_split(
            version=version, actor=request.user, shares=form.shares or [],
            period_ids=[periods[label] for label in data["periods"]],
            financing_type=data["financing_type"], preliminary=data["preliminary"],
            expected_revision=revision),
            lambda: {"shares": shares, "applied": True,
                     "budget": budget_json(selectors.current_version(project, budget_id))})


# The Excel import, in two steps -------------------------------------------------------------

class BudgetUpload(serializers.Serializer):
    file = serializers.FileField(help_text="The budget's Excel file (.xlsx), as downloaded "
                                           "from the budget page and filled in.")


PreviewRead = inline_serializer("BudgetImportPreview", {
    "ok": serializers.BooleanField(),
    "errors": serializers.ListField(child=serializers.CharField()),
    "notes": serializers.ListField(child=serializers.CharField()),
    "changes": inline_serializer("BudgetImportChange", {
        "where": serializers.CharField(), "old": serializers.CharField(allow_blank=True),
        "new": serializers.CharField(allow_blank=True)}, many=True),
    "payload": serializers.CharField(allow_blank=True,
                                     help_text="Send it back to apply exactly this.")})


class ImportPreviewView(APIView):
    parser_classes = [parsers.MultiPartParser, parsers.JSONParser]

    @extend_schema(request={"multipart/form-data": BudgetUpload},
                   responses=write_responses(PreviewRead),
                   summary="Upload a filled-in Excel file: what it would change; nothing is "
                           "saved yet")
    def post(self, request, slug, budget_id):
        _project, version = _editable_version(request, slug, budget_id)
        serializer = BudgetUpload(data=request.data)
        serializer.is_valid(raise_exception=True)
        upload = serializer.validated_data["file"]
        result = read_workbook(upload, version.budget, selectors.budget_figures(version))
        if not result.ok:
            return Response(error_body(_("The file cannot be imported."),
                                       {"file": [str(e) for e in result.errors]}),
                            status=status.HTTP_400_BAD_REQUEST)
        return Response({"ok": True, "errors": [], "notes": [str(n) for n in result.notes],
                         "changes": [{"where": str(c.where), "old": str(c.old),
                                      "new": str(c.new)} for c in result.changes],
                         "payload": signing.dumps(_payload(version, result), salt=SALT,
                                                  compress=True)})


class BudgetImportApply(serializers.Serializer):
    payload = serializers.CharField(max_length=2_000_000,
                                    help_text="The preview's `payload`, unchanged.")


class ImportApplyView(APIView):
    @extend_schema(request=BudgetImportApply, responses=write_responses(BudgetRead),
                   summary="Apply a previewed Excel file; 409 when the budget was saved "
                           "after the preview")
    def post(self, request, slug, budget_id):
        _project, version = _editable_version(request, slug, budget_id)

        def write(sent, _revision):
            # The preview's payload stands for the revision: it names the version it read.
            try:
                data = signing.loads(sent["payload"], salt=SALT, max_age=PREVIEW_AGE)
            except signing.BadSignature:
                raise exceptions.ValidationError({"payload": [
                    _("The preview has expired; upload the file again.")]}) from None
            if data["version"] != version.pk:
                raise exceptions.ValidationError({"payload": [_(
                    "The budget has a new version since the preview; upload the file "
                    "again.")]})
            apply_payload(data, version, request.user)

        return write_through(request, BudgetImportApply, write,
                             _budget(slug, request, budget_id), revision=False)
