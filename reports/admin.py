"""Administrators add another funder's report outline, or change a shipped one, here."""

from django.contrib import admin

from portal.admin import AuditedAdmin
from reports.models import ReportOutline


@admin.register(ReportOutline)
class ReportOutlineAdmin(AuditedAdmin):
    list_display = ["name", "kind", "slug", "is_active"]
    list_filter = ["kind", "is_active"]
    filter_horizontal = ["programmes"]
    search_fields = ["name", "slug"]
