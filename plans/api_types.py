"""The shapes the plan's API answers with, for the schema (and so for generated clients):
the read models as they are, with what the answer adds beside them."""

from drf_spectacular.utils import inline_serializer
from rest_framework import serializers

from plans import readmodels
from projects.api_common import paged_schema, read_model_serializer

PlanRead = read_model_serializer(
    readmodels.PlanView, "Plan", project=serializers.CharField(),
    late_activities=serializers.ListField(child=serializers.CharField(),
                                          help_text="Numbers of the activities that are late."),
    conflicts=inline_serializer("PlanConflict", {
        "activity": serializers.CharField(help_text="The activity's number, e.g. “2.3”."),
        "reason": serializers.CharField()}, many=True))
MeetingRead = read_model_serializer(readmodels.MeetingView, "Meeting")
_STEERING: dict[str, serializers.Field] = {
    "project": serializers.CharField(), "as_at": serializers.DateField(allow_null=True),
    "open_actions": serializers.ListField(child=serializers.IntegerField(),
                                          help_text="Ids of the actions still open."),
    "overdue_actions": serializers.ListField(child=serializers.IntegerField(),
                                             help_text="Ids of the open actions past due.")}
SteeringRead = inline_serializer("SteeringRecord", {**_STEERING,
                                                    "meetings": MeetingRead(many=True)})
MeetingPage = paged_schema("MeetingPage", MeetingRead, **_STEERING)
