"""The funding body's classification (its focus areas) and its reported statistics are kept
by its administrators; every change is audited like the portal's own pages."""

from django.contrib import admin

from portal.admin import AuditedAdmin
from reports.portfolio.models import Classification, FocusArea, ReportedStatistic


class FocusAreaInline(admin.TabularInline):
    model = FocusArea
    extra = 1
    fields = ["position", "name"]


@admin.register(Classification)
class ClassificationAdmin(AuditedAdmin):
    list_display = ["name", "funding_body"]
    list_filter = ["funding_body"]
    inlines = [FocusAreaInline]


@admin.register(ReportedStatistic)
class ReportedStatisticAdmin(AuditedAdmin):
    list_display = ["topic", "measure", "value", "year", "funding_body"]
    list_filter = ["funding_body", "year"]
