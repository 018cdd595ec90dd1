"""The shapes the finance API answers with, for the schema (and so for generated clients):
amounts are decimal strings with a point, periods are keyed by their label."""

from rest_framework import serializers

from finance.models import ExchangeRate
from projects.api_common import paged_schema

AMOUNT = {"help_text": "A decimal string with a point, e.g. \"1748975.29\"."}


def _amounts(**options) -> serializers.DictField:
    return serializers.DictField(child=serializers.CharField(), help_text="Period label → "
                                 "amount (a decimal string).", **options)


class FindingRead(serializers.Serializer):
    severity = serializers.CharField()
    code = serializers.CharField()
    message = serializers.CharField()


class PeriodRead(serializers.Serializer):
    label = serializers.CharField()
    start = serializers.DateField(allow_null=True)
    end = serializers.DateField(allow_null=True)


class CostRowRead(serializers.Serializer):
    category = serializers.CharField(help_text="The cost category's code.")
    name = serializers.CharField()
    kind = serializers.CharField()
    computed = serializers.BooleanField(help_text="A flat rate, computed from other rows.")
    percent = serializers.CharField(allow_null=True)
    amounts = _amounts()
    total = serializers.CharField(**AMOUNT)


class FinancingRowRead(serializers.Serializer):
    id = serializers.IntegerField()
    financier = serializers.CharField(allow_null=True)
    financier_id = serializers.IntegerField(allow_null=True)
    description = serializers.CharField(allow_blank=True)
    type = serializers.CharField()
    preliminary = serializers.BooleanField()
    amounts = _amounts()
    total = serializers.CharField(**AMOUNT)


class PeriodTotalRead(serializers.Serializer):
    period = serializers.CharField()
    eligible_cost = serializers.CharField(**AMOUNT)
    financing = serializers.CharField(**AMOUNT)
    difference = serializers.CharField(**AMOUNT)


class BudgetTotalsRead(serializers.Serializer):
    cost = serializers.CharField(**AMOUNT)
    income = serializers.CharField(**AMOUNT)
    eligible_cost = serializers.CharField(**AMOUNT)
    financing = serializers.CharField(**AMOUNT)
    difference = serializers.CharField(**AMOUNT)
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
    periods = PeriodRead(many=True)
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
    approved = serializers.CharField(**AMOUNT)
    previously_reported = serializers.CharField(**AMOUNT)
    this_period = serializers.CharField(**AMOUNT)
    accumulated = serializers.CharField(**AMOUNT)
    remaining = serializers.CharField(**AMOUNT)


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
    amount = serializers.CharField(**AMOUNT)


class OutcomeReportRead(serializers.Serializer):
    id = serializers.IntegerField()
    budget = serializers.IntegerField()
    number = serializers.IntegerField()
    label = serializers.CharField()
    status = serializers.CharField()
    revision = serializers.IntegerField()
    costs = serializers.DictField(child=serializers.CharField(),
                                  help_text="Cost category code → amount.")
    received = ReceivedRead(many=True)
    note = serializers.CharField(allow_blank=True)


class ExchangeRateRead(serializers.ModelSerializer):
    class Meta:
        model = ExchangeRate
        fields = ["id", "currency", "per_currency", "rate", "valid_from", "source"]


ExchangeRatePage = paged_schema("ExchangeRatePage", ExchangeRateRead)
