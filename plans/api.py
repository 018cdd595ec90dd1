"""Read-only API of the plan and the steering group's record. Every view gets its project
through the access helper, exactly like the pages; writes come with the write API and will
call the same services with the same plain data. `?per=YYYY-MM-DD` reads as at that day."""

from django.utils import timezone
from django.utils.translation import get_language
from drf_spectacular.utils import extend_schema
from rest_framework.response import Response
from rest_framework.views import APIView

from plans import api_writes, selectors
from plans.api_types import MeetingPage, PlanRead, SteeringRead
from plans.views.common import as_at_of, plan_for
from portal import stamps
from projects.api_common import paged, plain, write_responses


def plan_data(project, as_at) -> dict:
    found = selectors.plan_view(project, as_at=as_at)
    return {"project": project.slug, **plain(found),
            "late_activities": [a.number for a in found.late_activities],
            "conflicts": [{"activity": a.number, "reason": a.conflict}
                          for a in found.conflicts]}


def meetings_data(project, as_at) -> dict:
    found = selectors.steering_view(project, as_at=as_at)
    return {"project": project.slug, "as_at": plain(found.as_at),
            "meetings": plain(found.meetings),
            "open_actions": [a.id for a in found.open_actions],
            "overdue_actions": [a.id for a in found.overdue_actions]}




class PlanDetail(APIView):
    @extend_schema(responses=PlanRead, operation_id="plan_read",
                   summary="The plan (as at `per`), with its revisions")
    def get(self, request, slug):
        project, _abilities = plan_for(request.user, slug)
        as_at = as_at_of(request)
        # The same for everyone who may read it; what is late moves with the day.
        return Response(stamps.kept("api-plan", project.pk,
                                    (get_language(), timezone.localdate(), as_at),
                                    lambda: plan_data(project, as_at)))


class MeetingList(APIView):
    @extend_schema(responses=MeetingPage, operation_id="meetings_read",
                   summary="The steering group's meetings, decisions and actions")
    def get(self, request, slug):
        project, _abilities = plan_for(request.user, slug)
        found = selectors.steering_view(project, as_at=as_at_of(request))
        return paged(request, list(found.meetings), plain, project=project.slug,
                     as_at=plain(found.as_at),
                     open_actions=[a.id for a in found.open_actions],
                     overdue_actions=[a.id for a in found.overdue_actions])

    @extend_schema(request=api_writes.MeetingWrite,
                   responses=write_responses(SteeringRead, created=True),
                   summary="Record a meeting")
    def post(self, request, slug):
        return api_writes.add_meeting(request, slug)
