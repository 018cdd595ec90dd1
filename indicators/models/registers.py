"""The registers outcomes are counted from: participants at activities, and the companies the
project supports with their employees over time."""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from indicators.models.choices import Leadership, Register, SizeClass, SupportKind
from indicators.models.project import ProjectIndicator
from portal.models import Country
from projects.models import Project


class ActivityType(models.Model):
    """A kind of activity (company visits, network meetings...), with the number of
    activities a document states for it, kept beside the number of records."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE,
                                related_name="activity_types")
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    name = models.CharField(_("activity type"), max_length=200)
    plan_reference = models.CharField(
        _("activity in the activity plan"), max_length=200, blank=True,
        help_text=_("The activity plan's name or number for it, where the project has one."))
    stated_count = models.PositiveIntegerField(_("number of activities stated"), null=True,
                                               blank=True)
    stated_source = models.CharField(_("stated where"), max_length=300, blank=True)

    class Meta:
        ordering = ["position", "id"]
        verbose_name = _("activity type")
        verbose_name_plural = _("activity types")
        constraints = [models.UniqueConstraint(fields=["project", "name"],
                                               name="activity_type_name_unique")]

    def __str__(self) -> str:
        return self.name


class ParticipationRecord(models.Model):
    """One activity or event and how many took part, by gender. Names only where needed."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE,
                                related_name="participation_records")
    activity_type = models.ForeignKey(ActivityType, on_delete=models.PROTECT,
                                      related_name="records", verbose_name=_("activity type"))
    held_on = models.DateField(_("date"))
    title = models.CharField(_("activity"), max_length=200, blank=True)
    women = models.PositiveIntegerField(_("women"), default=0)
    men = models.PositiveIntegerField(_("men"), default=0)
    other = models.PositiveIntegerField(_("other or not stated"), default=0)
    note = models.CharField(_("note"), max_length=500, blank=True)
    revision = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["held_on", "id"]
        verbose_name = _("participation record")
        verbose_name_plural = _("participation records")
        indexes = [models.Index(fields=["project", "held_on"], name="participation_by_date")]

    def __str__(self) -> str:
        return f"{self.held_on} {self.title or self.activity_type_id}"

    @property
    def total(self) -> int:
        return self.women + self.men + self.other


class ParticipantName(models.Model):
    """A participant's name, kept only when the project needs it (e.g. a course with a
    certificate). Removed on request without trace: the audit trail holds counts, not names."""

    record = models.ForeignKey(ParticipationRecord, on_delete=models.CASCADE,
                               related_name="names")
    name = models.CharField(_("name"), max_length=200)

    class Meta:
        ordering = ["name", "id"]
        verbose_name = _("participant's name")
        verbose_name_plural = _("participants' names")

    def __str__(self) -> str:
        return self.name


class SupportedCompany(models.Model):
    project = models.ForeignKey(Project, on_delete=models.CASCADE,
                                related_name="supported_companies")
    country = models.CharField(_("country"), max_length=2, choices=Country.choices,
                               default=Country.SWEDEN)
    organisation_number = models.CharField(
        _("organisation number"), max_length=11, blank=True,
        help_text=_("Swedish: 10 digits (NNNNNN-NNNN); Norwegian: 9 digits. The check digit "
                    "is verified."))
    name = models.CharField(_("company"), max_length=200)
    municipality = models.CharField(_("municipality"), max_length=100, blank=True)
    industry = models.CharField(_("industry (SNI / NACE)"), max_length=20, blank=True)
    leadership = models.CharField(_("leadership"), max_length=10, blank=True,
                                  choices=Leadership.choices)
    size_class = models.CharField(_("size"), max_length=10, blank=True,
                                  choices=SizeClass.choices)
    support_kind = models.CharField(_("kind of support"), max_length=30, blank=True,
                                    choices=SupportKind.choices)
    support_amount = models.DecimalField(_("amount of support"), max_digits=14,
                                         decimal_places=2, null=True, blank=True)
    supported_from = models.DateField(_("supported from"), null=True, blank=True)
    founded_on = models.DateField(_("founded"), null=True, blank=True)
    stated_growth = models.DecimalField(
        _("growth as stated"), max_digits=9, decimal_places=1, null=True, blank=True,
        help_text=_("The growth a document states for this company, shown beside the "
                    "computed one."))
    note = models.CharField(_("note"), max_length=500, blank=True)
    indicators = models.ManyToManyField(ProjectIndicator, blank=True,
                                        related_name="companies",
                                        verbose_name=_("counts towards"))
    revision = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["name", "id"]
        verbose_name = _("supported company")
        verbose_name_plural = _("supported companies")
        constraints = [
            models.UniqueConstraint(fields=["project", "country", "organisation_number"],
                                    condition=~Q(organisation_number=""),
                                    name="supported_company_number_once"),
            models.UniqueConstraint(fields=["project", "name"],
                                    condition=Q(organisation_number=""),
                                    name="supported_company_unnumbered_name_once"),
            models.CheckConstraint(condition=Q(leadership__in=Leadership.values),
                                   name="supported_company_leadership_valid"),
            models.CheckConstraint(condition=Q(size_class__in=SizeClass.values),
                                   name="supported_company_size_valid"),
            models.CheckConstraint(condition=Q(support_kind__in=SupportKind.values),
                                   name="supported_company_support_kind_valid"),
            models.CheckConstraint(condition=Q(country__in=Country.values),
                                   name="supported_company_country_valid"),
            models.CheckConstraint(
                condition=Q(support_amount__isnull=True) | Q(support_amount__gte=0),
                name="supported_company_support_not_negative"),
        ]

    def __str__(self) -> str:
        return self.name


class EmployeeCount(models.Model):
    """Employees of a supported company on a date (full-time equivalents; halves occur)."""

    company = models.ForeignKey(SupportedCompany, on_delete=models.CASCADE,
                                related_name="employee_counts")
    measured_on = models.DateField(_("measured on"))
    label = models.CharField(_("as the source names the date"), max_length=40, blank=True)
    employees = models.DecimalField(_("employees"), max_digits=9, decimal_places=1)

    class Meta:
        ordering = ["measured_on", "id"]
        verbose_name = _("employee count")
        verbose_name_plural = _("employee counts")
        constraints = [
            models.UniqueConstraint(fields=["company", "measured_on"],
                                    name="employee_count_once_per_date"),
            models.CheckConstraint(condition=Q(employees__gte=0),
                                   name="employee_count_not_negative"),
        ]

    def __str__(self) -> str:
        return f"{self.measured_on}: {self.employees}"


class RegisterState(models.Model):
    """The revision of a whole register: an import checks that nobody changed the register
    between the preview and the apply."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE,
                                related_name="register_states")
    register = models.CharField(max_length=20, choices=Register.choices)
    revision = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["project", "register"],
                                    name="register_state_unique"),
            models.CheckConstraint(condition=Q(register__in=Register.values),
                                   name="register_state_register_valid"),
        ]

    def __str__(self) -> str:
        return f"{self.project_id}:{self.register}@{self.revision}"
