from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from projects.models.project import Project, ProjectStatus


class StatusChange(models.Model):
    """One transition of the workflow: who moved the project from where to where, and why."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="status_changes")
    from_status = models.CharField(max_length=30, choices=ProjectStatus.choices)
    to_status = models.CharField(max_length=30, choices=ProjectStatus.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    at = models.DateTimeField(auto_now_add=True)
    comment = models.TextField(_("comment"), blank=True)

    class Meta:
        ordering = ["at", "id"]

    def __str__(self) -> str:
        return f"{self.from_status} → {self.to_status}"


class VersionKind(models.TextChoices):
    SUBMITTED = "submitted", _("Submitted application")
    APPROVED = "approved", _("Approved application")
    CHANGE = "change", _("Change request")


class ApplicationVersion(models.Model):
    """The application exactly as it stood when frozen. Never changed afterwards."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField(_("version"))
    kind = models.CharField(_("kind"), max_length=20, choices=VersionKind.choices)
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    content = models.JSONField()

    class Meta:
        ordering = ["number"]
        constraints = [
            models.UniqueConstraint(fields=["project", "number"], name="version_number_unique"),
            models.CheckConstraint(
                condition=Q(kind__in=VersionKind.values), name="version_kind_valid"
            ),
        ]

    def __str__(self) -> str:
        return f"v{self.number}"


class ChangeRequestStatus(models.TextChoices):
    OPEN = "open", _("Being written")
    SUBMITTED = "submitted", _("Submitted")
    APPROVED = "approved", _("Approved")
    REJECTED = "rejected", _("Rejected")


class ChangeRequest(models.Model):
    """While open, an approved project's application can be edited; approval freezes a version."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="change_requests")
    reason = models.TextField(_("what should change and why"))
    status = models.CharField(
        max_length=20, choices=ChangeRequestStatus.choices, default=ChangeRequestStatus.OPEN
    )
    opened_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    opened_at = models.DateTimeField(auto_now_add=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(null=True)
    decision_comment = models.TextField(blank=True)
    version = models.ForeignKey(
        ApplicationVersion, null=True, on_delete=models.PROTECT, related_name="+"
    )

    class Meta:
        ordering = ["-opened_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["project"],
                condition=Q(status__in=["open", "submitted"]),
                name="change_request_one_pending",
            ),
            models.CheckConstraint(
                condition=Q(status__in=ChangeRequestStatus.values),
                name="change_request_status_valid",
            ),
        ]

    def __str__(self) -> str:
        return self.reason[:60]
