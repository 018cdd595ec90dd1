"""The indicator catalogue administrators maintain: EU common indicators and national ones,
with their names in three languages and the counting rules programmes state."""

from django.db import models
from django.db.models import Q
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from indicators.models.choices import CatalogueSource, Counting, IndicatorKind, PortfolioMeasure
from projects.models import Programme


def in_language(obj, stem: str, language: str | None = None) -> str:
    """`name_nb` for a Norwegian reader, `name_en` for an English one, Swedish otherwise
    and whenever the translation is missing."""
    language = (language or get_language() or "sv")[:2]
    if language in ("nb", "no"):
        language = "nb"
    return getattr(obj, f"{stem}_{language}", "") or getattr(obj, f"{stem}_sv")


class CatalogueIndicator(models.Model):
    code = models.CharField(_("code"), max_length=20, unique=True,
                            help_text=_("As the regulation numbers it, e.g. RCO01 or CO01."))
    source = models.CharField(_("defined by"), max_length=20, choices=CatalogueSource.choices)
    reference = models.CharField(
        _("legal or programme reference"), max_length=200, blank=True,
        help_text=_("E.g. “Regulation (EU) 2021/1058, Annex I”."))
    name_sv = models.CharField(_("name in Swedish"), max_length=300)
    name_nb = models.CharField(_("name in Norwegian"), max_length=300, blank=True)
    name_en = models.CharField(_("name in English"), max_length=300, blank=True)
    unit_sv = models.CharField(_("unit in Swedish"), max_length=100)
    unit_nb = models.CharField(_("unit in Norwegian"), max_length=100, blank=True)
    unit_en = models.CharField(_("unit in English"), max_length=100, blank=True)
    definition = models.TextField(_("definition"), blank=True)
    translation_note = models.TextField(
        _("about the translations"), blank=True,
        help_text=_("Where a name is not the regulation's official wording, say so here."))
    kind = models.CharField(_("kind"), max_length=10, choices=IndicatorKind.choices)
    gender_split = models.BooleanField(_("split by women and men"), default=False)
    counting = models.CharField(_("measurement rule"), max_length=12, choices=Counting.choices,
                                default=Counting.SUMMED)
    covers = models.ManyToManyField(
        "self", symmetrical=False, blank=True, related_name="covered_by",
        verbose_name=_("also covers what these count"),
        help_text=_("E.g. CO01 covers the companies counted in CO04 and CO05: a company "
                    "counted there is counted here too."))
    new_enterprise_years = models.PositiveSmallIntegerField(
        _("“new” means founded less than this many years before the project started"),
        null=True, blank=True)
    portfolio_measure = models.CharField(
        _("added up across the portfolio as"), max_length=20, blank=True,
        choices=PortfolioMeasure.choices, default=PortfolioMeasure.NONE)
    programmes = models.ManyToManyField(
        Programme, blank=True, related_name="catalogue_indicators",
        verbose_name=_("programmes that use it"))
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    is_active = models.BooleanField(_("offered to new projects"), default=True)

    class Meta:
        ordering = ["source", "position", "code"]
        verbose_name = _("catalogue indicator")
        verbose_name_plural = _("indicator catalogue")
        constraints = [
            models.CheckConstraint(condition=Q(kind__in=IndicatorKind.values),
                                   name="catalogue_indicator_kind_valid"),
            models.CheckConstraint(condition=Q(counting__in=Counting.values),
                                   name="catalogue_indicator_counting_valid"),
            models.CheckConstraint(condition=Q(source__in=CatalogueSource.values),
                                   name="catalogue_indicator_source_valid"),
            models.CheckConstraint(condition=Q(portfolio_measure__in=PortfolioMeasure.values),
                                   name="catalogue_indicator_measure_valid"),
            models.CheckConstraint(
                condition=Q(new_enterprise_years__isnull=True) | Q(new_enterprise_years__gt=0),
                name="catalogue_indicator_new_years_positive"),
        ]

    def __str__(self) -> str:
        return f"{self.code} {self.name_sv}"

    def name(self, language: str | None = None) -> str:
        return in_language(self, "name", language)

    def unit(self, language: str | None = None) -> str:
        return in_language(self, "unit", language)


class ProgrammeIndicatorRules(models.Model):
    """What a programme asks of the indicators of the applications made to it."""

    programme = models.OneToOneField(Programme, on_delete=models.CASCADE,
                                     related_name="indicator_rules",
                                     verbose_name=_("programme"))
    requires_target = models.BooleanField(
        _("an application needs at least one indicator with a target"), default=True)
    only_catalogue = models.BooleanField(
        _("only the programme's catalogue indicators may be chosen (no own indicators)"),
        default=False)
    note = models.TextField(_("note"), blank=True)

    class Meta:
        verbose_name = _("programme's indicator rules")
        verbose_name_plural = _("programmes' indicator rules")

    def __str__(self) -> str:
        return str(self.programme)
