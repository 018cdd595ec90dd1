"""A project's indicators, its reporting periods and the outcomes reported in them."""

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from indicators.models.catalogue import CatalogueIndicator
from indicators.models.choices import (
    Counting,
    IndicatorKind,
    PortfolioMeasure,
    RegisterRule,
    Source,
    StatedMeasure,
)
from projects.models import BenefitArea, Project, SubGoal

VALUE = {"max_digits": 14, "decimal_places": 2}


class ProjectIndicator(models.Model):
    """An indicator the project reports on: from the catalogue, or the project's own.

    Choice and targets belong to the application; the outcome columns at the end are
    derived totals, rewritten in the same transaction as every save that changes them, so a
    funding body's portfolio sums them in SQL.
    """

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="indicators")
    catalogue = models.ForeignKey(CatalogueIndicator, null=True, blank=True,
                                  on_delete=models.PROTECT, related_name="project_indicators",
                                  verbose_name=_("catalogue indicator"))
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    # An own indicator carries its own words; a catalogue one takes them from the catalogue.
    name = models.CharField(_("name"), max_length=300, blank=True)
    unit = models.CharField(_("unit"), max_length=100, blank=True)
    kind = models.CharField(_("kind"), max_length=10, choices=IndicatorKind.choices,
                            default=IndicatorKind.OUTPUT)
    counting = models.CharField(_("measurement rule"), max_length=12, choices=Counting.choices,
                                default=Counting.SUMMED)
    gender_split = models.BooleanField(_("split by women and men"), default=False)
    portfolio_measure = models.CharField(_("added up across the portfolio as"), max_length=20,
                                         blank=True, choices=PortfolioMeasure.choices)
    baseline = models.DecimalField(_("baseline"), null=True, blank=True, **VALUE)
    baseline_year = models.PositiveSmallIntegerField(_("reference year"), null=True, blank=True)
    target = models.DecimalField(_("target"), null=True, blank=True, **VALUE)
    target_women = models.DecimalField(_("target, women"), null=True, blank=True, **VALUE)
    target_men = models.DecimalField(_("target, men"), null=True, blank=True, **VALUE)
    sub_goal = models.ForeignKey(SubGoal, null=True, blank=True, on_delete=models.SET_NULL,
                                 related_name="indicators", verbose_name=_("sub-goal measured"))
    benefit_area = models.ForeignKey(BenefitArea, null=True, blank=True,
                                     on_delete=models.SET_NULL, related_name="indicators",
                                     verbose_name=_("benefit area measured"))
    goal = models.TextField(_("goal measured"), blank=True,
                            help_text=_("The goal in the application's words, when it is not "
                                        "one of the sub-goals."))
    source = models.CharField(_("source of the outcome"), max_length=10, choices=Source.choices,
                              default=Source.TYPED)
    rule = models.CharField(_("computed by"), max_length=20, blank=True,
                            choices=RegisterRule.choices)
    activity_type = models.ForeignKey("indicators.ActivityType", null=True, blank=True,
                                      on_delete=models.PROTECT, related_name="indicators",
                                      verbose_name=_("only this activity type"))
    note = models.TextField(_("note"), blank=True)
    revision = models.PositiveIntegerField(default=0)  # definition and targets
    outcome_revision = models.PositiveIntegerField(default=0)  # outcomes and stated figures
    actual = models.DecimalField(_("outcome so far"), null=True, blank=True, **VALUE)
    actual_women = models.DecimalField(null=True, blank=True, **VALUE)
    actual_men = models.DecimalField(null=True, blank=True, **VALUE)

    class Meta:
        ordering = ["position", "id"]
        verbose_name = _("project indicator")
        verbose_name_plural = _("project indicators")
        constraints = [
            models.CheckConstraint(condition=Q(catalogue__isnull=False) | ~Q(name=""),
                                   name="project_indicator_named"),
            models.CheckConstraint(condition=Q(kind__in=IndicatorKind.values),
                                   name="project_indicator_kind_valid"),
            models.CheckConstraint(condition=Q(counting__in=Counting.values),
                                   name="project_indicator_counting_valid"),
            models.CheckConstraint(condition=Q(source__in=Source.values),
                                   name="project_indicator_source_valid"),
            models.CheckConstraint(
                condition=(Q(source=Source.TYPED) & Q(rule=""))
                | (Q(source=Source.REGISTER) & Q(rule__in=RegisterRule.values)),
                name="project_indicator_rule_with_register"),
            models.CheckConstraint(
                condition=Q(portfolio_measure__in=PortfolioMeasure.values),
                name="project_indicator_measure_valid"),
            models.CheckConstraint(
                condition=(Q(target__isnull=True) | Q(target__gte=0))
                & (Q(target_women__isnull=True) | Q(target_women__gte=0))
                & (Q(target_men__isnull=True) | Q(target_men__gte=0)),
                name="project_indicator_targets_not_negative"),
            models.UniqueConstraint(fields=["project", "catalogue"],
                                    condition=Q(catalogue__isnull=False),
                                    name="project_indicator_catalogue_once"),
        ]

    def __str__(self) -> str:
        return self.label()

    @property
    def is_own(self) -> bool:
        return self.catalogue_id is None

    def label(self, language: str | None = None) -> str:
        if self.catalogue_id:
            return self.catalogue.name(language)
        return self.name

    def unit_label(self, language: str | None = None) -> str:
        if self.catalogue_id and not self.unit:
            return self.catalogue.unit(language)
        return self.unit

    @property
    def code(self) -> str:
        return self.catalogue.code if self.catalogue_id else ""


