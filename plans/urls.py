from django.urls import path

from plans import api, api_writes
from plans.views import follow_up, meetings, plan, work_packages

app_name = "plans"

P = "plan/"
S = "styrgrupp/"

urlpatterns = [
    path("mina-atgarder/", meetings.my_actions, name="my_actions"),
]

project_urlpatterns = [
    path(P, plan.plan, name="plan"),
    path(P + "gantt.svg", plan.gantt, name="gantt"),
    path(P + "excel/", plan.export, name="export"),
    path(P + "ordning/", plan.reorder, name="reorder"),
    path(P + "installningar/", plan.settings, name="settings"),
    path(P + "milstolpar/", follow_up.milestones, name="milestones"),
    path(P + "arbetspaket/ny/", work_packages.add, name="work_package_add"),
    path(P + "arbetspaket/<int:work_package_id>/", work_packages.edit, name="work_package"),
    path(P + "arbetspaket/<int:work_package_id>/ta-bort/", work_packages.remove,
         name="work_package_remove"),
    path(P + "arbetspaket/<int:work_package_id>/lage/", follow_up.progress, name="progress"),
    path(S, meetings.meetings, name="meetings"),
    path(S + "nytt/", meetings.add, name="meeting_add"),
    path(S + "<int:meeting_id>/", meetings.meeting, name="meeting"),
    path(S + "<int:meeting_id>/andra/", meetings.edit, name="meeting_edit"),
    path(S + "<int:meeting_id>/godkann/", meetings.approve, name="meeting_approve"),
    path(S + "atgard/<int:action_id>/", meetings.action, name="action"),
]

project_api_urlpatterns = [
    path(P, api.PlanDetail.as_view(), name="plan"),
    path(P + "arbetspaket/", api_writes.WorkPackagesView.as_view(), name="work_packages"),
    path(P + "arbetspaket/<int:work_package_id>/", api_writes.WorkPackageView.as_view(),
         name="work_package"),
    path(P + "arbetspaket/<int:work_package_id>/lage/", api_writes.ProgressView.as_view(),
         name="progress"),
    path(P + "milstolpar/", api_writes.MilestonesView.as_view(), name="milestones"),
    path(P + "milstolpar/uppnadda/", api_writes.ReachedView.as_view(),
         name="milestones_reached"),
    path(P + "ordning/", api_writes.ReorderView.as_view(), name="reorder"),
    path(P + "installningar/", api_writes.SettingsView.as_view(), name="settings"),
    path(S, api.MeetingList.as_view(), name="meetings"),
    path(S + "<int:meeting_id>/", api_writes.MeetingView.as_view(), name="meeting"),
    path(S + "<int:meeting_id>/godkann/", api_writes.ApproveMinutesView.as_view(),
         name="meeting_approve"),
    path(S + "atgard/<int:action_id>/", api_writes.ActionView.as_view(), name="action"),
]
