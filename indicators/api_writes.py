"""Writing indicators, outcomes, reporting periods and the participant and company
registers through the API: the same services and plain data (`IndicatorInput`,
`OutcomeInput`, `PeriodInput`, `ParticipationInput`, `CompanyInput`) and the same revision
checks as the pages."""

import dataclasses

from drf_spectacular.utils import extend_schema
from rest_framework import serializers, status
from rest_framework.response import Response
from rest_framework.views import APIView

from indicators import selectors
from indicators.api_types import (
    ActivityTypeRead,
    CompanyRead,
    ParticipationRead,
    PeriodRead,
    ProgressRead,
)
from indicators.models import ParticipationRecord, SupportedCompany
from indicators.services import companies, indicators, outcomes, participants
from indicators.views.common import indicators_for
from projects.api_common import (
    IF_MATCH,
    input_serializer,
    revision_field,
    write_new,
    write_responses,
    write_through,
)

IndicatorWrite = input_serializer(indicators.IndicatorInput, "IndicatorWrite",
                                  revision=revision_field())
PeriodWrite = input_serializer(outcomes.PeriodInput, "ReportingPeriodWrite")
OutcomeRow = input_serializer(outcomes.OutcomeInput, "OutcomeWrite")
ActivityTypeWrite = input_serializer(participants.ActivityTypeInput, "ActivityTypeWrite")
ParticipationWrite = input_serializer(participants.ParticipationInput, "ParticipationWrite",
                                      exclude=("id", "expected_revision"),
                                      revision=revision_field())
CompanyWrite = input_serializer(companies.CompanyInput, "CompanyWrite",
                                exclude=("id", "expected_revision"), revision=revision_field())


class OutcomesWrite(serializers.Serializer):
    outcomes = OutcomeRow(many=True)
    reported_on = serializers.DateField(required=False, allow_null=True, default=None)
    revision = revision_field()


def progress_json(project) -> dict:
    from indicators.api import plain

    return {"project": project.slug, **plain(selectors.progress(project))}


def _current(model, as_json, project, pk: int) -> dict:
    """A register row as saved now (after the write, or beside a stale one)."""
    found = model.objects.filter(pk=pk, project=project).first()
    return as_json(found) if found else {}


def add_indicator(request, slug) -> Response:
    project, _abilities = indicators_for(request.user, slug, "can_edit_indicators")
    return write_new(request, IndicatorWrite, lambda data: indicators.add_indicator(
        project=project, actor=request.user, data=data),
        lambda indicator: {"id": indicator.pk, **progress_json(project)})


class IndicatorView(APIView):
    @extend_schema(request=IndicatorWrite, parameters=[IF_MATCH],
                   responses=write_responses(ProgressRead),
                   summary="Change an indicator (target, baseline, rule…) at the revision read")
    def put(self, request, slug, indicator_id):
        project, _abilities = indicators_for(request.user, slug, "can_edit_indicators")
        return write_through(request, IndicatorWrite, lambda data, revision: (
            indicators.update_indicator(project=project, indicator_id=indicator_id,
                                        actor=request.user, data=data,
                                        expected_revision=revision)),
            lambda: progress_json(project))

    @extend_schema(request=None, responses=write_responses(None), summary="Remove an indicator")
    def delete(self, request, slug, indicator_id):
        project, _abilities = indicators_for(request.user, slug, "can_edit_indicators")
        indicators.remove_indicator(project=project, indicator_id=indicator_id,
                                    actor=request.user)
        return Response(status=status.HTTP_204_NO_CONTENT)


class OutcomesView(APIView):
    @extend_schema(request=OutcomesWrite, parameters=[IF_MATCH],
                   responses=write_responses(ProgressRead),
                   summary="Report the indicator's outcomes for the periods given")
    def put(self, request, slug, indicator_id):
        project, _abilities = indicators_for(request.user, slug, "can_report_outcomes")
        return write_through(request, OutcomesWrite, lambda data, revision: (
            outcomes.save_outcomes(project=project, indicator_id=indicator_id,
                                   actor=request.user, outcomes=list(data["outcomes"]),
                                   reported_on=data["reported_on"],
                                   expected_revision=revision)),
            lambda: progress_json(project))


