from django.urls import path

from projects import api
from projects.views import (
    history,
    listing,
    organisations,
    overview,
    sections,
    team,
    versions,
    workflow,
)

app_name = "projects"

urlpatterns = [
    path("projekt/", listing.project_list, name="list"),
    path("projekt/ny/", listing.project_create, name="create"),
    path("projekt/kommuner/", listing.municipality_suggestions, name="municipalities"),
    path("inbjudan/<str:token>/", team.invitation, name="invitation"),
]

project_urlpatterns = [
    path("", overview.project_overview, name="overview"),
    path("avsnitt/<str:key>/", sections.section_edit, name="section"),
    path("skicka-in/", workflow.submit, name="submit"),
    path("beslut/<str:action>/", workflow.transition, name="transition"),
    path("andring/", workflow.change_request, name="change_request"),
    path("versioner/", versions.version_list, name="versions"),
    path("versioner/<int:number>/", versions.version_detail, name="version"),
    path("versioner/jamfor/", versions.version_compare, name="compare"),
    path("historik/", history.project_history, name="history"),
    path("team/", team.team, name="team"),
    path("organisationer/", organisations.organisation_search, name="organisations"),
    path("organisationer/ny/", organisations.organisation_add, name="organisation_add"),
]

api_urlpatterns = [
    path("projekt/", api.ProjectList.as_view(), name="list"),
]

project_api_urlpatterns = [
    path("", api.ProjectDetail.as_view(), name="detail"),
]
