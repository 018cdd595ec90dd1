"""Catalogues administrators maintain: cost-category sets, programme rules, exchange rates."""

from django.contrib import admin

from finance.models import (
    CostCategory,
    CostCategorySet,
    CurrencyRule,
    ExchangeRate,
    FinancingCap,
    ProgrammeRules,
)


class CostCategoryInline(admin.TabularInline):
    model = CostCategory
    fk_name = "category_set"
    extra = 0
    fields = ["position", "code", "name_sv", "name_nb", "kind", "flat_rate_percent",
              "flat_rate_base", "description"]

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "flat_rate_base" and request.resolver_match.kwargs.get("object_id"):
            kwargs["queryset"] = CostCategory.objects.filter(
                category_set_id=request.resolver_match.kwargs["object_id"])
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


@admin.register(CostCategorySet)
class CostCategorySetAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "is_active"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [CostCategoryInline]


class CurrencyRuleInline(admin.TabularInline):
    model = CurrencyRule
    extra = 0


class FinancingCapInline(admin.TabularInline):
    model = FinancingCap
    extra = 0


@admin.register(ProgrammeRules)
class ProgrammeRulesAdmin(admin.ModelAdmin):
    list_display = ["programme", "category_set", "period_balance"]
    filter_horizontal = ["alternative_sets"]
    inlines = [CurrencyRuleInline, FinancingCapInline]


@admin.register(ExchangeRate)
class ExchangeRateAdmin(admin.ModelAdmin):
    list_display = ["currency", "per_currency", "rate", "valid_from", "source"]
    list_filter = ["currency", "per_currency"]
    date_hierarchy = "valid_from"
