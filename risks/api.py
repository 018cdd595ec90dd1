"""Read-only API of the risk register. Every view gets its project through the access helper,
exactly like the pages; writes come with the write API and will call the same services with
the same plain data. `?per=YYYY-MM-DD` reads the register as it stood that day; `status`,
`owner`, `category`, `value` (at least) and `sort` filter and sort as the page does."""

import dataclasses
from dataclasses import dataclass

from django.http import Http404
from drf_spectacular.utils import extend_schema
from rest_framework.response import Response
from rest_framework.views import APIView

from projects.api_common import IF_MATCH, paged, plain, write_responses
from risks import api_writes, selectors
from risks.api_types import RegisterPage, RiskRead
from risks.heatmap import heat_map
from risks.kept import download_of
from risks.views.common import as_at_of, risks_for


@dataclass(frozen=True)
class ShapedRegister:
    risks: list[dict]  # every risk as the API shows it, without its history
    around: dict  # what the answer says beside the page: the day, totals, the heat map


def shaped_register(found) -> ShapedRegister:
    cells = heat_map(found.risks)
    return ShapedRegister(
        risks=[plain(dataclasses.replace(r, history=())) for r in found.risks],
        around={"as_at": plain(found.as_at), "total": found.total, "text": found.text,
                "heat_map": [{"likelihood": c.likelihood, "impact": c.impact,
                              "count": c.count} for c in (*cells.cells, *cells.strip)
                             if c.count]})


class RegisterList(APIView):
    @extend_schema(responses=RegisterPage, operation_id="risk_register_read",
                   summary="The register (as at `per`), filtered as on the page")
    def get(self, request, slug):
        project, _abilities = risks_for(request.user, slug)
        asked = request.GET.copy()  # the filter, kept whatever page of it is read
        for paging in ("page", "page_size"):
            asked.pop(paging, None)
        shaped = download_of(project, "api-register", as_at_of(request), asked, shaped_register)
        return paged(request, shaped.risks, project=project.slug, **shaped.around)

    @extend_schema(request=api_writes.RiskWrite,
                   responses=write_responses(RiskRead, created=True),
                   summary="Add a risk")
    def post(self, request, slug):
        return api_writes.add(request, slug)


class RiskDetail(APIView):
    @extend_schema(responses=RiskRead, operation_id="risk_read")
    def get(self, request, slug, risk_id):
        project, _abilities = risks_for(request.user, slug)
        found = selectors.risk_detail(project, risk_id)
        if found is None:
            raise Http404
        return Response({"project": project.slug, **plain(found)})

    @extend_schema(request=api_writes.RiskWrite, parameters=[IF_MATCH],
                   responses=write_responses(RiskRead),
                   summary="Change a risk at the revision read")
    def put(self, request, slug, risk_id):
        return api_writes.update(request, slug, risk_id)

    @extend_schema(request=None, responses=write_responses(None),
                   summary="Remove a risk (while the application is open)")
    def delete(self, request, slug, risk_id):
        return api_writes.remove(request, slug, risk_id)
