"""Read-only API of indicators, outcomes and the registers. Every view gets its project
through the access helper, exactly like the pages; writes come with the write API and call
the same services with the same plain data."""

import dataclasses
from datetime import date
from decimal import Decimal
from typing import Any

from django.utils import timezone
from django.utils.translation import get_language
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework.response import Response
from rest_framework.views import APIView

from indicators import api_writes, register_selectors, selectors
from indicators.api_types import (
    CompanyPage,
    CompanyRead,
    IndicatorAdded,
    OutcomeRecordPage,
    ParticipantPage,
    ParticipationRead,
    ProgressRead,
)
from indicators.models import IndicatorOutcome, ParticipantName, SupportedCompany
from indicators.views.common import as_at_of, indicators_for
from portal import stamps
from projects.api_common import Pages, Rows, paged, write_responses


def plain(value):
    """Read models as JSON: decimals as strings without trailing zeros, dates ISO."""
    if dataclasses.is_dataclass(value):
        data = {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
        for name in ("difference", "agrees", "stated_difference"):
            if hasattr(value, name) and not callable(getattr(value, name)):
                data[name] = plain(getattr(value, name))
        return data
    if isinstance(value, list | tuple):
        return [plain(item) for item in value]
    if isinstance(value, Decimal):
        return f"{value.normalize():f}"
    if isinstance(value, date):
        return value.isoformat()
    return value


class IndicatorList(APIView):
    @extend_schema(responses=ProgressRead, operation_id="indicators_read",
                   summary="Indicators with targets and progress (as at `per`)")
    def get(self, request, slug):
        project, _abilities = indicators_for(request.user, slug)
        as_at = as_at_of(request)
        # Kept per change, day and language as the indicators tab's figures are
        # (`indicators.overview_body`): the same for everyone who may read them.
        return Response(stamps.kept(
            "api-indicators", project.pk, (get_language(), timezone.localdate(), as_at),
            lambda: {"project": project.slug,
                     **plain(selectors.progress(project, as_at=as_at))}))

    @extend_schema(request=api_writes.IndicatorWrite,
                   responses=write_responses(IndicatorAdded, created=True),
                   summary="Add an indicator: from the catalogue or the project's own")
    def post(self, request, slug):
        return api_writes.add_indicator(request, slug)


class OutcomeList(APIView):
    """Every outcome record ever reported, superseded ones included: the dated history
    from which progress “as at” a date is read."""

    @extend_schema(responses=OutcomeRecordPage, operation_id="indicator_outcomes_read")
    def get(self, request, slug):
        project, _abilities = indicators_for(request.user, slug)
        records = (IndicatorOutcome.objects.filter(indicator__project=project)
                   .select_related("period", "indicator__catalogue")
                   .order_by("indicator__position", "indicator_id", "period__start", "id"))

        def shaped(window: slice) -> list[dict]:
            # Sorted over every record of the project: kept per change of it (every
            # outcome reported is audited) and page.
            return stamps.kept("api-outcomes", project.pk, (window.start, window.stop),
                               lambda: [outcome_row(r) for r in records[window]])
        return paged(request, Rows(records.count(), shaped), project=project.slug)


def outcome_row(r: IndicatorOutcome) -> dict:
    return {
        "indicator": r.indicator_id, "code": r.indicator.code,
        "period": r.period.label, "period_start": r.period.start.isoformat(),
        "period_end": r.period.end.isoformat(), "value": plain(r.value),
        "women": plain(r.women), "men": plain(r.men), "note": r.note,
        "reported_on": r.reported_on.isoformat(),
        "superseded_on": r.superseded_on.isoformat() if r.superseded_on else None,
    }


class ParticipantList(APIView):
    """Totals, activity types and the records, a page at a time. Names only when asked for
    (?namn=1) by someone who may see them."""

    @extend_schema(responses=ParticipantPage, operation_id="participants_read",
                   parameters=[OpenApiParameter("namn", str, required=False, enum=["1"])])
    def get(self, request, slug):
        project, abilities = indicators_for(request.user, slug, "can_read_registers")
        with_names = request.GET.get("namn") == "1" and abilities.can_see_names
        records = register_selectors.participation_records(project)
        summary = register_selectors.participant_summary(project, as_at=as_at_of(request))

        def page_with_names(window: slice) -> list:
            page = list(records[window])
            names: dict[int, list[str]] = {}
            if with_names:
                for record_id, name in ParticipantName.objects.filter(
                        record__in=[r.pk for r in page]).values_list("record_id", "name"):
                    names.setdefault(record_id, []).append(name)
            return [{
                "id": r.pk, "activity_type": r.activity_type.name,
                "held_on": r.held_on.isoformat(), "title": r.title, "women": r.women,
                "men": r.men, "other": r.other, "note": r.note, "names_kept": r.name_count,
                **({"names": names.get(r.pk, [])} if with_names else {}),
            } for r in page]

        return paged(request, Rows(records.count(), page_with_names), project=project.slug,
                     summary=plain(summary))

    @extend_schema(request=api_writes.ParticipationWrite,
                   responses=write_responses(ParticipationRead, created=True),
                   summary="Add a participation record (an event with its attendance)")
    def post(self, request, slug):
        return api_writes.add_participation(request, slug)


def kept_register(project, as_at: date | None, window: slice) -> dict:
    """The register's totals and the window's companies as JSON values (with labels in the
    language asked for), kept as the register page keeps them: every write to the register is
    audited and moves the project's stamp. A register of a thousand companies took a
    twentieth of a second to read, order by name and shape on every read of every page."""
    return stamps.kept(
        "api-company-register", project.pk,
        (get_language(), timezone.localdate(), as_at, window.start, window.stop),
        lambda: plain(register_selectors.company_register(project, as_at=as_at, rows=window)))


class CompanyList(APIView):
    @extend_schema(responses=CompanyPage, operation_id="companies_read")
    def get(self, request, slug):
        project, _abilities = indicators_for(request.user, slug, "can_read_registers")
        as_at = as_at_of(request)
        read: dict = {}

        def companies_of_page(window: slice) -> list:
            # The register's totals over every company come with the page's rows.
            read["register"] = kept_register(project, as_at, window)
            return read["register"]["companies"]

        total = SupportedCompany.objects.filter(project=project).count()
        pages = Pages()
        rows: Any = Rows(total, companies_of_page)  # pages like a sequence
        page: list | None = pages.paginate_queryset(rows, request)
        register = dict(read.get("register") or kept_register(project, as_at, slice(0, 0)))
        register.pop("companies")
        return Response({"project": project.slug, **register,
                         "count": total, "next": pages.get_next_link(),
                         "previous": pages.get_previous_link(),
                         "results": list(page or ())})

    @extend_schema(request=api_writes.CompanyWrite,
                   responses=write_responses(CompanyRead, created=True),
                   summary="Add a supported company")
    def post(self, request, slug):
        return api_writes.add_company(request, slug)
