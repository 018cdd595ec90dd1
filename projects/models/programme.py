from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from portal.models import Country, Organisation, OrganisationKind


class ApplicationForm(models.TextChoices):
    """Which application sections a programme asks for beyond the common ones."""

    SWEDISH = "swedish", _("Swedish regional fund application")
    INTERREG = "interreg", _("Interreg application (cross-border)")
    PLP = "plp", _("Norwegian project plan (PLP)")
    PORTFOLIO = "portfolio", _("Funding body's own portfolio or report")


class Programme(models.Model):
    """A funding scheme. Later apps attach its rules (cost categories, caps, indicators)."""

    name = models.CharField(_("name"), max_length=200, unique=True)
    slug = models.SlugField(_("short name"), max_length=80, unique=True)
    funding_body = models.ForeignKey(
        Organisation,
        verbose_name=_("funding body"),
        on_delete=models.PROTECT,
        related_name="programmes",
        limit_choices_to={"kind": OrganisationKind.FUNDING_BODY},
    )
    country = models.CharField(_("country"), max_length=2, choices=Country.choices)
    application_form = models.CharField(
        _("application form"), max_length=20, choices=ApplicationForm.choices
    )
    reporting_currency = models.CharField(
        _("reporting currency"),
        max_length=3,
        default="SEK",
        choices=[("SEK", "SEK"), ("NOK", "NOK"), ("EUR", "EUR")],
    )
    period_start = models.DateField(_("programme period from"), null=True, blank=True)
    period_end = models.DateField(_("programme period to"), null=True, blank=True)
    description = models.TextField(_("description"), blank=True)
    is_open = models.BooleanField(_("open for applications"), default=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("programme")
        verbose_name_plural = _("programmes")
        constraints = [
            models.CheckConstraint(
                condition=Q(application_form__in=ApplicationForm.values),
                name="programme_form_valid",
            ),
            models.CheckConstraint(
                condition=Q(period_end__isnull=True)
                | Q(period_start__isnull=True)
                | Q(period_end__gte=models.F("period_start")),
                name="programme_period_ordered",
            ),
        ]

    def __str__(self) -> str:
        return self.name
