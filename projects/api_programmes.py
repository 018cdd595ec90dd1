"""Programmes through the API, read only: the funding schemes an application is written for.
Their administrator sets them up; each app adds its own rules (`finance_api:rules`)."""

import django_filters
from rest_framework import generics, serializers

from projects.api_common import StableOrdering
from projects.models import ApplicationForm, Programme


class ProgrammeFilter(django_filters.FilterSet):
    application_form = django_filters.ChoiceFilter(choices=ApplicationForm.choices)
    is_open = django_filters.BooleanFilter()

    class Meta:
        model = Programme
        fields = ["application_form", "is_open", "country"]


class ProgrammeSerializer(serializers.ModelSerializer):
    funding_body = serializers.CharField(source="funding_body.name")

    class Meta:
        model = Programme
        fields = ["id", "slug", "name", "funding_body", "country", "application_form",
                  "reporting_currency", "period_start", "period_end", "is_open", "description"]


class ProgrammeList(generics.ListAPIView):
    serializer_class = ProgrammeSerializer
    filterset_class = ProgrammeFilter
    filter_backends = [*generics.ListAPIView.filter_backends, StableOrdering]
    ordering_fields = ["name", "period_start"]
    ordering = ["name"]
    queryset = Programme.objects.select_related("funding_body")
