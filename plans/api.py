"""Read-only API of the plan and the steering group's record. Every view gets its project
through the access helper, exactly like the pages; writes come with the write API and will
call the same services with the same plain data. `?per=YYYY-MM-DD` reads as at that day."""

import dataclasses
from datetime import date

from rest_framework.response import Response
from rest_framework.views import APIView

from plans import selectors
from plans.views.common import as_at_of, plan_for


def plain(value):
    """A read model as JSON: dates ISO, tuples as lists."""
    if dataclasses.is_dataclass(value):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, list | tuple):
        return [plain(item) for item in value]
    if isinstance(value, date):
        return value.isoformat()
    return value


class PlanDetail(APIView):
    def get(self, request, slug):
        project, _abilities = plan_for(request.user, slug)
        found = selectors.plan_view(project, as_at=as_at_of(request))
        return Response({"project": project.slug, **plain(found),
                         "late_activities": [a.number for a in found.late_activities],
                         "conflicts": [{"activity": a.number, "reason": a.conflict}
                                       for a in found.conflicts]})


class MeetingList(APIView):
    def get(self, request, slug):
        project, _abilities = plan_for(request.user, slug)
        found = selectors.steering_view(project, as_at=as_at_of(request))
        return Response({"project": project.slug, "as_at": plain(found.as_at),
                         "meetings": plain(found.meetings),
                         "open_actions": [a.id for a in found.open_actions],
                         "overdue_actions": [a.id for a in found.overdue_actions]})
