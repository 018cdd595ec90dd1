from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from projects.models.documents import Document, DocumentVersion
from projects.models.project import Project


class StatusChange(models.Model):
    """One transition of a document's workflow: who moved it from where to where, and why.
    For the application the states are the project's statuses."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="status_changes")
    document = models.ForeignKey(Document, on_delete=models.CASCADE,
                                 related_name="status_changes")
    from_status = models.CharField(max_length=30)
    to_status = models.CharField(max_length=30)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    at = models.DateTimeField(auto_now_add=True)
    comment = models.TextField(_("comment"), blank=True)

    class Meta:
        ordering = ["at", "id"]

    def __str__(self) -> str:
        return f"{self.from_status} → {self.to_status}"


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
        DocumentVersion, null=True, on_delete=models.PROTECT, related_name="+"
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
