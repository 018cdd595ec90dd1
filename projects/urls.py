from django.urls import path

from projects import api
from projects.views import history, listing, overview, sections, team, versions, workflow

app_name = "projects"

urlpatterns = [
    path("", listing.project_list, name="list"),
    path("ny/", listing.project_create, name="create"),
    path("<slug:slug>/", overview.project_overview, name="overview"),
    path("<slug:slug>/avsnitt/<str:key>/", sections.section_edit, name="section"),
    path("<slug:slug>/skicka-in/", workflow.submit, name="submit"),
    path("<slug:slug>/beslut/<str:action>/", workflow.transition, name="transition"),
    path("<slug:slug>/andring/", workflow.change_request, name="change_request"),
    path("<slug:slug>/versioner/", versions.version_list, name="versions"),
    path("<slug:slug>/versioner/<int:number>/", versions.version_detail, name="version"),
    path("<slug:slug>/versioner/jamfor/", versions.version_compare, name="compare"),
    path("<slug:slug>/historik/", history.project_history, name="history"),
    path("<slug:slug>/team/", team.team, name="team"),
]

api_urlpatterns = [
    path("", api.ProjectList.as_view(), name="api_list"),
    path("<slug:slug>/", api.ProjectDetail.as_view(), name="api_detail"),
]
