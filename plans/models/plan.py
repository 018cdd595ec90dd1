"""A project's time and activity plan: work packages with activities and deliverables, and
milestones and decision points.

The structure (titles, periods, responsibility, order) is part of the application. Activity
statuses, deliverables done and milestones reached are follow-up, kept as dated records so
the plan can be read as it stood on any day.
"""

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from plans.models.choices import ActivityStatus, MilestoneKind, Resolution
from projects.models import Programme, Project


class Plan(models.Model):
    """The plan's settings and the revision of what is edited as a whole (the order of the
    work packages, the milestone list)."""

    project = models.OneToOneField(Project, on_delete=models.CASCADE, related_name="plan")
    resolution = models.CharField(_("plan kept by"), max_length=10, choices=Resolution.choices,
                                  default=Resolution.MONTH)
    work_package_word = models.CharField(
        _("what the project calls a work package"), max_length=60, blank=True,
        help_text=_("E.g. “Insatsområde”, “Delmål”, “Arbetspaket”. Empty: work package."))
    note = models.TextField(_("note on the plan"), blank=True)
    meeting_rule = models.TextField(
        _("status meetings and reporting"), blank=True,
        help_text=_("How often the steering group meets and how status is reported, as the "
                    "project has agreed."))
    revision = models.PositiveIntegerField(default=0)
    milestone_revision = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("activity plan")
        verbose_name_plural = _("activity plans")
        constraints = [
            models.CheckConstraint(condition=Q(resolution__in=Resolution.values),
                                   name="plan_resolution_valid"),
        ]

    def __str__(self) -> str:
        return str(self.project)


class WorkPackage(models.Model):
    project = models.ForeignKey(Project, on_delete=models.CASCADE,
                                related_name="work_packages")
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    title = models.CharField(_("title"), max_length=300)
    description = models.TextField(_("description"), blank=True)
    revision = models.PositiveIntegerField(default=0)  # its structure, activities included
    progress_revision = models.PositiveIntegerField(default=0)  # statuses and deliverables

    class Meta:
        ordering = ["position", "id"]
        verbose_name = _("work package")
        verbose_name_plural = _("work packages")

    def __str__(self) -> str:
        return self.title


class Activity(models.Model):
    work_package = models.ForeignKey(WorkPackage, on_delete=models.CASCADE,
                                     related_name="activities")
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    title = models.CharField(_("title"), max_length=300)
    description = models.TextField(_("description"), blank=True)
    responsible = models.CharField(_("responsible"), max_length=200, blank=True,
                                   help_text=_("An organisation or a person."))
    start_month = models.DateField(_("start"))  # first day of the first month
    end_month = models.DateField(_("end"))  # first day of the last month
    # The latest progress record, kept here so lists need no history.
    status = models.CharField(_("status"), max_length=12, choices=ActivityStatus.choices,
                              default=ActivityStatus.PLANNED)
    done_count = models.PositiveIntegerField(_("times carried out"), null=True, blank=True)

    class Meta:
        ordering = ["position", "id"]
        verbose_name = pgettext_lazy("activity plan", "activity")
        verbose_name_plural = pgettext_lazy("activity plan", "activities")
        constraints = [
            models.CheckConstraint(condition=Q(end_month__gte=F("start_month")),
                                   name="activity_ends_after_it_starts"),
            models.CheckConstraint(condition=Q(status__in=ActivityStatus.values),
                                   name="activity_status_valid"),
        ]

    def __str__(self) -> str:
        return self.title


class ActivityProgress(models.Model):
    """An activity's status as reported on a day. Never changed afterwards: a new report is a
    new row, so the plan reads as it stood on any date."""

    activity = models.ForeignKey(Activity, on_delete=models.CASCADE, related_name="progress")
    status = models.CharField(_("status"), max_length=12, choices=ActivityStatus.choices)
    done_count = models.PositiveIntegerField(_("times carried out"), null=True, blank=True)
    note = models.TextField(_("comment"), blank=True)
    reported_on = models.DateField(_("reported on"))
    recorded_at = models.DateTimeField(auto_now_add=True)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                    on_delete=models.SET_NULL, related_name="+")

    class Meta:
        ordering = ["reported_on", "id"]
        verbose_name = _("activity progress")
        verbose_name_plural = _("activity progress")
        indexes = [models.Index(fields=["activity", "reported_on"], name="activity_progress_on")]
        constraints = [
            models.CheckConstraint(condition=Q(status__in=ActivityStatus.values),
                                   name="activity_progress_status_valid"),
        ]

    def __str__(self) -> str:
        return f"{self.activity_id}: {self.status} ({self.reported_on})"


class Deliverable(models.Model):
    activity = models.ForeignKey(Activity, on_delete=models.CASCADE,
                                 related_name="deliverables")
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    title = models.CharField(_("title"), max_length=300)
    due_month = models.DateField(_("due"), null=True, blank=True)
    done_on = models.DateField(_("done on"), null=True, blank=True)

    class Meta:
        ordering = ["position", "id"]
        verbose_name = _("deliverable")
        verbose_name_plural = _("deliverables")

    def __str__(self) -> str:
        return self.title

    @property
    def done(self) -> bool:
        return self.done_on is not None


class Milestone(models.Model):
    """A milestone or a decision point (PLP: forstudie → forprosjekt → hovedprosjekt). A
    decision point may be known before its date is: it is kept without one rather than
    given an invented date."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="milestones")
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    kind = models.CharField(_("kind"), max_length=20, choices=MilestoneKind.choices,
                            default=MilestoneKind.MILESTONE)
    title = models.CharField(_("title"), max_length=300)
    description = models.TextField(_("description"), blank=True)
    due_on = models.DateField(_("date"), null=True, blank=True)
    work_package = models.ForeignKey(WorkPackage, null=True, blank=True,
                                     on_delete=models.SET_NULL, related_name="milestones",
                                     verbose_name=_("work package"))
    reached_on = models.DateField(_("reached on"), null=True, blank=True)

    class Meta:
        ordering = ["position", "id"]
        verbose_name = _("milestone or decision point")
        verbose_name_plural = _("milestones and decision points")
        constraints = [
            models.CheckConstraint(condition=Q(kind__in=MilestoneKind.values),
                                   name="milestone_kind_valid"),
        ]

    def __str__(self) -> str:
        return self.title


class ProgrammePlanRules(models.Model):
    """What a programme's application form asks of the activity plan."""

    programme = models.OneToOneField(Programme, on_delete=models.CASCADE,
                                     related_name="plan_rules")
    requires_plan = models.BooleanField(_("a time and activity plan is required"),
                                        default=True)
    requires_responsible = models.BooleanField(
        _("every activity names who is responsible"), default=False)
    requires_milestone = models.BooleanField(
        _("at least one milestone or decision point"), default=False)

    class Meta:
        verbose_name = _("programme rules for activity plans")
        verbose_name_plural = _("programme rules for activity plans")

    def __str__(self) -> str:
        return str(self.programme)
