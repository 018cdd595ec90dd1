"""Organisations through the API: found by name, number or kind (as the organisation
chooser finds them), and registered by a signed-in person so an application can name them."""

import django_filters
from django.db.models import Q
from drf_spectacular.utils import extend_schema
from rest_framework import generics, serializers, status
from rest_framework.response import Response

from portal.models import Country, Organisation, OrganisationKind
from projects.api_common import StableOrdering, input_serializer, parsed, write_responses
from projects.services.organisations import OrganisationInput, register_organisation


class OrganisationFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(method="search", label="Name, organisation number or code")
    kind = django_filters.ChoiceFilter(choices=OrganisationKind.choices)
    country = django_filters.ChoiceFilter(choices=Country.choices)

    class Meta:
        model = Organisation
        fields = ["q", "kind", "country"]

    def search(self, queryset, name, value):
        value = value.strip()
        return queryset.filter(Q(name__icontains=value) | Q(organisation_number=value)
                               | Q(municipality_code=value)) if value else queryset


class OrganisationSerializer(serializers.ModelSerializer):
    class Meta:
        model = Organisation
        fields = ["id", "name", "kind", "country", "organisation_number", "municipality_code",
                  "population"]


OrganisationWrite = input_serializer(OrganisationInput, "OrganisationWrite")


class OrganisationList(generics.ListAPIView):
    serializer_class = OrganisationSerializer
    filterset_class = OrganisationFilter
    filter_backends = [*generics.ListAPIView.filter_backends, StableOrdering]
    ordering_fields = ["name", "country", "kind"]
    ordering = ["name"]
    queryset = Organisation.objects.all()

    @extend_schema(request=OrganisationWrite,
                   responses=write_responses(OrganisationSerializer, created=True),
                   summary="Register an organisation (not a funding body)")
    def post(self, request):
        data, _revision = parsed(OrganisationWrite, request)
        organisation = register_organisation(actor=request.user, data=data)
        return Response(OrganisationSerializer(organisation).data,
                        status=status.HTTP_201_CREATED)
