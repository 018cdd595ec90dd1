"""Read-only API of projects. Lists come from the same selector and filters as the pages;
a single project comes through the access helper, exactly like the pages."""

from functools import partial

from django.shortcuts import get_object_or_404
from django.utils.translation import get_language
from drf_spectacular.utils import OpenApiParameter, extend_schema, inline_serializer
from rest_framework import generics, serializers
from rest_framework.pagination import PageNumberPagination
from rest_framework.response import Response
from rest_framework.views import APIView

from portal import stamps
from projects import api_writes, comparisons, selectors
from projects.access import project_for
from projects.api_common import StableOrdering, paged, paged_schema, write_responses
from projects.api_types import ApplicationRead, VersionSummary
from projects.application import APPLICATION, application_now
from projects.documents.compare import Difference
from projects.documents.versions import opened
from projects.filters import ProjectFilter


class ProjectSerializer(serializers.Serializer):
    """A ProjectCard."""

    slug = serializers.CharField()
    title = serializers.CharField()
    programme = serializers.CharField()
    owner = serializers.CharField(allow_null=True)
    status = serializers.CharField()
    status_label = serializers.CharField()
    start_date = serializers.DateField(allow_null=True)
    end_date = serializers.DateField(allow_null=True)
    granted_amount = serializers.DecimalField(max_digits=14, decimal_places=2,
                                              allow_null=True)
    url = serializers.CharField()


class CardPagination(PageNumberPagination):
    page_size_query_param = "page_size"
    max_page_size = 500

    def paginate_queryset(self, queryset, request, view=None):
        """Pages kept under the stamps the view's list came with (`listed_projects`)."""
        self.django_paginator_class = partial(  # type: ignore[assignment] # called alike
            selectors.CardPaginator, stamped=getattr(view, "stamped", None))
        return super().paginate_queryset(queryset, request, view)


class ProjectList(generics.ListAPIView):
    """The projects the person may see, filtered as on the project list page."""

    serializer_class = ProjectSerializer
    filterset_class = ProjectFilter
    pagination_class = CardPagination
    filter_backends = [*generics.ListAPIView.filter_backends, StableOrdering]
    ordering_fields = ["title", "start_date", "end_date", "status", "granted_amount"]
    ordering = ["title"]

    stamped: stamps.Stamped | None = None

    def get_queryset(self):
        projects, self.stamped = selectors.listed_projects(self.request.user)
        return projects

    @extend_schema(request=api_writes.ProjectCreateSerializer,
                   responses=write_responses(inline_serializer("ProjectCreated", {
                       "slug": serializers.CharField(), "title": serializers.CharField(),
                       "status": serializers.CharField()}), created=True),
                   summary="Start a new draft application; you become its project manager")
    def post(self, request):
        return api_writes.create(request)


class ProjectDetailSerializer(ProjectSerializer):
    """The card with the person's role, the whole application and its versions."""

    your_role = serializers.CharField(allow_null=True, help_text="Your role in the project; "
                                      "null for the funding body's staff.")
    application = ApplicationRead
    versions = VersionSummary


class ProjectDetail(APIView):
    """The project and its whole application, as a frozen version would hold it."""

    @extend_schema(responses=ProjectDetailSerializer, operation_id="project_read")
    def get(self, request, slug):
        project, access = project_for(request.user, slug)
        card = selectors.cards(selectors.project_cards(
            selectors.project_list(request.user).filter(pk=project.pk)))[0]
        return Response({
            **ProjectSerializer(card).data,
            "your_role": access.role,
            "application": application_now(project),
            "versions": [
                {"number": v.number, "kind": v.kind, "created_at": v.created_at}
                for v in selectors.application_versions(project).defer("content")
            ],
        })


VersionRead = inline_serializer("Version", {
    "number": serializers.IntegerField(), "kind": serializers.CharField(),
    "created_at": serializers.DateTimeField(), "content": serializers.JSONField()})
Differences = paged_schema(
    "Differences", inline_serializer("Difference", {
        "path": serializers.CharField(), "where": serializers.CharField(),
        "old": serializers.CharField(allow_blank=True),
        "new": serializers.CharField(allow_blank=True)}, many=True),
    **{"from": serializers.IntegerField(allow_null=True, help_text="The version compared "
                                        "from; null when there is none before."),
       "to": serializers.CharField(help_text="The version compared with, or `nu`.")})
PAGE_QUERY = [
    OpenApiParameter("page", int, required=False, description="The page, from 1."),
    OpenApiParameter("page_size", int, required=False,
                     description="Differences a page: 50 unless asked, at most 500."),
]


class VersionDetail(APIView):
    """A frozen version as it was frozen; it never changes."""

    @extend_schema(responses=VersionRead)
    def get(self, request, slug, number):
        project, _access = project_for(request.user, slug)
        version = get_object_or_404(selectors.application_versions(project)
                                    .select_related("document"), number=number)
        return Response({"number": version.number, "kind": version.kind,
                         "created_at": version.created_at, "content": opened(version)})


class CompareQuery(serializers.Serializer):
    fran = serializers.IntegerField(required=False, min_value=1, max_value=2**31 - 1)
    till = serializers.RegexField(r"^(nu|[1-9][0-9]{0,8})$", required=False)


class VersionCompare(APIView):
    """Field by field, what changed between two versions (`fran`, `till`), or between a
    version and the application as it is now (`till=nu`, the default), a page at a time in
    the order of the application: a large project differs in thousands of fields."""

    @extend_schema(responses=Differences, parameters=[CompareQuery, *PAGE_QUERY])
    def get(self, request, slug):
        project, _access = project_for(request.user, slug)
        asked = CompareQuery(data=request.query_params)
        asked.is_valid(raise_exception=True)
        versions = list(selectors.application_versions(project).select_related("document")
                        .defer("content"))  # read only for the sides compared, when not kept
        by_number = {str(v.number): v for v in versions}
        old = by_number.get(request.GET.get("fran")) or (
            versions[-2] if len(versions) > 1 else None)
        new = by_number.get(request.GET.get("till", "nu"))
        # A page of the answer, kept as shaped: loading the whole kept comparison of a
        # large project's version with now cost most of the request. The address (with
        # its host, as the links to the next page are) names the page.
        return Response(stamps.kept(
            "api-compare-page", project.pk, (comparisons.side(old), comparisons.side(new),
                                             get_language(), request.build_absolute_uri()),
            lambda: paged(request, comparisons.differences(project, old, new), _difference,
                          **{"from": old.number if old else None,
                             "to": str(new.number) if new else "nu"}).data))


def _difference(found: Difference) -> dict:
    return {"path": found.path, "where": str(APPLICATION.describe_path(found.path)),
            "old": str(found.old), "new": str(found.new)}
