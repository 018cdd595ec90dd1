from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from projects.models.programme import Programme


class ProjectStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Submitted")
    RETURNED = "returned", _("Returned for completion")
    APPROVED = "approved", _("Approved")
    REJECTED = "rejected", _("Rejected")
    RUNNING = "running", _("Running")
    FINAL_REPORT_SUBMITTED = "final_report_submitted", _("Final report submitted")
    CLOSED = "closed", _("Closed")


class HorizontalRating(models.TextChoices):
    ACTIVE = "active", _("Actively integrated")
    PARTLY = "partly", _("Partly integrated")
    NOT = "not", _("Not integrated")


class Project(models.Model):
    slug = models.SlugField(_("short name in addresses"), max_length=80, unique=True)
    title = models.CharField(_("project name"), max_length=200)
    programme = models.ForeignKey(
        Programme, verbose_name=_("programme"), on_delete=models.PROTECT, related_name="projects"
    )
    status = models.CharField(
        _("status"), max_length=30, choices=ProjectStatus.choices, default=ProjectStatus.DRAFT
    )
    start_date = models.DateField(_("project start"), null=True, blank=True)
    end_date = models.DateField(_("project end"), null=True, blank=True)

    summary = models.TextField(_("summary"), blank=True)
    background = models.TextField(_("background"), blank=True)
    purpose = models.TextField(_("purpose"), blank=True)
    main_goal = models.TextField(_("main goal"), blank=True)
    expected_results = models.TextField(_("expected results"), blank=True)
    target_groups = models.TextField(_("target groups"), blank=True)
    organisation_description = models.TextField(_("how the project is organised"), blank=True)
    method = models.TextField(_("way of working and method"), blank=True)
    delimitation = models.TextField(_("delimitation"), blank=True)
    regional_business_links = models.TextField(_("links to regional business"), blank=True)
    other_project_links = models.TextField(_("links to other projects"), blank=True)
    dissemination = models.TextField(_("dissemination of results"), blank=True)
    evaluation = models.TextField(_("follow-up and evaluation"), blank=True)
    gender_equality_rating = models.CharField(
        _("gender equality"), max_length=10, choices=HorizontalRating.choices, blank=True
    )
    gender_equality = models.TextField(_("how gender equality is integrated"), blank=True)
    equal_opportunities_rating = models.CharField(
        _("equal opportunities and non-discrimination"),
        max_length=10,
        choices=HorizontalRating.choices,
        blank=True,
    )
    equal_opportunities = models.TextField(
        _("how equal opportunities and non-discrimination are integrated"), blank=True
    )
    environment_rating = models.CharField(
        _("environment"), max_length=10, choices=HorizontalRating.choices, blank=True
    )
    environment = models.TextField(_("how the environment is taken into account"), blank=True)
    cross_border_value = models.TextField(_("cross-border added value"), blank=True)
    source_notes = models.TextField(
        _("notes on the source documents"),
        blank=True,
        help_text=_("Where the documents the project came from contradict themselves."),
    )

    granted_amount = models.DecimalField(
        _("granted amount"), max_digits=14, decimal_places=2, null=True, blank=True
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    class Meta:
        ordering = ["title"]
        verbose_name = _("project")
        verbose_name_plural = _("projects")
        # What the project list sorts and filters on. The text search has a GIN index of
        # its own on PostgreSQL (migration 0004, projects.search).
        indexes = [
            models.Index(fields=["title", "id", "programme", "status"], name="project_list_order"),
            models.Index(fields=["programme", "status", "start_date", "end_date"],
                         name="project_list_filters"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=ProjectStatus.values), name="project_status_valid"
            ),
            models.CheckConstraint(
                condition=Q(end_date__isnull=True)
                | Q(start_date__isnull=True)
                | Q(end_date__gte=models.F("start_date")),
                name="project_period_ordered",
            ),
            models.CheckConstraint(
                condition=Q(gender_equality_rating__in=["", *HorizontalRating.values])
                & Q(equal_opportunities_rating__in=["", *HorizontalRating.values])
                & Q(environment_rating__in=["", *HorizontalRating.values]),
                name="project_horizontal_ratings_valid",
            ),
            models.CheckConstraint(
                condition=Q(granted_amount__isnull=True) | Q(granted_amount__gte=0),
                name="project_granted_amount_not_negative",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("projects:overview", args=[self.slug])


class RoleKind(models.TextChoices):
    MANAGER = "manager", _("Project manager")
    MEMBER = "member", _("Project team member")
    STEERING = "steering", _("Steering group member")
    FINANCIER = "financier", _("Financier")
    VIEWER = "viewer", _("Viewer")


class ProjectRole(models.Model):
    """A person's role in one project. No role, no access."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="roles")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="project_roles"
    )
    role = models.CharField(_("role"), max_length=20, choices=RoleKind.choices)
    added_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("project role")
        verbose_name_plural = _("project roles")
        indexes = [models.Index(fields=["user", "project"], name="project_role_by_person")]
        constraints = [
            models.UniqueConstraint(fields=["project", "user"], name="project_role_one_per_user"),
            models.CheckConstraint(
                condition=Q(role__in=RoleKind.values), name="project_role_valid"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} – {self.get_role_display()}"
