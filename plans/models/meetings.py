"""Steering-group meetings (styrgruppsmöten) and decision points: who attended, what was
decided, and the follow-up actions with their owners, due dates and dated statuses.

Once the minutes are approved the record is closed: date, attendees, decisions and the
actions as decided no longer change. The actions' progress is still followed up, as dated
updates, so the open and overdue actions can be read as they stood on any day.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from plans.models.choices import ActionStatus, MeetingKind
from plans.models.plan import Milestone
from projects.models import Project


class Meeting(models.Model):
    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="meetings")
    held_on = models.DateField(_("date"))
    kind = models.CharField(_("kind"), max_length=20, choices=MeetingKind.choices,
                            default=MeetingKind.REGULAR)
    title = models.CharField(_("title"), max_length=200, blank=True)
    decision_point = models.ForeignKey(
        Milestone, null=True, blank=True, on_delete=models.SET_NULL, related_name="meetings",
        verbose_name=_("decision point in the plan"))
    notes = models.TextField(_("minutes"), blank=True)
    revision = models.PositiveIntegerField(default=0)
    approved_on = models.DateField(_("minutes approved on"), null=True, blank=True)
    approved_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                    on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                   on_delete=models.SET_NULL, related_name="+")

    class Meta:
        ordering = ["-held_on", "-id"]
        verbose_name = _("steering-group meeting")
        verbose_name_plural = _("steering-group meetings")
        constraints = [
            models.CheckConstraint(condition=Q(kind__in=MeetingKind.values),
                                   name="meeting_kind_valid"),
        ]

    def __str__(self) -> str:
        return self.title or f"{self.get_kind_display()} {self.held_on}"

    @property
    def is_approved(self) -> bool:
        return self.approved_on is not None


class Attendee(models.Model):
    """Someone at the meeting: a person with a role in the project, or a name (a member
    without a login, a guest)."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="attendees")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                             on_delete=models.SET_NULL, related_name="+")
    name = models.CharField(_("name"), max_length=200, blank=True)
    role = models.CharField(_("role at the meeting"), max_length=100, blank=True)

    class Meta:
        ordering = ["id"]
        verbose_name = _("attendee")
        verbose_name_plural = _("attendees")
        constraints = [
            models.CheckConstraint(condition=Q(user__isnull=False) | ~Q(name=""),
                                   name="attendee_named"),
        ]

    def __str__(self) -> str:
        return self.name or str(self.user)


class Decision(models.Model):
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="decisions")
    position = models.PositiveSmallIntegerField(default=0)
    text = models.TextField(_("decision"))

    class Meta:
        ordering = ["position", "id"]
        verbose_name = _("decision")
        verbose_name_plural = _("decisions")

    def __str__(self) -> str:
        return self.text[:80]


class Action(models.Model):
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="actions")
    position = models.PositiveSmallIntegerField(default=0)
    title = models.CharField(pgettext_lazy("follow-up", "action"), max_length=500)
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                              on_delete=models.SET_NULL, related_name="plan_actions",
                              verbose_name=pgettext_lazy("follow-up", "owner"))
    owner_name = models.CharField(_("owner (name)"), max_length=200, blank=True)
    due_on = models.DateField(_("due"))
    # The latest update, kept here so lists need no history.
    status = models.CharField(_("status"), max_length=12, choices=ActionStatus.choices,
                              default=ActionStatus.OPEN)
    revision = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["due_on", "position", "id"]
        verbose_name = pgettext_lazy("follow-up", "action")
        verbose_name_plural = pgettext_lazy("follow-up", "actions")
        constraints = [
            models.CheckConstraint(condition=Q(owner__isnull=False) | ~Q(owner_name=""),
                                   name="action_has_owner"),
            models.CheckConstraint(condition=Q(status__in=ActionStatus.values),
                                   name="action_status_valid"),
        ]

    def __str__(self) -> str:
        return self.title


class ActionUpdate(models.Model):
    """An action's status as reported on a day; the first one is written with the meeting."""

    action = models.ForeignKey(Action, on_delete=models.CASCADE, related_name="updates")
    status = models.CharField(_("status"), max_length=12, choices=ActionStatus.choices)
    changed_on = models.DateField(_("on"))
    note = models.TextField(_("comment"), blank=True)
    recorded_at = models.DateTimeField(auto_now_add=True)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                    on_delete=models.SET_NULL, related_name="+")

    class Meta:
        ordering = ["changed_on", "id"]
        verbose_name = _("action update")
        verbose_name_plural = _("action updates")
        constraints = [
            models.CheckConstraint(condition=Q(status__in=ActionStatus.values),
                                   name="action_update_status_valid"),
        ]

    def __str__(self) -> str:
        return f"{self.action_id}: {self.status} ({self.changed_on})"
