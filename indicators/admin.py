"""The indicator catalogue and the programmes' indicator rules, maintained by
administrators. Every change is audited like the portal's own pages."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from indicators.models import CatalogueIndicator, ProgrammeIndicatorRules
from portal.admin import AuditedAdmin


@admin.register(CatalogueIndicator)
class CatalogueIndicatorAdmin(AuditedAdmin):
    list_display = ["code", "name_sv", "unit_sv", "kind", "counting", "gender_split",
                    "source", "is_active"]
    list_filter = ["source", "kind", "counting", "gender_split", "is_active", "programmes"]
    search_fields = ["code", "name_sv", "name_nb", "name_en", "definition"]
    filter_horizontal = ["programmes", "covers"]
    fieldsets = [
        (None, {"fields": ["code", "source", "reference", "kind", "is_active", "position"]}),
        (_("Names and units"), {"fields": [("name_sv", "unit_sv"), ("name_nb", "unit_nb"),
                                           ("name_en", "unit_en"), "translation_note"]}),
        (_("Definition and rules"), {"fields": [
            "definition", "counting", "gender_split", "covers", "new_enterprise_years",
            "portfolio_measure"]}),
        (_("Programmes"), {"fields": ["programmes"]}),
    ]


@admin.register(ProgrammeIndicatorRules)
class ProgrammeIndicatorRulesAdmin(AuditedAdmin):
    list_display = ["programme", "requires_target", "only_catalogue"]
