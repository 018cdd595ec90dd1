"""The shapes the risk register's API answers with, for the schema (and so for generated
clients): the read models as they are, with what the answer adds beside them."""

from drf_spectacular.utils import inline_serializer
from rest_framework import serializers

from projects.api_common import paged_schema, read_model_serializer
from risks import selectors

RiskRead = read_model_serializer(selectors.RiskView, "Risk", project=serializers.CharField())
RiskRow = read_model_serializer(selectors.RiskView, "RiskRow")  # a row of the register
RegisterText = inline_serializer("RiskRegisterText", {
    "text": serializers.CharField(allow_blank=True),
    "revision": serializers.IntegerField(help_text="The text's revision, to send back.")})
HeatCell = inline_serializer("RiskHeatMapCell", {
    "likelihood": serializers.IntegerField(allow_null=True),
    "impact": serializers.IntegerField(),
    "count": serializers.IntegerField()}, many=True,
    help_text="The heat map's cells that hold risks; a likelihood of null is the strip of "
              "risks whose likelihood is not yet assessed.")
RegisterPage = paged_schema(
    "RiskRegisterPage", RiskRow, project=serializers.CharField(),
    as_at=serializers.DateField(allow_null=True),
    total=serializers.IntegerField(help_text="Risks in the register before filtering."),
    text=serializers.CharField(allow_blank=True), heat_map=HeatCell)