class ReportingPeriod(models.Model):
    project = models.ForeignKey(Project, on_delete=models.CASCADE,
                                related_name="reporting_periods")
    label = models.CharField(_("period"), max_length=80)
    start = models.DateField(_("from"))
    end = models.DateField(_("to"))
    is_final = models.BooleanField(_("final report"), default=False)

    class Meta:
        ordering = ["start", "end", "id"]
        verbose_name = _("reporting period")
        verbose_name_plural = _("reporting periods")
        constraints = [
            models.CheckConstraint(condition=Q(end__gte=F("start")),
                                   name="reporting_period_ordered"),
            models.UniqueConstraint(fields=["project", "label"],
                                    name="reporting_period_label_unique"),
        ]

    def __str__(self) -> str:
        return self.label


class IndicatorOutcome(models.Model):
    """A typed outcome of one indicator in one period, as reported on a date.

    Rows are never changed: a correction is a new row and the old one is marked superseded,
    so progress can be read as it stood on any date (the steering group's “at the last
    meeting”), and what was reported stays on record.
    """

    indicator = models.ForeignKey(ProjectIndicator, on_delete=models.CASCADE,
                                  related_name="outcomes")
    period = models.ForeignKey(ReportingPeriod, on_delete=models.PROTECT,
                               related_name="outcomes")
    value = models.DecimalField(_("outcome"), **VALUE)
    women = models.DecimalField(_("women"), null=True, blank=True, **VALUE)
    men = models.DecimalField(_("men"), null=True, blank=True, **VALUE)
    note = models.TextField(_("comment"), blank=True)
    reported_on = models.DateField(_("reported on"))
    recorded_at = models.DateTimeField(auto_now_add=True)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                    on_delete=models.SET_NULL, related_name="+")
    superseded_on = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["period__start", "id"]
        verbose_name = _("indicator outcome")
        verbose_name_plural = _("indicator outcomes")
        indexes = [models.Index(fields=["indicator", "period", "superseded_on"],
                                name="outcome_current")]
        constraints = [
            models.UniqueConstraint(fields=["indicator", "period"],
                                    condition=Q(superseded_on__isnull=True),
                                    name="outcome_one_current_per_period"),
            models.CheckConstraint(
                condition=(Q(women__isnull=True) | Q(women__gte=0))
                & (Q(men__isnull=True) | Q(men__gte=0)),
                name="outcome_gender_not_negative"),
        ]

    def __str__(self) -> str:
        return f"{self.indicator_id}/{self.period_id}: {self.value}"


class StatedFigure(models.Model):
    """A figure a document or a person states, kept beside the one the portal computes.

    Never used in place of the computed figure; the page shows both and the difference.
    """

    project = models.ForeignKey(Project, on_delete=models.CASCADE,
                                related_name="stated_figures")
    indicator = models.ForeignKey(ProjectIndicator, null=True, blank=True,
                                  on_delete=models.CASCADE, related_name="stated_figures")
    measure = models.CharField(_("what it states"), max_length=20,
                               choices=StatedMeasure.choices)
    value = models.DecimalField(_("stated figure"), **VALUE)
    source = models.CharField(_("stated where"), max_length=300,
                              help_text=_("E.g. “Final report, Resultatet”."))
    stated_on = models.DateField(_("stated on"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                   on_delete=models.SET_NULL, related_name="+")

    class Meta:
        ordering = ["measure", "id"]
        verbose_name = _("stated figure")
        verbose_name_plural = _("stated figures")
        constraints = [
            models.CheckConstraint(condition=Q(measure__in=StatedMeasure.values),
                                   name="stated_figure_measure_valid"),
            models.CheckConstraint(
                condition=Q(indicator__isnull=True, measure__in=[
                    "participants", "participants_women", "employees_first",
                    "employees_latest", "employee_growth", "companies"])
                | Q(indicator__isnull=False, measure__in=["outcome", "outcome_women",
                                                          "outcome_men"]),
                name="stated_figure_measure_matches_subject"),
        ]

    def __str__(self) -> str:
        return f"{self.get_measure_display()}: {self.value}"
