"""Read-only API of projects. Lists come from the same selector and filters as the pages;
a single project comes through the access helper, exactly like the pages."""

from rest_framework import generics, serializers
from rest_framework.response import Response
from rest_framework.views import APIView

from projects import selectors
from projects.access import project_for
from projects.filters import ProjectFilter
from projects.models import Project
from projects.snapshot import build_snapshot


class ProjectSerializer(serializers.ModelSerializer):
    programme = serializers.CharField(source="programme.name")
    owner = serializers.CharField(source="owner_name", default=None)
    status_label = serializers.CharField(source="get_status_display")
    url = serializers.CharField(source="get_absolute_url")

    class Meta:
        model = Project
        fields = ["slug", "title", "programme", "owner", "status", "status_label",
                  "start_date", "end_date", "granted_amount", "url"]


class ProjectList(generics.ListAPIView):
    serializer_class = ProjectSerializer
    filterset_class = ProjectFilter

    def get_queryset(self):
        return selectors.project_list(self.request.user)


class ProjectDetail(APIView):
    """The project and its whole application, as a frozen version would hold it."""

    def get(self, request, slug):
        _project, access = project_for(request.user, slug)
        project = selectors.project_with_application(slug)
        project.owner_name = next(
            (p.organisation.name for p in project.participations.all() if p.role == "owner"), None
        )
        return Response({
            **ProjectSerializer(project).data,
            "your_role": access.role,
            "application": build_snapshot(project),
            "versions": [
                {"number": v.number, "kind": v.kind, "created_at": v.created_at}
                for v in project.versions.all()
            ],
        })
