"""The back office. Every save and delete here writes the same audit trail as the pages."""

from django.contrib import admin
from django.contrib.auth.admin import UserAdmin
from django.utils.translation import gettext_lazy as _

from portal.audit import field_values, record_changes, record_event
from portal.models import AuditEntry, Organisation, User


class AuditedAdmin(admin.ModelAdmin):
    """Records who changed which field from the admin, like the portal's own pages do."""

    audit_project_field: str | None = None

    def _project_id(self, obj):
        return getattr(obj, self.audit_project_field) if self.audit_project_field else None

    def save_model(self, request, obj, form, change):
        before = {}
        if change:
            before = field_values(type(obj).objects.get(pk=obj.pk))
        super().save_model(request, obj, form, change)
        after = field_values(obj)
        after.pop("password", None)
        before.pop("password", None)
        record_changes(actor=request.user, obj=obj, before=before, after=after,
                       project_id=self._project_id(obj),
                       action="admin:update" if change else "admin:create")

    def delete_model(self, request, obj):
        record_event(actor=request.user, obj=obj, action="admin:delete",
                     project_id=self._project_id(obj), old=str(obj))
        super().delete_model(request, obj)

    def save_formset(self, request, form, formset, change):
        """Inline rows (e.g. project roles) are audited one by one too."""
        instances = formset.save(commit=False)
        for obj in formset.deleted_objects:
            record_event(actor=request.user, obj=obj, action="admin:delete",
                         project_id=getattr(obj, "project_id", None), old=str(obj))
            obj.delete()
        for obj in instances:
            before = field_values(type(obj).objects.get(pk=obj.pk)) if obj.pk else {}
            obj.save()
            record_changes(actor=request.user, obj=obj, before=before, after=field_values(obj),
                           project_id=getattr(obj, "project_id", None),
                           action="admin:update" if before else "admin:create")
        formset.save_m2m()

    def delete_queryset(self, request, queryset):
        for obj in queryset:
            self.delete_model(request, obj)


@admin.register(Organisation)
class OrganisationAdmin(AuditedAdmin):
    list_display = ["name", "kind", "country", "municipality_code", "population"]
    list_filter = ["kind", "country"]
    search_fields = ["name", "organisation_number", "municipality_code"]


@admin.register(User)
class PortalUserAdmin(AuditedAdmin, UserAdmin):
    list_display = ["username", "first_name", "last_name", "email", "staff_role", "funding_body"]
    list_filter = ["staff_role", "funding_body", "is_active"]
    fieldsets = (
        *(UserAdmin.fieldsets or ()),
        (_("Organisation and funding body"), {
            "fields": ("organisation", "funding_body", "staff_role"),
        }),
    )


@admin.register(AuditEntry)
class AuditEntryAdmin(admin.ModelAdmin):
    """Read only: the trail is evidence, not data to tidy."""

    list_display = ["at", "actor", "action", "object_type", "object_label", "field"]
    list_filter = ["action", "object_type"]
    search_fields = ["object_label", "field", "new_value", "old_value"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
