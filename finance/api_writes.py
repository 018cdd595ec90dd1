"""Writing budgets, financing plans and outcome reports through the API. Each view reads
the request into the plain data the pages send and calls the same service; costs and
financing each carry the revision they were read at (`revisions` in the budget's JSON)."""

from datetime import date
from decimal import Decimal

from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.response import Response
from rest_framework.views import APIView

from finance import selectors
from finance.access import FinanceAccess
from finance.api_types import BudgetRead, OutcomeReportRead, ProgrammeRulesRead
from finance.models import Currency, FinancingType, OutcomeReport
from finance.services import budgets, financing, outcome
from portal.models import Country, Organisation
from projects.access import abilities_for, project_for
from projects.api_common import IF_MATCH, write_new, write_responses, write_through

MAX_YEARS = 30
MAX_CELLS = 5_000


def _version(request, slug: str, budget_id: int, ability: str = "can_view"):
    """The budget's current version, through the access helper (404 for another project's
    budget)."""
    project, _access = project_for(request.user, slug, ability)
    return selectors.current_version(project, budget_id)


def budget_json(version) -> dict:
    from finance.api import budget_data

    return budget_data(selectors.budget_figures(version))


def _fresh(slug: str, request, budget_id: int) -> dict:
    return budget_json(_version(request, slug, budget_id))


class BudgetCreateSerializer(serializers.Serializer):
    name = serializers.CharField(max_length=100)
    currency = serializers.ChoiceField(choices=Currency.choices)
    country = serializers.ChoiceField(choices=Country.choices)
    category_set = serializers.CharField(required=False, allow_null=True, default=None,
                                         help_text="Slug of a cost-category set the "
                                                   "programme allows; its first by default.")
    first_year = serializers.IntegerField(min_value=1990, max_value=2100)
    last_year = serializers.IntegerField(min_value=1990, max_value=2100)

    def validate(self, data):
        # The page's own rule and words.
        if not 0 <= data["last_year"] - data["first_year"] < MAX_YEARS:
            raise serializers.ValidationError({"last_year": _(
                "The last year must be within 30 years after the first.")})
        return data


def create_budget(request, slug: str) -> Response:
    project, _access = project_for(request.user, slug, "can_edit_application")

    def add(data):
        category_set = None
        if data["category_set"]:
            category_set = next((s for s in budgets.allowed_sets(project)
                                 if s.slug == data["category_set"]), None)
            if category_set is None:
                raise serializers.ValidationError({"category_set": [
                    _("The programme does not use this set.")]})
        years = range(data["first_year"], data["last_year"] + 1)
        return budgets.create_budget(
            project=project, actor=request.user, name=data["name"], currency=data["currency"],
            country=data["country"], category_set=category_set,
            periods=[(str(y), date(y, 1, 1), date(y, 12, 31)) for y in years])

    return write_new(request, BudgetCreateSerializer, add,
                     lambda budget: _fresh(slug, request, budget.pk))


class CellSerializer(serializers.Serializer):
    category = serializers.CharField(help_text="The cost category's code, as read.")
    period = serializers.CharField(help_text="The period's label, as read (e.g. “2025”).")
    amount = serializers.DecimalField(max_digits=14, decimal_places=2, allow_null=True,
                                      min_value=-10**12, max_value=10**12)


class CostsSerializer(serializers.Serializer):
    revision = serializers.IntegerField(required=False, min_value=0,
                                        help_text="`revisions.costs` as read, or If-Match.")
    cells = CellSerializer(many=True, max_length=MAX_CELLS)


def _codes(version) -> tuple[dict[str, int], dict[str, int]]:
    categories = {c.code: c.pk for c in selectors.categories_of(version.budget)}
    periods = {p.label: p.pk for p in selectors.periods_of(version)}
    return categories, periods


def _cost_amounts(version, cells) -> dict[tuple[int, int], Decimal | None]:
    """The cells as the service takes them, keyed by (category, period) id; a 400 naming
    each cell whose category or period is not the budget's."""
    categories, periods = _codes(version)
    amounts: dict[tuple[int, int], Decimal | None] = {}
    errors: dict[str, list[str]] = {}
    for index, cell in enumerate(cells):
        if cell["category"] not in categories:
            errors[f"cells.{index}.category"] = [_("Not a cost category of this budget.")]
        elif cell["period"] not in periods:
            errors[f"cells.{index}.period"] = [_("Not a period of this budget.")]
        else:
            amounts[(categories[cell["category"]], periods[cell["period"]])] = cell["amount"]
    if errors:
        raise serializers.ValidationError(errors)
    return amounts


