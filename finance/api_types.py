"""The shapes the finance API answers with, for the schema (and so for generated clients):
amounts are decimal strings with a point, periods are keyed by their label."""

from drf_spectacular.utils import inline_serializer
from rest_framework import serializers

from finance.models import ExchangeRate
from projects.api_common import paged_schema


def _amount() -> serializers.CharField:
    return serializers.CharField(help_text="A decimal string with a point, e.g. “1748975.29”.")


def _amounts(**options) -> serializers.DictField:
    return serializers.DictField(child=serializers.CharField(), help_text="Period label → "
                                 "amount (a decimal string).", **options)


class FindingRead(serializers.Serializer):
    severity = serializers.CharField()
    code = serializers.CharField()
    message = serializers.CharField()


# `label` names a serializer's own attribute too: these are built from a dict of fields.
PeriodRead = inline_serializer("PeriodRead", {
    "label": serializers.CharField(), "start": serializers.DateField(allow_null=True),
    "end": serializers.DateField(allow_null=True)}, many=True)


class CostRowRead(serializers.Serializer):
    category = serializers.CharField(help_text="The cost category's code.")
    name = serializers.CharField()
    kind = serializers.CharField()
    computed = serializers.BooleanField(help_text="A flat rate, computed from other rows.")
    percent = serializers.CharField(allow_null=True)
    amounts = _amounts()
    total = _amount()


class FinancingRowRead(serializers.Serializer):
    id = serializers.IntegerField()
    financier = serializers.CharField(allow_null=True)
    financier_id = serializers.IntegerField(allow_null=True)
    description = serializers.CharField(allow_blank=True)
    type = serializers.CharField()
    preliminary = serializers.BooleanField()
    amounts = _amounts()
    total = _amount()


class PeriodTotalRead(serializers.Serializer):
    period = serializers.CharField()
    eligible_cost = _amount()
    financing = _amount()
    difference = _amount()


class BudgetTotalsRead(serializers.Serializer):
    cost = _amount()
    income = _amount()
    eligible_cost = _amount()
    financing = _amount()
    difference = _amount()
    by_period = PeriodTotalRead(many=True)


class RevisionsRead(serializers.Serializer):
    costs = serializers.IntegerField(help_text="Send it back with a write of the costs.")
    financing = serializers.IntegerField(help_text="Send it back with a write of the plan.")


class BudgetRead(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()
    currency = serializers.CharField()
    category_set = serializers.CharField()
    version = serializers.IntegerField()
    revisions = RevisionsRead()
    periods = PeriodRead
    costs = CostRowRead(many=True)
    financing = FinancingRowRead(many=True)
    totals = BudgetTotalsRead()
    findings = FindingRead(many=True)
    conversion = serializers.DictField(required=False, help_text="Into the programme's "
                                       "reporting currency: rate, method, whether frozen.")


class JointRead(serializers.Serializer):
    eligible_cost = serializers.CharField(allow_null=True)
    financing = serializers.CharField(allow_null=True)


BudgetPage = paged_schema(
    "BudgetPage", BudgetRead, project=serializers.CharField(),
    reporting_currency=serializers.CharField(),
    joint=JointRead(help_text="Every budget together, in the reporting currency."),
    project_findings=FindingRead(many=True))


class OutcomeLineRead(serializers.Serializer):
    name = serializers.CharField()
    approved = _amount()
    previously_reported = _amount()
    this_period = _amount()
    accumulated = _amount()
    remaining = _amount()


class OutcomeFinancingLineRead(OutcomeLineRead):
    type = serializers.CharField()


class OutcomeSummaryRead(serializers.Serializer):
    id = serializers.IntegerField()
    revision = serializers.IntegerField()
    budget = serializers.IntegerField()
    number = serializers.IntegerField()
    period = serializers.CharField()
    status = serializers.CharField()
    costs = OutcomeLineRead(many=True)
    financing = OutcomeFinancingLineRead(many=True)


OutcomePage = paged_schema("OutcomePage", OutcomeSummaryRead, project=serializers.CharField())


class ReceivedRead(serializers.Serializer):
    financier = serializers.IntegerField(allow_null=True)
    description = serializers.CharField(allow_blank=True)
    type = serializers.CharField()
    amount = _amount()


OutcomeReportRead = inline_serializer("OutcomeReportRead", {
    "id": serializers.IntegerField(), "budget": serializers.IntegerField(),
    "number": serializers.IntegerField(), "label": serializers.CharField(),
    "status": serializers.CharField(), "revision": serializers.IntegerField(),
    "costs": serializers.DictField(child=serializers.CharField(),
                                   help_text="Cost category code → amount."),
    "received": ReceivedRead(many=True), "note": serializers.CharField(allow_blank=True)})


class ExchangeRateRead(serializers.ModelSerializer):
    class Meta:
        model = ExchangeRate
        fields = ["id", "currency", "per_currency", "rate", "valid_from", "source"]


ExchangeRatePage = paged_schema("ExchangeRatePage", ExchangeRateRead)


ProgrammeRulesRead = inline_serializer("ProgrammeFinanceRules", {
    "programme": serializers.CharField(help_text="The programme's slug."),
    "period_balance": serializers.CharField(), "notes": serializers.CharField(allow_blank=True),
    "category_set": inline_serializer("CostCategorySetRead", {
        "slug": serializers.CharField(), "name": serializers.CharField(),
        "categories": inline_serializer("CostCategoryRead", {
            "code": serializers.CharField(), "name_sv": serializers.CharField(),
            "name_nb": serializers.CharField(allow_blank=True), "kind": serializers.CharField(),
            "flat_rate_percent": serializers.CharField(allow_null=True)}, many=True)}),
    "alternative_sets": serializers.ListField(child=serializers.CharField(),
                                              help_text="Slugs of the other category sets "
                                                        "a budget may use."),
    "caps": inline_serializer("FinancingCapRead", {
        "label": serializers.CharField(), "financing_type": serializers.CharField(),
        "per_financier": serializers.BooleanField(), "max_percent": serializers.CharField(),
        "basis": serializers.CharField(), "severity": serializers.CharField()}, many=True),
    "currencies": inline_serializer("CurrencyRuleRead", {
        "currency": serializers.CharField(), "method": serializers.CharField(),
        "fixed_rate": serializers.CharField(allow_null=True)}, many=True)})
