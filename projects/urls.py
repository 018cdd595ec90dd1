from django.urls import path

from projects import api, api_organisations, api_programmes, api_writes
from projects.views import (
    history,
    inbox,
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
    path("inkorg/", inbox.inbox, name="inbox"),
    path("konto/aviseringar/", inbox.notification_settings, name="notifications"),
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
    path("organisationer/", api_organisations.OrganisationList.as_view(), name="organisations"),
    path("program/", api_programmes.ProgrammeList.as_view(), name="programmes"),
]

project_api_urlpatterns = [
    path("", api.ProjectDetail.as_view(), name="detail"),
    *[path(f"avsnitt/{key}/", view.as_view(), name=f"section_{key}")
      for key, view in api_writes.SECTION_VIEWS.items()],
    path("saknas/", api_writes.MissingView.as_view(), name="missing"),
    path("skicka-in/", api_writes.SubmitView.as_view(), name="submit"),
    *[path(f"beslut/{action}/", view.as_view(), name=f"transition_{action.replace('-', '_')}")
      for action, view in api_writes.TRANSITION_VIEWS.items()],
    path("team/", api_writes.TeamView.as_view(), name="team"),
    path("team/<int:user_id>/", api_writes.TeamMemberView.as_view(), name="team_member"),
    path("versioner/<int:number>/", api.VersionDetail.as_view(), name="version"),
    path("versioner/jamfor/", api.VersionCompare.as_view(), name="compare"),
]
