"""A programme's finance rules: its cost categories, caps and how it converts currencies."""

from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from finance.models.catalogue import CostCategorySet
from finance.models.choices import CapBasis, ConversionMethod, Currency, FinancingType, Severity
from projects.models import Programme


class ProgrammeRules(models.Model):
    programme = models.OneToOneField(
        Programme, verbose_name=_("programme"), on_delete=models.CASCADE,
        related_name="finance_rules",
    )
    category_set = models.ForeignKey(
        CostCategorySet, verbose_name=_("cost-category set"), on_delete=models.PROTECT,
        related_name="+",
    )
    alternative_sets = models.ManyToManyField(
        CostCategorySet, verbose_name=_("other sets a budget may use"), blank=True,
        related_name="+",
        # xgettext:no-python-format
        help_text=_("E.g. Tillväxtverket 2021–2027: personnel and 40 % flat rate, "
                    "or actual costs."),
    )
    period_balance = models.CharField(
        _("financing must equal costs in every year"), max_length=10,
        choices=Severity.choices, default=Severity.HARD,
        help_text=_("The total must always balance; this sets how a yearly imbalance counts."),
    )
    notes = models.TextField(_("notes"), blank=True)

    class Meta:
        verbose_name = _("programme finance rules")
        verbose_name_plural = _("programme finance rules")
        constraints = [
            models.CheckConstraint(condition=Q(period_balance__in=Severity.values),
                                   name="programme_rules_period_balance_valid"),
        ]

    def __str__(self) -> str:
        return str(self.programme)

    @property
    def reporting_currency(self) -> str:
        return self.programme.reporting_currency


class CurrencyRule(models.Model):
    """How amounts in one currency become the programme's reporting currency."""

    rules = models.ForeignKey(ProgrammeRules, on_delete=models.CASCADE,
                              related_name="currency_rules")
    currency = models.CharField(_("currency"), max_length=3, choices=Currency.choices)
    method = models.CharField(_("conversion"), max_length=10, choices=ConversionMethod.choices)
    fixed_rate = models.DecimalField(
        _("fixed rate"), max_digits=14, decimal_places=6, null=True, blank=True,
        help_text=_("Units of this currency per one unit of the reporting currency, "
                    "e.g. 8 NOK per EUR."),
    )

    class Meta:
        verbose_name = _("currency rule")
        verbose_name_plural = _("currency rules")
        constraints = [
            models.UniqueConstraint(fields=["rules", "currency"], name="currency_rule_unique"),
            models.CheckConstraint(condition=Q(currency__in=Currency.values),
                                   name="currency_rule_currency_valid"),
            models.CheckConstraint(condition=Q(method__in=ConversionMethod.values),
                                   name="currency_rule_method_valid"),
            models.CheckConstraint(
                condition=(Q(method=ConversionMethod.FIXED) & Q(fixed_rate__gt=0))
                | (Q(method=ConversionMethod.TABLE) & Q(fixed_rate__isnull=True)),
                name="currency_rule_fixed_rate_given",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.currency}: {self.get_method_display()}"


class FinancingCap(models.Model):
    """E.g. the EU fund at most 50 % of eligible cost, or IR funds at most 50 % of the
    Norwegian costs."""

    rules = models.ForeignKey(ProgrammeRules, on_delete=models.CASCADE, related_name="caps")
    label = models.CharField(_("label"), max_length=200)
    financing_type = models.CharField(
        _("financing type"), max_length=20, choices=FinancingType.choices, blank=True,
        help_text=_("Empty: all financing counts."),
    )
    per_financier = models.BooleanField(
        _("per financier"), default=False,
        help_text=_("The cap applies to each financier on its own (e.g. 50 % per decision-maker)."),
    )
    max_percent = models.DecimalField(_("at most, per cent of eligible cost"), max_digits=6,
                                      decimal_places=2)
    basis = models.CharField(_("measured against"), max_length=10, choices=CapBasis.choices,
                             default=CapBasis.PROJECT)
    severity = models.CharField(_("when broken"), max_length=10, choices=Severity.choices,
                                default=Severity.HARD)

    class Meta:
        ordering = ["id"]
        verbose_name = _("financing cap")
        verbose_name_plural = _("financing caps")
        constraints = [
            models.CheckConstraint(condition=Q(financing_type__in=["", *FinancingType.values]),
                                   name="financing_cap_type_valid"),
            models.CheckConstraint(condition=Q(basis__in=CapBasis.values),
                                   name="financing_cap_basis_valid"),
            models.CheckConstraint(condition=Q(severity__in=Severity.values),
                                   name="financing_cap_severity_valid"),
            models.CheckConstraint(condition=Q(max_percent__gte=0) & Q(max_percent__lte=100),
                                   name="financing_cap_percent_range"),
        ]

    def __str__(self) -> str:
        return self.label


class ExchangeRate(models.Model):
    """Maintained by administrators: `rate` units of `currency` per one unit of `per_currency`,
    valid from a date until the next entry for the same pair."""

    currency = models.CharField(_("currency"), max_length=3, choices=Currency.choices)
    per_currency = models.CharField(_("per one"), max_length=3, choices=Currency.choices)
    rate = models.DecimalField(_("rate"), max_digits=14, decimal_places=6)
    valid_from = models.DateField(_("valid from"))
    source = models.CharField(_("source"), max_length=200, blank=True,
                              help_text=_("E.g. the European Commission's monthly rate."))

    class Meta:
        ordering = ["currency", "per_currency", "-valid_from"]
        verbose_name = _("exchange rate")
        verbose_name_plural = _("exchange rates")
        constraints = [
            models.UniqueConstraint(fields=["currency", "per_currency", "valid_from"],
                                    name="exchange_rate_one_per_day"),
            models.CheckConstraint(condition=Q(currency__in=Currency.values)
                                   & Q(per_currency__in=Currency.values),
                                   name="exchange_rate_currencies_valid"),
            models.CheckConstraint(condition=~Q(currency=F("per_currency")),
                                   name="exchange_rate_two_currencies"),
            models.CheckConstraint(condition=Q(rate__gt=0), name="exchange_rate_positive"),
        ]

    def __str__(self) -> str:
        return f"{self.rate} {self.currency}/{self.per_currency} ({self.valid_from})"
