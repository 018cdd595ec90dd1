"""A project's risk register (riskanalys / risikoanalyse): risks with likelihood and impact on
scales of 1–5, their consequence in the project's own words, the response and the person
who owns them, and every assessment kept as a dated review so the register reads as it stood
on any day."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from projects.models import Programme, Project


class Response(models.TextChoices):
    AVOID = "avoid", _("Avoid")
    REDUCE = "reduce", _("Reduce")
    TRANSFER = "transfer", _("Transfer")
    ACCEPT = "accept", _("Accept")


class RiskStatus(models.TextChoices):
    OPEN = "open", _("Open")
    MITIGATING = "mitigating", _("Being mitigated")
    CLOSED = "closed", pgettext_lazy("risk", "Closed")
    OCCURRED = "occurred", _("Occurred")


LEVELS = Q(likelihood__isnull=True) | Q(likelihood__gte=1, likelihood__lte=5)
IMPACTS = Q(impact__isnull=True) | Q(impact__gte=1, impact__lte=5)


class RiskRegister(models.Model):
    """The register's own text: where a document describes its risks in prose from which no
    structured risk can honestly be drawn, the prose is kept here as it is."""

    project = models.OneToOneField(Project, on_delete=models.CASCADE,
                                   related_name="risk_register")
    text = models.TextField(_("risk analysis in words"), blank=True)
    revision = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("risk register")
        verbose_name_plural = _("risk registers")

    def __str__(self) -> str:
        return str(self.project)


class Risk(models.Model):
    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="risks")
    number = models.PositiveIntegerField(_("number"))  # R1, R2, … within the project
    title = models.CharField(_("risk"), max_length=500,
                             help_text=_("E.g. “Det är en risk att …”."))
    description = models.TextField(_("description"), blank=True)
    category = models.CharField(_("category"), max_length=100, blank=True)
    # None: not yet assessed. The document may say nothing, and nothing is invented.
    likelihood = models.PositiveSmallIntegerField(_("likelihood"), null=True, blank=True)
    impact = models.PositiveSmallIntegerField(_("impact"), null=True, blank=True)
    consequence = models.TextField(_("consequence"), blank=True,
                                   help_text=_("In the project's own words."))
    response = models.CharField(_("response"), max_length=10, blank=True,
                                choices=Response.choices)
    mitigation = models.TextField(_("mitigation"), blank=True)
    owner = models.CharField(pgettext_lazy("risk", "owner"), max_length=200, blank=True)
    status = models.CharField(_("status"), max_length=12, choices=RiskStatus.choices,
                              default=RiskStatus.OPEN)
    next_review_on = models.DateField(_("next review"), null=True, blank=True)
    identified_on = models.DateField(_("identified on"))
    revision = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["number"]
        verbose_name = _("risk")
        verbose_name_plural = _("risks")
        constraints = [
            models.UniqueConstraint(fields=["project", "number"], name="risk_number_unique"),
            models.CheckConstraint(condition=LEVELS, name="risk_likelihood_1_to_5"),
            models.CheckConstraint(condition=IMPACTS, name="risk_impact_1_to_5"),
            models.CheckConstraint(condition=Q(status__in=RiskStatus.values),
                                   name="risk_status_valid"),
            models.CheckConstraint(condition=Q(response__in=["", *Response.values]),
                                   name="risk_response_valid"),
        ]

    def __str__(self) -> str:
        return f"{self.code} {self.title}"

    @property
    def code(self) -> str:
        return f"R{self.number}"

    @property
    def value(self) -> int | None:
        if self.likelihood is None or self.impact is None:
            return None
        return self.likelihood * self.impact


class RiskReview(models.Model):
    """An assessment of a risk on a day: what it was judged then, by whom. The first is the
    assessment the risk was entered with; rows are never changed afterwards."""

    risk = models.ForeignKey(Risk, on_delete=models.CASCADE, related_name="reviews")
    reviewed_on = models.DateField(_("reviewed on"))
    likelihood = models.PositiveSmallIntegerField(_("likelihood"), null=True, blank=True)
    impact = models.PositiveSmallIntegerField(_("impact"), null=True, blank=True)
    status = models.CharField(_("status"), max_length=12, choices=RiskStatus.choices)
    next_review_on = models.DateField(_("next review"), null=True, blank=True)
    note = models.TextField(_("comment"), blank=True)
    recorded_at = models.DateTimeField(auto_now_add=True)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                    on_delete=models.SET_NULL, related_name="+")

    class Meta:
        ordering = ["reviewed_on", "id"]
        verbose_name = _("risk review")
        verbose_name_plural = _("risk reviews")
        indexes = [models.Index(fields=["risk", "reviewed_on"], name="risk_review_on")]
        constraints = [
            models.CheckConstraint(condition=LEVELS, name="risk_review_likelihood_1_to_5"),
            models.CheckConstraint(condition=IMPACTS, name="risk_review_impact_1_to_5"),
            models.CheckConstraint(condition=Q(status__in=RiskStatus.values),
                                   name="risk_review_status_valid"),
        ]

    def __str__(self) -> str:
        return f"{self.risk_id} {self.reviewed_on}"


class ProgrammeRiskRules(models.Model):
    """What a programme's application form asks of the risk analysis."""

    programme = models.OneToOneField(Programme, on_delete=models.CASCADE,
                                     related_name="risk_rules")
    requires_analysis = models.BooleanField(_("a risk analysis is required"), default=True)
    requires_assessment = models.BooleanField(
        _("every risk is assessed (likelihood and impact)"), default=False)
    requires_owner = models.BooleanField(_("every risk has an owner"), default=False)

    class Meta:
        verbose_name = _("programme rules for risk analyses")
        verbose_name_plural = _("programme rules for risk analyses")

    def __str__(self) -> str:
        return str(self.programme)
