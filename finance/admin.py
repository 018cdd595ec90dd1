"""Catalogues administrators maintain: cost-category sets, programme rules, exchange rates.

Every change here is audited (who, when, old and new), because projects' figures depend on
it; a cost category's default rate moves only draft budgets (`finance.services.catalogue`).
"""

from django.contrib import admin
from django.core.exceptions import ValidationError
from django.forms.models import BaseInlineFormSet

from finance.models import (
    CostCategory,
    CostCategorySet,
    CurrencyRule,
    ExchangeRate,
    FinancingCap,
    ProgrammeRules,
)
from finance.services.catalogue import category_change_problem, rates_changed, save_category
from portal.audit import field_values, record_changes, record_event


def _action(obj) -> str:
    return f"admin:{obj._meta.model_name}"


class AuditedAdmin(admin.ModelAdmin):
    """Saves and deletions, of the object and of its inline rows, written to the audit
    trail with the administrator as the actor."""

    def save_model(self, request, obj, form, change):
        before = field_values(type(obj).objects.get(pk=obj.pk)) if obj.pk else {}
        super().save_model(request, obj, form, change)
        record_changes(actor=request.user, obj=obj, before=before, after=field_values(obj),
                       action=_action(obj))
        self.after_change(obj)

    def delete_model(self, request, obj):
        record_event(actor=request.user, obj=obj, action=f"{_action(obj)}:delete",
                     old=str(obj))
        super().delete_model(request, obj)
        self.after_change(obj)

    def delete_queryset(self, request, queryset):
        for obj in queryset:
            self.delete_model(request, obj)

    def save_formset(self, request, form, formset, change):
        rows = formset.save(commit=False)
        for obj in formset.deleted_objects:
            record_event(actor=request.user, obj=obj, action=f"{_action(obj)}:delete",
                         old=str(obj))
            obj.delete()
        for obj in rows:
            if isinstance(obj, CostCategory):
                save_category(category=obj, actor=request.user)
                continue
            before = field_values(type(obj).objects.get(pk=obj.pk)) if obj.pk else {}
            obj.save()
            record_changes(actor=request.user, obj=obj, before=before,
                           after=field_values(obj), action=_action(obj))
        formset.save_m2m()
        if rows or formset.deleted_objects:
            self.after_change(form.instance)

    def save_related(self, request, form, formsets, change):
        before = self._m2m_text(form.instance)
        super().save_related(request, form, formsets, change)
        record_changes(actor=request.user, obj=form.instance, before=before,
                       after=self._m2m_text(form.instance), action=_action(form.instance))

    def _m2m_text(self, obj) -> dict[str, str]:
        if not obj.pk:
            return {}
        return {field.name: ", ".join(sorted(str(o) for o in getattr(obj, field.name).all()))
                for field in obj._meta.many_to_many}

    def after_change(self, obj) -> None:
        """What else a change moves (stored totals at the day's rate)."""


class CostCategoryFormSet(BaseInlineFormSet):
    """Refuses, at the row, a change that would move a submitted budget's figures."""

    def clean(self):
        super().clean()
        for form in self.forms:
            if not hasattr(form, "cleaned_data") or form.instance.pk is None:
                continue
            deleting = self.can_delete and bool(form.cleaned_data.get("DELETE"))
            if not deleting and not form.has_changed():
                continue
            problem = category_change_problem(form.instance, deleting=deleting)
            if problem:  # said above the rows, where the admin shows the set's errors
                raise ValidationError(problem)


class CostCategoryInline(admin.TabularInline):
    model = CostCategory
    formset = CostCategoryFormSet
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
class CostCategorySetAdmin(AuditedAdmin):
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
class ProgrammeRulesAdmin(AuditedAdmin):
    list_display = ["programme", "category_set", "period_balance"]
    filter_horizontal = ["alternative_sets"]
    inlines = [CurrencyRuleInline, FinancingCapInline]

    def after_change(self, obj) -> None:
        rates_changed(currencies={rule.currency for rule in obj.currency_rules.all()}
                      if obj.pk else set())


@admin.register(ExchangeRate)
class ExchangeRateAdmin(AuditedAdmin):
    list_display = ["currency", "per_currency", "rate", "valid_from", "source"]
    list_filter = ["currency", "per_currency"]
    date_hierarchy = "valid_from"

    def after_change(self, obj) -> None:
        rates_changed(currencies={obj.currency, obj.per_currency})
