"""Budgets: cost category × period, in the budget's own currency, kept in versions.

A Budget is the lasting identity (the Swedish side, a partner); its BudgetVersions are
what was planned at each revision. Only the newest version is current; a revision copies it
into a new one, and the earlier stays as it was.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from finance.models.catalogue import CostCategory, CostCategorySet
from finance.models.choices import Currency
from finance.models.totals import StoredTotals
from portal.models import Country, Organisation
from projects.models import ChangeRequest, Project


class Budget(models.Model):
    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="budgets")
    name = models.CharField(_("name"), max_length=200,
                            help_text=_("E.g. “Svensk projektbudget” or the partner's name."))
    currency = models.CharField(_("currency"), max_length=3, choices=Currency.choices)
    country = models.CharField(
        _("country side"), max_length=2, choices=Country.choices,
        help_text=_("Decides whether cost categories are named in Swedish or Norwegian."),
    )
    partner = models.ForeignKey(
        Organisation, verbose_name=_("partner"), null=True, blank=True,
        on_delete=models.PROTECT, related_name="budgets",
    )
    category_set = models.ForeignKey(
        CostCategorySet, verbose_name=_("cost-category set"), on_delete=models.PROTECT,
        related_name="budgets",
    )
    position = models.PositiveSmallIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True,
                                   on_delete=models.SET_NULL, related_name="+")

    class Meta:
        ordering = ["project", "position", "id"]
        verbose_name = _("budget")
        verbose_name_plural = _("budgets")
        constraints = [
            models.UniqueConstraint(fields=["project", "name"], name="budget_name_unique"),
            models.CheckConstraint(condition=Q(currency__in=Currency.values),
                                   name="budget_currency_valid"),
            models.CheckConstraint(condition=Q(country__in=Country.values),
                                   name="budget_country_valid"),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def language(self) -> str:
        return "nb" if self.country == Country.NORWAY else "sv"


class BudgetVersion(StoredTotals):
    budget = models.ForeignKey(Budget, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField(_("version"))
    reason = models.TextField(_("reason for the revision"), blank=True)
    note = models.TextField(
        _("note"), blank=True,
        help_text=_("E.g. where a source document's printed total differs from its parts."),
    )
    change_request = models.ForeignKey(
        ChangeRequest, null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        help_text=_("The change request this revision was made under."),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True,
                                   on_delete=models.SET_NULL, related_name="+")
    superseded_at = models.DateTimeField(null=True, blank=True)
    # The catalogue's names as they stood when the version was submitted (cost categories by
    # id, the category set): a submitted budget keeps showing them after the catalogue is
    # renamed (`finance.names`). Empty until the first submission.
    frozen_names = models.JSONField(default=dict, blank=True, editable=False)
    # Optimistic concurrency: each save of the costs or of the financing plan increments its
    # counter under a row lock; a save that started from an older counter is refused.
    cost_revision = models.PositiveIntegerField(default=0)
    cost_saved_at = models.DateTimeField(null=True, blank=True)
    cost_saved_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                      on_delete=models.SET_NULL, related_name="+")
    financing_revision = models.PositiveIntegerField(default=0)
    financing_saved_at = models.DateTimeField(null=True, blank=True)
    financing_saved_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                           on_delete=models.SET_NULL, related_name="+")

    class Meta:
        ordering = ["budget", "number"]
        verbose_name = _("budget version")
        verbose_name_plural = _("budget versions")
        constraints = [
            models.UniqueConstraint(fields=["budget", "number"],
                                    name="budget_version_number_unique"),
            models.UniqueConstraint(fields=["budget"], condition=Q(superseded_at__isnull=True),
                                    name="budget_version_one_current"),
        ]

    def __str__(self) -> str:
        return f"{self.budget} v{self.number}"

    @property
    def is_current(self) -> bool:
        return self.superseded_at is None


class BudgetPeriod(models.Model):
    """A column of the budget: a year (“2012”) or a reporting period."""

    version = models.ForeignKey(BudgetVersion, on_delete=models.CASCADE, related_name="periods")
    position = models.PositiveSmallIntegerField()
    label = models.CharField(_("label"), max_length=40)
    start = models.DateField(_("from"), null=True, blank=True)
    end = models.DateField(_("to"), null=True, blank=True)

    class Meta:
        ordering = ["version", "position"]
        verbose_name = _("budget period")
        verbose_name_plural = _("budget periods")
        constraints = [
            models.UniqueConstraint(fields=["version", "position"],
                                    name="budget_period_position_unique"),
            models.UniqueConstraint(fields=["version", "label"],
                                    name="budget_period_label_unique"),
            models.CheckConstraint(
                condition=Q(end__isnull=True) | Q(start__isnull=True)
                | Q(end__gte=models.F("start")),
                name="budget_period_ordered",
            ),
        ]

    def __str__(self) -> str:
        return self.label


class BudgetLine(models.Model):
    """One typed cell. Flat-rate categories never have lines: they are computed."""

    version = models.ForeignKey(BudgetVersion, on_delete=models.CASCADE, related_name="lines")
    category = models.ForeignKey(CostCategory, on_delete=models.PROTECT, related_name="+")
    period = models.ForeignKey(BudgetPeriod, on_delete=models.CASCADE, related_name="lines")
    amount = models.DecimalField(_("amount"), max_digits=14, decimal_places=2)

    class Meta:
        verbose_name = _("budget line")
        verbose_name_plural = _("budget lines")
        constraints = [
            models.UniqueConstraint(fields=["version", "category", "period"],
                                    name="budget_line_one_per_cell"),
            models.CheckConstraint(condition=Q(amount__gte=0), name="budget_line_not_negative"),
        ]

    def __str__(self) -> str:
        return f"{self.category} {self.period}: {self.amount}"


class FlatRate(models.Model):
    """The rate decided for this budget where it differs from the category's own."""

    version = models.ForeignKey(BudgetVersion, on_delete=models.CASCADE,
                                related_name="flat_rates")
    category = models.ForeignKey(CostCategory, on_delete=models.PROTECT, related_name="+")
    percent = models.DecimalField(_("per cent of the base"), max_digits=9, decimal_places=5)
    source = models.CharField(_("where the rate comes from"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("flat rate")
        verbose_name_plural = _("flat rates")
        constraints = [
            models.UniqueConstraint(fields=["version", "category"],
                                    name="flat_rate_one_per_category"),
            models.CheckConstraint(condition=Q(percent__gte=0) & Q(percent__lte=100),
                                   name="flat_rate_percent_range"),
        ]

    def __str__(self) -> str:
        return f"{self.category}: {self.percent} %"