class CostsView(APIView):
    @extend_schema(request=CostsSerializer, parameters=[IF_MATCH],
                   responses=write_responses(BudgetRead),
                   summary="Save cost cells (cells not sent stay as they are)")
    def put(self, request, slug, budget_id):
        version = _version(request, slug, budget_id, "can_edit_application")
        return write_through(request, CostsSerializer, lambda data, revision: (
            budgets.save_costs(version=version, actor=request.user,
                               amounts=_cost_amounts(version, data["cells"]),
                               expected_revision=revision)),
            lambda: _fresh(slug, request, budget_id))


class SourceSerializer(serializers.Serializer):
    id = serializers.IntegerField(required=False, allow_null=True, default=None)
    financier = serializers.PrimaryKeyRelatedField(
        queryset=Organisation.objects.all(), required=False, allow_null=True, default=None)
    description = serializers.CharField(required=False, allow_blank=True, default="",
                                        max_length=200)
    type = serializers.ChoiceField(choices=FinancingType.choices)
    preliminary = serializers.BooleanField(required=False, default=False)
    amounts = serializers.DictField(
        child=serializers.DecimalField(max_digits=14, decimal_places=2, allow_null=True,
                                       min_value=-10**12, max_value=10**12),
        required=False, default=dict, help_text="Period label → amount.")
    delete = serializers.BooleanField(required=False, default=False)


class FinancingSerializer(serializers.Serializer):
    revision = serializers.IntegerField(required=False, min_value=0,
                                        help_text="`revisions.financing` as read, or If-Match.")
    rows = SourceSerializer(many=True, max_length=200)


def _financing_rows(version, rows) -> list[financing.SourceInput]:
    """The rows as the service takes them; a 400 naming each row with a period that is not
    the budget's."""
    _categories, periods = _codes(version)
    found, errors = [], {}
    for index, row in enumerate(rows):
        unknown = [label for label in row["amounts"] if label not in periods]
        if unknown:
            errors[f"rows.{index}.amounts"] = [_("Not a period of this budget.")
                                               + f" ({unknown[0]})"]
            continue
        found.append(financing.SourceInput(
            id=row["id"], financier_id=row["financier"].pk if row["financier"] else None,
            description=row["description"], financing_type=row["type"],
            preliminary=row["preliminary"], delete=row["delete"],
            amounts={periods[label]: value for label, value in row["amounts"].items()}))
    if errors:
        raise serializers.ValidationError(errors)
    return found


class FinancingView(APIView):
    @extend_schema(request=FinancingSerializer, parameters=[IF_MATCH],
                   responses=write_responses(BudgetRead),
                   summary="Save the financing plan's rows, in the order given")
    def put(self, request, slug, budget_id):
        version = _version(request, slug, budget_id, "can_edit_application")
        return write_through(request, FinancingSerializer, lambda data, revision: (
            financing.save_financing(version=version, actor=request.user,
                                     rows=_financing_rows(version, data["rows"]),
                                     expected_revision=revision)),
            lambda: _fresh(slug, request, budget_id))


# Outcome reports.

class ReportCreateSerializer(serializers.Serializer):
    budget = serializers.IntegerField()
    label = serializers.CharField(max_length=100)
    period_start = serializers.DateField(required=False, allow_null=True, default=None)
    period_end = serializers.DateField(required=False, allow_null=True, default=None)
    note = serializers.CharField(required=False, allow_blank=True, default="", max_length=5000)


class ReceivedSerializer(serializers.Serializer):
    financier = serializers.PrimaryKeyRelatedField(
        queryset=Organisation.objects.all(), required=False, allow_null=True, default=None)
    description = serializers.CharField(required=False, allow_blank=True, default="",
                                        max_length=200)
    type = serializers.ChoiceField(choices=FinancingType.choices)
    amount = serializers.DecimalField(max_digits=14, decimal_places=2, allow_null=True,
                                      min_value=-10**12, max_value=10**12)


class ReportSaveSerializer(serializers.Serializer):
    revision = serializers.IntegerField(required=False, min_value=0)
    costs = serializers.DictField(
        child=serializers.DecimalField(max_digits=14, decimal_places=2, allow_null=True,
                                       min_value=-10**12, max_value=10**12),
        help_text="Cost category code → amount for the period.")
    received = ReceivedSerializer(many=True, max_length=200, required=False, default=list)
    note = serializers.CharField(required=False, allow_null=True, default=None,
                                 allow_blank=True, max_length=5000)


