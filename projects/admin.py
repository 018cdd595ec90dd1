from django.contrib import admin

from portal.admin import AuditedAdmin
from projects.models import Programme, Project, ProjectRole


@admin.register(Programme)
class ProgrammeAdmin(AuditedAdmin):
    list_display = ["name", "funding_body", "country", "application_form", "reporting_currency",
                    "is_open"]
    list_filter = ["country", "application_form", "is_open"]
    prepopulated_fields = {"slug": ["name"]}
    search_fields = ["name"]


class ProjectRoleInline(admin.TabularInline):
    model = ProjectRole
    extra = 0
    autocomplete_fields = ["user"]


@admin.register(Project)
class ProjectAdmin(AuditedAdmin):
    """Back-office view of projects; the application itself is written on the portal pages."""

    audit_project_field = "pk"
    list_display = ["title", "programme", "status", "start_date", "end_date"]
    list_filter = ["status", "programme"]
    search_fields = ["title", "slug"]
    fields = ["title", "slug", "programme", "source_notes"]
    inlines = [ProjectRoleInline]
