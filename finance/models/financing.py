"""The co-financing plan of a budget version: financier × period, each row of one type."""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from finance.models.budget import BudgetPeriod, BudgetVersion
from finance.models.choices import FinancingType
from portal.models import Organisation


class FinancingSource(models.Model):
    """One row of the plan. Without an organisation (an EU fund, project income, a group of
    municipalities as one document line) the description names the source."""

    version = models.ForeignKey(BudgetVersion, on_delete=models.CASCADE, related_name="sources")
    position = models.PositiveSmallIntegerField(default=0)
    financier = models.ForeignKey(
        Organisation, verbose_name=_("financier"), null=True, blank=True,
        on_delete=models.PROTECT, related_name="financing_sources",
    )
    description = models.CharField(_("description"), max_length=200, blank=True)
    financing_type = models.CharField(_("financing type"), max_length=20,
                                      choices=FinancingType.choices)
    preliminary = models.BooleanField(
        _("preliminary figures"), default=False,
        help_text=_("Shown as a warning until the financier has decided."),
    )

    class Meta:
        ordering = ["version", "position", "id"]
        verbose_name = _("financing source")
        verbose_name_plural = _("financing sources")
        constraints = [
            models.CheckConstraint(condition=Q(financing_type__in=FinancingType.values),
                                   name="financing_source_type_valid"),
            models.CheckConstraint(condition=Q(financier__isnull=False) | ~Q(description=""),
                                   name="financing_source_named"),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        if self.financier_id and self.description:
            return f"{self.financier.name} – {self.description}"
        return self.financier.name if self.financier_id else self.description


class FinancingAmount(models.Model):
    source = models.ForeignKey(FinancingSource, on_delete=models.CASCADE,
                               related_name="amounts")
    period = models.ForeignKey(BudgetPeriod, on_delete=models.CASCADE,
                               related_name="financing_amounts")
    amount = models.DecimalField(_("amount"), max_digits=14, decimal_places=2)

    class Meta:
        verbose_name = _("financing amount")
        verbose_name_plural = _("financing amounts")
        constraints = [
            models.UniqueConstraint(fields=["source", "period"],
                                    name="financing_amount_one_per_cell"),
            models.CheckConstraint(condition=Q(amount__gte=0),
                                   name="financing_amount_not_negative"),
        ]

    def __str__(self) -> str:
        return f"{self.source} {self.period}: {self.amount}"
