"""Outcome (utfall): what was spent and received per reporting period, against the budget."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from finance.models.budget import Budget
from finance.models.catalogue import CostCategory
from finance.models.choices import FinancingType, OutcomeStatus
from portal.models import Organisation


class OutcomeReport(models.Model):
    budget = models.ForeignKey(Budget, on_delete=models.CASCADE, related_name="outcome_reports")
    number = models.PositiveSmallIntegerField(_("number"))
    label = models.CharField(_("period"), max_length=80,
                             help_text=_("E.g. “2020-01-01 – 2020-06-30” or “Slutrapport”."))
    period_start = models.DateField(_("from"), null=True, blank=True)
    period_end = models.DateField(_("to"), null=True, blank=True)
    status = models.CharField(_("status"), max_length=20, choices=OutcomeStatus.choices,
                              default=OutcomeStatus.DRAFT)
    note = models.TextField(_("note"), blank=True)
    revision = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True,
                                   on_delete=models.SET_NULL, related_name="+")
    saved_at = models.DateTimeField(null=True, blank=True)
    saved_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                 on_delete=models.SET_NULL, related_name="+")
    submitted_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["budget", "number"]
        verbose_name = _("outcome report")
        verbose_name_plural = _("outcome reports")
        constraints = [
            models.UniqueConstraint(fields=["budget", "number"],
                                    name="outcome_report_number_unique"),
            models.CheckConstraint(condition=Q(status__in=OutcomeStatus.values),
                                   name="outcome_report_status_valid"),
            models.CheckConstraint(
                condition=Q(period_end__isnull=True) | Q(period_start__isnull=True)
                | Q(period_end__gte=models.F("period_start")),
                name="outcome_report_period_ordered",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.budget}: {self.label}"


class OutcomeCost(models.Model):
    """A typed cost of one category in one period; flat rates are computed, never stored."""

    report = models.ForeignKey(OutcomeReport, on_delete=models.CASCADE, related_name="costs")
    category = models.ForeignKey(CostCategory, on_delete=models.PROTECT, related_name="+")
    amount = models.DecimalField(_("amount"), max_digits=14, decimal_places=2)

    class Meta:
        verbose_name = _("outcome cost")
        verbose_name_plural = _("outcome costs")
        constraints = [
            models.UniqueConstraint(fields=["report", "category"],
                                    name="outcome_cost_one_per_category"),
            models.CheckConstraint(condition=Q(amount__gte=0), name="outcome_cost_not_negative"),
        ]

    def __str__(self) -> str:
        return f"{self.category}: {self.amount}"


class OutcomeFinancing(models.Model):
    """Financing received in the period from one source of the plan (or an unplanned one)."""

    report = models.ForeignKey(OutcomeReport, on_delete=models.CASCADE,
                               related_name="financing")
    financier = models.ForeignKey(Organisation, null=True, blank=True,
                                  on_delete=models.PROTECT, related_name="+")
    description = models.CharField(_("description"), max_length=200, blank=True)
    financing_type = models.CharField(_("financing type"), max_length=20,
                                      choices=FinancingType.choices)
    amount = models.DecimalField(_("amount"), max_digits=14, decimal_places=2)
    preliminary = models.BooleanField(_("preliminary figures"), default=False)

    class Meta:
        ordering = ["report", "id"]
        verbose_name = _("financing received")
        verbose_name_plural = _("financing received")
        constraints = [
            models.CheckConstraint(condition=Q(financing_type__in=FinancingType.values),
                                   name="outcome_financing_type_valid"),
            models.CheckConstraint(condition=Q(financier__isnull=False) | ~Q(description=""),
                                   name="outcome_financing_named"),
            models.CheckConstraint(condition=Q(amount__gte=0),
                                   name="outcome_financing_not_negative"),
        ]

    def __str__(self) -> str:
        return f"{self.financier or self.description}: {self.amount}"
