"""Organisations through the API: found by name, number or kind, and added by the people
writing an application (the same service as the page's "add an organisation")."""

import django_filters
from django.db.models import Q
from drf_spectacular.utils import extend_schema
from rest_framework import generics, serializers, status
from rest_framework.response import Response

from portal.models import Country, Organisation, OrganisationKind
from projects.access import project_for
from projects.api_common import StableOrdering, input_serializer, write_responses
from projects.services.organisations import NewOrganisation, add_organisation


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


OrganisationWrite = input_serializer(
    NewOrganisation, "OrganisationWrite", project=serializers.SlugField(
    help_text="The application that names the organisation (you write it)."))


class OrganisationList(generics.ListAPIView):
    serializer_class = OrganisationSerializer
    filterset_class = OrganisationFilter
    filter_backends = [*generics.ListAPIView.filter_backends, StableOrdering]
    ordering_fields = ["name", "country", "kind"]
    ordering = ["name"]
    queryset = Organisation.objects.all()

    @extend_schema(request=OrganisationWrite,
                   responses=write_responses(OrganisationSerializer, created=True),
                   summary="Add a company, university or other organisation for an application")
    def post(self, request):
        serializer = OrganisationWrite(data=request.data)
        serializer.is_valid(raise_exception=True)
        project, _access = project_for(request.user, serializer.extras["project"],
                                       "can_edit_application")
        organisation = add_organisation(actor=request.user, project=project,
                                        data=serializer.validated_data)
        return Response(OrganisationSerializer(organisation).data,
                        status=status.HTTP_201_CREATED)
