"""People and organisations: the parts every app shares."""

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class Country(models.TextChoices):
    SWEDEN = "SE", _("Sweden")
    NORWAY = "NO", _("Norway")


class OrganisationKind(models.TextChoices):
    MUNICIPALITY = "municipality", _("Municipality")
    REGION = "region", _("Region / county")
    FUNDING_BODY = "funding_body", _("Funding body")
    COMPANY = "company", _("Company")
    UNIVERSITY = "university", _("University")
    OTHER = "other", _("Other organisation")


class Organisation(models.Model):
    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("kind"), max_length=20, choices=OrganisationKind.choices)
    country = models.CharField(_("country"), max_length=2, choices=Country.choices)
    organisation_number = models.CharField(_("organisation number"), max_length=20, blank=True)
    municipality_code = models.CharField(
        _("municipality code"),
        max_length=4,
        blank=True,
        help_text=_("Four digits, e.g. 2580 for Luleå or 3006 for Kongsberg."),
    )
    population = models.PositiveIntegerField(_("population"), null=True, blank=True)
    population_date = models.DateField(_("population counted on"), null=True, blank=True)
    home_municipality = models.ForeignKey(
        "self", on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
        limit_choices_to={"kind": OrganisationKind.MUNICIPALITY},
        verbose_name=_("municipality"), help_text=_("Where the organisation is based."),
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        constraints = [
            models.UniqueConstraint(fields=["name", "country"], name="organisation_unique_name"),
            models.CheckConstraint(
                condition=Q(kind__in=OrganisationKind.values), name="organisation_kind_valid"
            ),
            models.CheckConstraint(
                condition=Q(country__in=Country.values), name="organisation_country_valid"
            ),
            models.CheckConstraint(
                condition=Q(municipality_code="") | Q(kind=OrganisationKind.MUNICIPALITY),
                name="organisation_code_only_for_municipalities",
            ),
        ]

    def __str__(self) -> str:
        return self.name


class StaffRole(models.TextChoices):
    NONE = "", _("No funding-body role")
    CASE_OFFICER = "case_officer", _("Case officer")
    ADMINISTRATOR = "administrator", _("Administrator")


class User(AbstractUser):
    """A person. Case officers and administrators belong to a funding body and see its portfolio."""

    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="people",
    )
    funding_body = models.ForeignKey(
        Organisation,
        verbose_name=_("funding body"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="staff",
        limit_choices_to={"kind": OrganisationKind.FUNDING_BODY},
    )
    staff_role = models.CharField(
        _("funding-body role"), max_length=20, choices=StaffRole.choices, blank=True, default=""
    )

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        constraints = [
            models.CheckConstraint(
                condition=Q(staff_role__in=StaffRole.values), name="user_staff_role_valid"
            ),
            models.CheckConstraint(
                condition=Q(staff_role="") | Q(funding_body__isnull=False),
                name="user_staff_role_needs_funding_body",
            ),
        ]

    def __str__(self) -> str:
        return self.get_full_name() or self.username

    @property
    def is_case_officer(self) -> bool:
        return self.staff_role in (StaffRole.CASE_OFFICER, StaffRole.ADMINISTRATOR)

    @property
    def is_administrator(self) -> bool:
        return self.staff_role == StaffRole.ADMINISTRATOR


class AuditEntry(models.Model):
    """One changed field, or one event, with who and when. Never edited, never deleted.

    The project is kept as a plain id rather than a foreign key so that the shared
    audit trail does not depend on the projects app.
    """

    at = models.DateTimeField(_("when"), auto_now_add=True, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("who"), null=True, on_delete=models.SET_NULL
    )
    project_id = models.BigIntegerField(null=True, db_index=True)
    action = models.CharField(_("action"), max_length=40)
    object_type = models.CharField(_("object type"), max_length=100)
    object_id = models.CharField(max_length=64, blank=True)
    object_label = models.CharField(_("object"), max_length=300, blank=True)
    field = models.CharField(_("field"), max_length=100, blank=True)
    old_value = models.TextField(_("old value"), blank=True)
    new_value = models.TextField(_("new value"), blank=True)

    class Meta:
        ordering = ["-at", "-id"]
        verbose_name = _("audit entry")
        verbose_name_plural = _("audit trail")
        indexes = [models.Index(fields=["project_id", "-at"], name="audit_project_recent")]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.actor} {self.action} {self.object_label}"


class ApiToken(models.Model):
    """A person's key for systems that use the API without a browser. It acts with exactly
    its owner's rights; only a digest of it is kept, so a copy of the database reveals none."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("owner"),
                             on_delete=models.CASCADE, related_name="api_tokens")
    name = models.CharField(_("name"), max_length=100,
                            help_text=_("What the key is for, e.g. “Kommunens ekonomisystem”."))
    prefix = models.CharField(_("starts with"), max_length=16)
    digest = models.CharField(max_length=64, unique=True)
    can_write = models.BooleanField(_("may change data"), default=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    expires_at = models.DateTimeField(_("expires"), null=True, blank=True)
    last_used_at = models.DateTimeField(_("last used"), null=True, blank=True)
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("API key")
        verbose_name_plural = _("API keys")

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}…)"

    def is_usable(self, now) -> bool:
        return self.revoked_at is None and (self.expires_at is None or self.expires_at > now)


class ChangeStamp(models.Model):
    """A token that changes with every audited change of what its key names ("project:12",
    or "reference" for what belongs to no project: organisations, programmes). What is
    derived from that data and kept (a rendered dashboard) is kept under the token, so a
    change makes the kept copy unreachable instead of needing to find and drop it."""

    key = models.CharField(max_length=40, primary_key=True)
    token = models.CharField(max_length=32)

    def __str__(self) -> str:
        return f"{self.key}: {self.token}"