class PeriodsView(APIView):
    @extend_schema(request=PeriodWrite, responses=write_responses(PeriodRead, created=True),
                   summary="Add a reporting period")
    def post(self, request, slug):
        project, _abilities = indicators_for(request.user, slug, "can_edit_periods")
        return write_new(request, PeriodWrite, lambda data: outcomes.create_period(
            project=project, actor=request.user, data=data), lambda period: {
            "id": period.pk, "label": period.label, "start": period.start.isoformat(),
            "end": period.end.isoformat()})


class PeriodView(APIView):
    @extend_schema(request=None, responses=write_responses(None),
                   summary="Remove a reporting period without outcomes")
    def delete(self, request, slug, period_id):
        project, _abilities = indicators_for(request.user, slug, "can_edit_periods")
        outcomes.remove_period(project=project, period_id=period_id, actor=request.user)
        return Response(status=status.HTTP_204_NO_CONTENT)


class ActivityTypesView(APIView):
    @extend_schema(request=ActivityTypeWrite,
                   responses=write_responses(ActivityTypeRead, created=True),
                   summary="Add a kind of activity to the participant register")
    def post(self, request, slug):
        project, _abilities = indicators_for(request.user, slug, "can_edit_registers")
        return write_new(request, ActivityTypeWrite, lambda data: participants.add_activity_type(
            project=project, actor=request.user, data=data),
            lambda kind: {"id": kind.pk, "name": kind.name})


def _record_json(record: ParticipationRecord) -> dict:
    return {"id": record.pk, "activity_type": record.activity_type_id,
            "held_on": record.held_on.isoformat(), "title": record.title,
            "women": record.women, "men": record.men, "other": record.other,
            "note": record.note, "revision": record.revision}


def add_participation(request, slug) -> Response:
    project, _abilities = indicators_for(request.user, slug, "can_edit_registers")
    return write_new(request, ParticipationWrite, lambda data: participants.add_participations(
        project=project, actor=request.user, rows=[dataclasses.replace(data, id=None)])[0],
        _record_json)


class ParticipationView(APIView):
    @extend_schema(request=ParticipationWrite, parameters=[IF_MATCH],
                   responses=write_responses(ParticipationRead),
                   summary="Change a participation record at the revision read")
    def put(self, request, slug, record_id):
        project, _abilities = indicators_for(request.user, slug, "can_edit_registers")
        return write_through(request, ParticipationWrite, lambda data, revision: (
            participants.update_participation(
                project=project, actor=request.user,
                data=dataclasses.replace(data, id=record_id, expected_revision=revision))),
            lambda: _current(ParticipationRecord, _record_json, project, record_id))

    @extend_schema(request=None, responses=write_responses(None),
                   summary="Remove a participation record")
    def delete(self, request, slug, record_id):
        project, _abilities = indicators_for(request.user, slug, "can_edit_registers")
        participants.remove_participation(project=project, actor=request.user,
                                          record_id=record_id)
        return Response(status=status.HTTP_204_NO_CONTENT)


def _company_json(company: SupportedCompany) -> dict:
    return {"id": company.pk, "name": company.name, "country": company.country,
            "organisation_number": company.organisation_number,
            "municipality": company.municipality, "revision": company.revision,
            "support_amount": None if company.support_amount is None
            else str(company.support_amount)}


def add_company(request, slug) -> Response:
    project, _abilities = indicators_for(request.user, slug, "can_edit_registers")
    return write_new(request, CompanyWrite, lambda data: companies.add_companies(
        project=project, actor=request.user, rows=[dataclasses.replace(data, id=None)])[0],
        _company_json)


class CompanyView(APIView):
    @extend_schema(request=CompanyWrite, parameters=[IF_MATCH],
                   responses=write_responses(CompanyRead),
                   summary="Change a supported company at the revision read")
    def put(self, request, slug, company_id):
        project, _abilities = indicators_for(request.user, slug, "can_edit_registers")
        return write_through(request, CompanyWrite, lambda data, revision: (
            companies.update_company(
                project=project, actor=request.user,
                data=dataclasses.replace(data, id=company_id, expected_revision=revision))),
            lambda: _current(SupportedCompany, _company_json, project, company_id))

    @extend_schema(request=None, responses=write_responses(None),
                   summary="Remove a supported company")
    def delete(self, request, slug, company_id):
        project, _abilities = indicators_for(request.user, slug, "can_edit_registers")
        companies.remove_company(project=project, actor=request.user, company_id=company_id)
        return Response(status=status.HTTP_204_NO_CONTENT)
