"""The shapes the indicators' API answers with, for the schema (and so for generated
clients): the read models as they are, with what the answer adds beside them. Decimals are
strings with a point and no trailing zeros."""

from drf_spectacular.utils import inline_serializer
from rest_framework import serializers

from indicators import readmodels
from projects.api_common import paged_schema, read_model_serializer


def _decimal(**options) -> serializers.CharField:
    return serializers.CharField(help_text="A decimal string, e.g. “12.5”.", **options)


ProgressRead = read_model_serializer(readmodels.ProjectProgress, "ProjectProgress",
                                     project=serializers.CharField())
IndicatorAdded = read_model_serializer(
    readmodels.ProjectProgress, "IndicatorAdded", project=serializers.CharField(),
    id=serializers.IntegerField(help_text="The new indicator's id."))
OutcomeRecordPage = paged_schema("IndicatorOutcomePage", inline_serializer(
    "IndicatorOutcomeRecord", {
        "indicator": serializers.IntegerField(), "code": serializers.CharField(),
        "period": serializers.CharField(), "period_start": serializers.DateField(),
        "period_end": serializers.DateField(), "value": _decimal(allow_null=True),
        "women": _decimal(allow_null=True), "men": _decimal(allow_null=True),
        "note": serializers.CharField(allow_blank=True),
        "reported_on": serializers.DateField(),
        "superseded_on": serializers.DateField(
            allow_null=True, help_text="When a later report replaced it; null: current.")},
    many=True), project=serializers.CharField())

ParticipationRow = inline_serializer("ParticipationRow", {
    "id": serializers.IntegerField(), "activity_type": serializers.CharField(),
    "held_on": serializers.DateField(), "title": serializers.CharField(allow_blank=True),
    "women": serializers.IntegerField(), "men": serializers.IntegerField(),
    "other": serializers.IntegerField(), "note": serializers.CharField(allow_blank=True),
    "names_kept": serializers.IntegerField(),
    "names": serializers.ListField(child=serializers.CharField(), required=False,
                                   help_text="Only with ?namn=1, for those who may see "
                                             "them.")}, many=True)
ParticipantPage = paged_schema(
    "ParticipantRegisterPage", ParticipationRow, project=serializers.CharField(),
    summary=read_model_serializer(readmodels.ParticipantSummary, "ParticipantSummary")())
ParticipationRead = inline_serializer("ParticipationRecord", {
    "id": serializers.IntegerField(), "activity_type": serializers.IntegerField(),
    "held_on": serializers.DateField(), "title": serializers.CharField(allow_blank=True),
    "women": serializers.IntegerField(), "men": serializers.IntegerField(),
    "other": serializers.IntegerField(), "note": serializers.CharField(allow_blank=True),
    "revision": serializers.IntegerField()})

CompanyRow = read_model_serializer(readmodels.CompanyGrowth, "CompanyGrowth")
CompanyPage = read_model_serializer(
    readmodels.CompanyRegisterSummary, "CompanyRegisterPage", exclude=("companies",),
    project=serializers.CharField(), next=serializers.URLField(allow_null=True),
    previous=serializers.URLField(allow_null=True), results=CompanyRow(many=True))
CompanyRead = inline_serializer("SupportedCompany", {
    "id": serializers.IntegerField(), "name": serializers.CharField(),
    "country": serializers.CharField(),
    "organisation_number": serializers.CharField(allow_blank=True),
    "municipality": serializers.CharField(allow_blank=True),
    "revision": serializers.IntegerField(), "support_amount": _decimal(allow_null=True)})

PeriodRead = inline_serializer("ReportingPeriod", {
    "id": serializers.IntegerField(), "label": serializers.CharField(),
    "start": serializers.DateField(), "end": serializers.DateField()})
ActivityTypeRead = inline_serializer("ActivityType", {
    "id": serializers.IntegerField(), "name": serializers.CharField()})
