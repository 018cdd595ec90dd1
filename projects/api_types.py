"""The shapes the projects' API answers with beside the list's card, for the schema (and so
for generated clients): the whole application as a frozen version holds it."""

from drf_spectacular.utils import inline_serializer
from rest_framework import serializers

SectionRead = inline_serializer("ApplicationSection", {
    "title": serializers.CharField(),
    "fields": serializers.DictField(child=serializers.JSONField(),
                                    help_text="Field name → the value as shown.")},
    help_text="Beside `fields`, each list of rows of the section under its own name.")
ApplicationRead = inline_serializer("ApplicationContent", {
    "title": serializers.CharField(), "programme": serializers.CharField(),
    "sections": serializers.DictField(child=SectionRead, help_text="Section key → section."),
    "parts": serializers.DictField(child=serializers.JSONField(),
                                   help_text="What each app adds (budgets, plan, risks, "
                                             "indicators), under its name."),
    "meta": inline_serializer("ApplicationMeta", {"status": serializers.CharField()})})
VersionSummary = inline_serializer("VersionSummary", {
    "number": serializers.IntegerField(), "kind": serializers.CharField(),
    "created_at": serializers.DateTimeField()}, many=True)

