"""Documents of a project that are written in sections, frozen and decided.

The application is one; the reports app adds status reports and the final report. Each has
its section revisions (the guard against lost updates), its frozen versions and its workflow;
what differs between kinds (sections, snapshot, transitions) lives in the document types of
`projects.documents`, not here.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from projects.models.project import Project


class DocumentKind(models.TextChoices):
    APPLICATION = "application", _("Application")
    STATUS_REPORT = "status_report", _("Status report")
    FINAL_REPORT = "final_report", _("Final report")


class ReportStatus(models.TextChoices):
    """The states of a report document. The application's state is the project's status,
    because up to the decision the application's workflow is the project's."""

    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Submitted")
    RETURNED = "returned", _("Returned for completion")
    APPROVED = "approved", _("Approved")


class Document(models.Model):
    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="documents")
    kind = models.CharField(_("kind"), max_length=20, choices=DocumentKind.choices)
    number = models.PositiveSmallIntegerField(_("number"), default=1)
    period_start = models.DateField(_("period from"), null=True, blank=True)
    period_end = models.DateField(_("period to"), null=True, blank=True)
    status = models.CharField(_("status"), max_length=20, blank=True,
                              choices=ReportStatus.choices)
    outline = models.CharField(
        _("outline"), max_length=80, blank=True,
        help_text=_("Which outline of sections the document follows."),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )

    # Read-through cache of the section states by key, kept by TextSection (not a column).
    _section_states: "dict[str, SectionState] | None" = None

    class Meta:
        ordering = ["project", "kind", "number"]
        verbose_name = _("document")
        verbose_name_plural = _("documents")
        constraints = [
            models.UniqueConstraint(fields=["project", "kind", "number"],
                                    name="document_number_unique"),
            models.UniqueConstraint(fields=["project"], condition=Q(kind="application"),
                                    name="document_one_application"),
            models.UniqueConstraint(fields=["project"], condition=Q(kind="final_report"),
                                    name="document_one_final_report"),
            models.CheckConstraint(condition=Q(kind__in=DocumentKind.values),
                                   name="document_kind_valid"),
            models.CheckConstraint(condition=Q(status__in=["", *ReportStatus.values]),
                                   name="document_status_valid"),
            models.CheckConstraint(
                condition=Q(period_end__isnull=True) | Q(period_start__isnull=True)
                | Q(period_end__gte=models.F("period_start")),
                name="document_period_ordered",
            ),
        ]

    def __str__(self) -> str:
        label = self.get_kind_display()
        return f"{label} {self.number}" if self.kind == DocumentKind.STATUS_REPORT else label

    @property
    def is_application(self) -> bool:
        return self.kind == DocumentKind.APPLICATION


class SectionState(models.Model):
    """The revision counter of one section of a document: the guard against lost updates.

    `content` holds the section's text where the document keeps it itself (reports); the
    application's sections are fields and rows of the project."""

    document = models.ForeignKey(Document, on_delete=models.CASCADE,
                                 related_name="section_states")
    section = models.CharField(max_length=40)
    revision = models.PositiveIntegerField(default=0)
    saved_at = models.DateTimeField(null=True)
    saved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    content = models.JSONField(default=dict, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["document", "section"], name="section_state_unique")
        ]

    def __str__(self) -> str:
        return f"{self.document_id}:{self.section}@{self.revision}"


class VersionKind(models.TextChoices):
    SUBMITTED = "submitted", _("Submitted application")
    APPROVED = "approved", _("Approved application")
    CHANGE = "change", _("Change request")
    REPORT_SUBMITTED = "report_submitted", _("Submitted report")
    REPORT_APPROVED = "report_approved", _("Approved report")


class FrozenVersionError(ValidationError):
    pass


class DocumentVersion(models.Model):
    """A document exactly as it stood when frozen. Never changed or deleted afterwards.

    `content` carries its own schema version (`content["schema"]`), so a version frozen
    today still opens after the format has grown."""

    document = models.ForeignKey(Document, on_delete=models.PROTECT, related_name="versions")
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
            models.UniqueConstraint(fields=["document", "number"],
                                    name="document_version_number_unique"),
            models.CheckConstraint(
                condition=Q(kind__in=VersionKind.values), name="version_kind_valid"
            ),
        ]

    def __str__(self) -> str:
        return f"v{self.number}"

    def save(self, *args, **kwargs):
        if self.pk is not None and not kwargs.get("force_insert"):
            raise FrozenVersionError(_("A frozen version is never changed."))
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise FrozenVersionError(_("A frozen version is never deleted."))

    @property
    def schema(self) -> int:
        return int(self.content.get("schema", 1))
