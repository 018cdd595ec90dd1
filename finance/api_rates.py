"""Exchange rates through the API: a project's readers read the rates its budgets are
converted at; the funding bodies' administrators keep the table (the same rules and audit
entries as the admin, through `finance.services.rates`)."""

from decimal import Decimal

from django.db.models import Q
from drf_spectacular.utils import extend_schema
from rest_framework import serializers, status
from rest_framework.response import Response
from rest_framework.views import APIView

from finance.api_types import ExchangeRatePage, ExchangeRateRead
from finance.models import Budget, Currency, ExchangeRate
from finance.services import rates
from projects.access import project_for
from projects.api_common import input_serializer, paged, parsed, write_responses

RateWrite = input_serializer(
    rates.RateInput, "ExchangeRateWrite",
    currency=serializers.ChoiceField(choices=Currency.choices),
    per_currency=serializers.ChoiceField(choices=Currency.choices),
    rate=serializers.DecimalField(max_digits=14, decimal_places=6, min_value=Decimal("0.000001"),
                                  help_text="Units of `currency` per one `per_currency`."))


def _shape(rate: ExchangeRate) -> dict:
    return ExchangeRateRead(rate).data


class ProjectRates(APIView):
    @extend_schema(responses=ExchangeRatePage, operation_id="project_exchange_rates",
                   summary="The exchange rates between the currencies of the project's budgets "
                           "and its programme's reporting currency, newest first")
    def get(self, request, slug):
        project, _access = project_for(request.user, slug)
        currencies = {*Budget.objects.filter(project=project).values_list("currency",
                                                                            flat=True),
                      project.programme.reporting_currency}
        found = (ExchangeRate.objects.filter(Q(currency__in=currencies)
                                             & Q(per_currency__in=currencies))
                 .order_by("currency", "per_currency", "-valid_from", "pk"))
        return paged(request, found, _shape)


class RateList(APIView):
    @extend_schema(responses=ExchangeRatePage, operation_id="exchange_rates",
                   summary="The whole exchange-rate table (administrators)")
    def get(self, request):
        rates.require_administrator(request.user)
        return paged(request, ExchangeRate.objects.order_by(
            "currency", "per_currency", "-valid_from", "pk"), _shape)

    @extend_schema(request=RateWrite, responses=write_responses(ExchangeRateRead, created=True),
                   summary="Add an exchange rate; budgets converted at the day's rate follow")
    def post(self, request):
        rates.require_administrator(request.user)  # before reading, so others learn nothing
        data, _revision = parsed(RateWrite, request)
        rate = rates.save_rate(actor=request.user, data=data)
        return Response(_shape(rate), status=status.HTTP_201_CREATED)


class RateDetail(APIView):
    @extend_schema(request=RateWrite, responses=write_responses(ExchangeRateRead),
                   summary="Correct an exchange rate")
    def put(self, request, rate_id):
        rates.require_administrator(request.user)
        data, _revision = parsed(RateWrite, request)
        return Response(_shape(rates.save_rate(actor=request.user, data=data, rate_id=rate_id)))

    @extend_schema(request=None, responses=write_responses(None),
                   summary="Remove an exchange rate")
    def delete(self, request, rate_id):
        rates.remove_rate(actor=request.user, rate_id=rate_id)
        return Response(status=status.HTTP_204_NO_CONTENT)
