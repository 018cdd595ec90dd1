"""Cost-category sets: the kostnadsslag a programme budgets by. Data administrators edit."""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from finance.models.choices import CategoryKind


class CostCategorySet(models.Model):
    name = models.CharField(_("name"), max_length=200, unique=True)
    slug = models.SlugField(_("short name"), max_length=80, unique=True)
    description = models.TextField(_("description"), blank=True)
    is_active = models.BooleanField(_("in use for new budgets"), default=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("cost-category set")
        verbose_name_plural = _("cost-category sets")

    def __str__(self) -> str:
        return self.name


class CostCategory(models.Model):
    """One row of a budget. A flat-rate category is a percentage of its base, never typed."""

    category_set = models.ForeignKey(
        CostCategorySet, verbose_name=_("set"), on_delete=models.CASCADE,
        related_name="categories",
    )
    code = models.SlugField(_("code"), max_length=40,
                            help_text=_("Stable key used in Excel files and the API."))
    name_sv = models.CharField(_("name in Swedish"), max_length=200)
    name_nb = models.CharField(_("name in Norwegian"), max_length=200, blank=True)
    description = models.TextField(_("what belongs here"), blank=True)
    kind = models.CharField(_("kind"), max_length=20, choices=CategoryKind.choices,
                            default=CategoryKind.COST)
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    flat_rate_percent = models.DecimalField(
        _("flat rate, per cent of the base"), max_digits=9, decimal_places=5,
        null=True, blank=True,
        help_text=_("The programme's rate; a budget may set its own rate where decided."),
    )
    flat_rate_base = models.ForeignKey(
        "self", verbose_name=_("base category"), null=True, blank=True,
        on_delete=models.PROTECT, related_name="flat_rates",
    )

    class Meta:
        ordering = ["category_set", "position", "id"]
        verbose_name = _("cost category")
        verbose_name_plural = _("cost categories")
        constraints = [
            models.UniqueConstraint(fields=["category_set", "code"],
                                    name="cost_category_code_unique"),
            models.CheckConstraint(condition=Q(kind__in=CategoryKind.values),
                                   name="cost_category_kind_valid"),
            models.CheckConstraint(
                condition=(Q(kind=CategoryKind.FLAT_RATE) & Q(flat_rate_percent__isnull=False)
                           & Q(flat_rate_base__isnull=False))
                | (~Q(kind=CategoryKind.FLAT_RATE) & Q(flat_rate_percent__isnull=True)
                   & Q(flat_rate_base__isnull=True)),
                name="cost_category_flat_rate_complete",
            ),
            models.CheckConstraint(
                condition=Q(flat_rate_percent__isnull=True)
                | (Q(flat_rate_percent__gte=0) & Q(flat_rate_percent__lte=100)),
                name="cost_category_flat_rate_percent_range",
            ),
        ]

    def __str__(self) -> str:
        return self.name_sv

    def label(self, language: str = "sv") -> str:
        if language == "nb" and self.name_nb:
            return self.name_nb
        return self.name_sv

    @property
    def is_flat_rate(self) -> bool:
        return self.kind == CategoryKind.FLAT_RATE

    def clean(self):
        base = self.flat_rate_base
        if base is not None:
            if base.category_set_id != self.category_set_id:
                raise ValidationError({"flat_rate_base": _("The base must be in the same set.")})
            if base.kind == CategoryKind.FLAT_RATE:
                raise ValidationError(
                    {"flat_rate_base": _("A flat rate cannot be based on another flat rate.")})
        if self.flat_rate_percent is not None and self.flat_rate_percent > Decimal(100):
            raise ValidationError({"flat_rate_percent": _("At most 100 per cent.")})
