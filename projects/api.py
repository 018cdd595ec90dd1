"""Read-only API of projects. Lists come from the same selector and filters as the pages;
a single project comes through the access helper, exactly like the pages."""

from rest_framework import generics, serializers
from rest_framework.pagination import PageNumberPagination
from rest_framework.response import Response
from rest_framework.views import APIView

from projects import selectors
from projects.access import project_for
from projects.filters import ProjectFilter
from projects.snapshot import build_snapshot


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
    django_paginator_class = selectors.CardPaginator


class ProjectList(generics.ListAPIView):
    serializer_class = ProjectSerializer
    filterset_class = ProjectFilter
    pagination_class = CardPagination

    def get_queryset(self):
        return selectors.project_list(self.request.user)


class ProjectDetail(APIView):
    """The project and its whole application, as a frozen version would hold it."""

    def get(self, request, slug):
        _project, access = project_for(request.user, slug)
        project = selectors.project_with_application(slug)
        card = selectors.cards(selectors.project_cards(
            selectors.project_list(request.user).filter(pk=project.pk)))[0]
        return Response({
            **ProjectSerializer(card).data,
            "your_role": access.role,
            "application": build_snapshot(project),
            "versions": [
                {"number": v.number, "kind": v.kind, "created_at": v.created_at}
                for v in selectors.application_versions(project).defer("content")
            ],
        })