def _report_json(report: OutcomeReport) -> dict:
    return {"id": report.pk, "budget": report.budget_id, "number": report.number,
            "label": report.label, "status": report.status, "revision": report.revision,
            "costs": {c.category.code: str(c.amount)
                      for c in report.costs.select_related("category")},
            "received": [{"financier": f.financier_id, "description": f.description,
                          "type": f.financing_type, "amount": str(f.amount)}
                         for f in report.financing.all()],
            "note": report.note}


def _report(request, slug: str, report_id: int, ability: str):
    project, _finance = abilities_for(request.user, slug, FinanceAccess, ability)
    return get_object_or_404(OutcomeReport.objects.select_related("budget"), pk=report_id,
                             budget__project=project)


def create_report(request, slug: str) -> Response:
    project, _finance = abilities_for(request.user, slug, FinanceAccess, "can_report_outcome")

    def add(data):
        data = dict(data)
        budget = selectors.current_version(project, data.pop("budget")).budget
        return outcome.create_report(budget=budget, actor=request.user, **data)

    return write_new(request, ReportCreateSerializer, add, _report_json)


class ReportView(APIView):
    @extend_schema(responses=OutcomeReportRead, summary="One outcome report as typed")
    def get(self, request, slug, report_id):
        return Response(_report_json(_report(request, slug, report_id, "can_view")))

    @extend_schema(request=ReportSaveSerializer, parameters=[IF_MATCH],
                   responses=write_responses(OutcomeReportRead),
                   summary="Replace the report's costs and financing received")
    def put(self, request, slug, report_id):
        report = _report(request, slug, report_id, "can_report_outcome")
        codes = {c.code: c.pk for c in selectors.categories_of(report.budget)}

        def write(data, revision):
            if unknown := [code for code in data["costs"] if code not in codes]:
                raise serializers.ValidationError({"costs": [
                    _("Not a cost category of this budget.") + f" ({unknown[0]})"]})
            outcome.save_report(
                report=report, actor=request.user, expected_revision=revision,
                note=data["note"],
                costs={codes[code]: value for code, value in data["costs"].items()},
                received=[outcome.ReceivedInput(
                    financier_id=item["financier"].pk if item["financier"] else None,
                    description=item["description"], financing_type=item["type"],
                    amount=item["amount"]) for item in data["received"]])

        def read():
            report.refresh_from_db()
            return _report_json(report)

        return write_through(request, ReportSaveSerializer, write, read)


class ReportSubmitView(APIView):
    @extend_schema(request=None, responses=write_responses(OutcomeReportRead),
                   summary="Submit the outcome report; it does not change afterwards")
    def post(self, request, slug, report_id):
        report = _report(request, slug, report_id, "can_report_outcome")
        return Response(_report_json(outcome.submit_report(report=report, actor=request.user)))


# The programme's finance rules, read only: what a budget must follow.

class ProgrammeRulesView(APIView):
    @extend_schema(responses=ProgrammeRulesRead, operation_id="programme_finance_rules",
                   summary="Cost categories, financing caps and currency rules of a programme")
    def get(self, request, programme_slug):
        from finance.models import ProgrammeRules

        rules = get_object_or_404(
            ProgrammeRules.objects.select_related("programme", "category_set")
            .prefetch_related("alternative_sets", "caps", "currency_rules",
                              "category_set__categories"),
            programme__slug=programme_slug)
        return Response({
            "programme": rules.programme.slug, "period_balance": rules.period_balance,
            "notes": rules.notes,
            "category_set": {"slug": rules.category_set.slug, "name": rules.category_set.name,
                             "categories": [{
                                 "code": c.code, "name_sv": c.name_sv, "name_nb": c.name_nb,
                                 "kind": c.kind, "flat_rate_percent": None
                                 if c.flat_rate_percent is None else str(c.flat_rate_percent)}
                                 for c in rules.category_set.categories.all()]},
            "alternative_sets": [s.slug for s in rules.alternative_sets.all()],
            "caps": [{"label": c.label, "financing_type": c.financing_type,
                      "per_financier": c.per_financier, "max_percent": str(c.max_percent),
                      "basis": c.basis, "severity": c.severity} for c in rules.caps.all()],
            "currencies": [{"currency": c.currency, "method": c.method,
                            "fixed_rate": None if c.fixed_rate is None else str(c.fixed_rate)}
                           for c in rules.currency_rules.all()],
        })
