"""The reports app's own data: the outlines reports are written in, bulk export jobs and
the printing of single documents."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from projects.models import ApplicationForm, DocumentKind, Programme

REPORT_KINDS = [(DocumentKind.STATUS_REPORT.value, DocumentKind.STATUS_REPORT.label),
                (DocumentKind.FINAL_REPORT.value, DocumentKind.FINAL_REPORT.label)]
LANGUAGE_KEYS = ("sv", "nb", "en")
# What a section may show beside its texts, filled from the project's data.
FIGURES = ("overview", "costs", "period_costs", "financing", "joint", "indicators",
           "participants", "companies", "plan", "risks", "decisions")


class ReportOutline(models.Model):
    """The sections a funder asks a report to have, as data: an administrator adds another
    funder's outline in the admin, and it applies to the programmes named, or to every
    programme of the application forms named."""

    slug = models.SlugField(_("short name"), max_length=80, unique=True)
    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("kind"), max_length=20, choices=REPORT_KINDS)
    programmes = models.ManyToManyField(
        Programme, blank=True, related_name="report_outlines", verbose_name=_("programmes"),
        help_text=_("The programmes that use this outline; it takes precedence there."))
    application_forms = models.JSONField(
        _("application forms"), default=list, blank=True,
        help_text=_("Used by every programme of these application forms that names no "
                    "outline of its own, e.g. [\"swedish\", \"interreg\"]."))
    sections = models.JSONField(
        _("sections"), default=list,
        help_text=_("A list of sections: {\"key\", \"title\": {\"sv\", \"nb\", \"en\"}, "
                    "\"intro\": {...}, \"figures\": [...], \"fields\": [{\"name\", "
                    "\"label\": {...}, \"help\": {...}, \"required\": true, "
                    "\"max_length\": 30000}]}."))
    is_active = models.BooleanField(_("in use"), default=True)

    class Meta:
        ordering = ["kind", "name"]
        verbose_name = _("report outline")
        verbose_name_plural = _("report outlines")
        constraints = [
            models.CheckConstraint(condition=Q(kind__in=[k for k, _label in REPORT_KINDS]),
                                   name="report_outline_kind_valid"),
        ]

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        problems = outline_problems(self.sections, self.application_forms)
        if problems:
            raise ValidationError({"sections": problems})


def _texts_problem(value, where: str) -> str:
    if not isinstance(value, dict) or not str(value.get("sv", "")).strip():
        return str(_("%(where)s needs a Swedish text: {\"sv\": …, \"nb\": …, \"en\": …}.")
                   % {"where": where})
    return ""


def outline_problems(sections, forms) -> list[str]:
    """What is wrong with an outline typed in the admin, in words."""
    problems = []
    if not isinstance(forms, list) or any(f not in ApplicationForm.values for f in forms):
        problems.append(str(_("Application forms must be a list of: %(forms)s.")
                            % {"forms": ", ".join(ApplicationForm.values)}))
    if not isinstance(sections, list) or not sections:
        return [*problems, str(_("An outline needs at least one section."))]
    keys = set()
    for number, section in enumerate(sections, start=1):
        where = str(_("Section %(number)s") % {"number": number})
        if not isinstance(section, dict):
            problems.append(str(_("%(where)s is not an object.") % {"where": where}))
            continue
        key = str(section.get("key", ""))
        if not key.isidentifier() or len(key) > 40 or key in keys:
            problems.append(str(_("%(where)s needs a unique key of letters, digits and _ "
                                  "(at most 40).") % {"where": where}))
        keys.add(key)
        if problem := _texts_problem(section.get("title"), where):
            problems.append(problem)
        unknown = set(section.get("figures", [])) - set(FIGURES)
        if unknown:
            problems.append(str(_("%(where)s names unknown figures: %(names)s (known: "
                                  "%(known)s).") % {"where": where,
                                                    "names": ", ".join(sorted(unknown)),
                                                    "known": ", ".join(FIGURES)}))
        names = set()
        for field in section.get("fields", []):
            name = str(field.get("name", "")) if isinstance(field, dict) else ""
            if not name.isidentifier() or name in names:
                problems.append(str(_("%(where)s: every field needs a unique name.")
                                    % {"where": where}))
                continue
            names.add(name)
            if problem := _texts_problem(field.get("label"), f"{where}, {name}"):
                problems.append(problem)
        if not names and not section.get("figures"):
            problems.append(str(_("%(where)s has neither fields nor figures.")
                                % {"where": where}))
    return problems


class ExportStatus(models.TextChoices):
    QUEUED = "queued", _("Waiting for the worker")
    RUNNING = "running", _("Being made")
    DONE = "done", _("Ready")
    FAILED = "failed", _("Failed")


class ExportDocument(models.TextChoices):
    FINAL = "final", _("Final reports")
    APPLICATION = "application", _("Applications")


class BackgroundJob(models.Model):
    """What every piece of work made by the task worker keeps: its state, its finished file
    (offered only once whole), why it failed, and when it was asked for and last heard of."""

    status = models.CharField(_("status"), max_length=20, choices=ExportStatus.choices,
                              default=ExportStatus.QUEUED)
    file_name = models.CharField(max_length=200, blank=True)
    file_size = models.PositiveBigIntegerField(default=0)
    error = models.TextField(_("error"), blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    task_id = models.CharField(max_length=64, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        abstract = True


class ExportJob(BackgroundJob):
    """One bulk export: every final report (or application) of a programme or a funding body,
    optionally of one year, as a zip made in the background. Its file is offered only once
    the worker has written all of it."""

    requested_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                                     related_name="+")
    document = models.CharField(_("documents"), max_length=20, choices=ExportDocument.choices)
    programme = models.ForeignKey(Programme, null=True, blank=True, on_delete=models.CASCADE,
                                  related_name="+", verbose_name=_("programme"))
    funding_body = models.ForeignKey("portal.Organisation", null=True, blank=True,
                                     on_delete=models.CASCADE, related_name="+",
                                     verbose_name=_("funding body"))
    year = models.PositiveSmallIntegerField(_("year"), null=True, blank=True)
    language = models.CharField(_("language"), max_length=2, default="sv")
    percent = models.PositiveSmallIntegerField(_("done (%)"), default=0)
    total = models.PositiveIntegerField(default=0)
    written = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("export")
        verbose_name_plural = _("exports")
        constraints = [
            models.CheckConstraint(condition=Q(status__in=ExportStatus.values),
                                   name="export_status_valid"),
            models.CheckConstraint(condition=Q(document__in=ExportDocument.values),
                                   name="export_document_valid"),
            models.CheckConstraint(condition=Q(percent__lte=100), name="export_percent_max"),
            models.CheckConstraint(
                condition=Q(programme__isnull=False) | Q(funding_body__isnull=False),
                name="export_has_scope"),
            models.CheckConstraint(condition=~Q(status="done") | ~Q(file_name=""),
                                   name="export_done_has_file"),
        ]

    def __str__(self) -> str:
        return f"{self.get_document_display()} {self.pk}"


class RenderJob(BackgroundJob):
    """One PDF of one project document, printed by the task worker so that no web request
    waits for a large document. A frozen version prints the same forever, so its file is kept
    and served again (`frozen`); a draft is printed afresh each time it is asked for."""

    requested_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                                     related_name="+")
    project = models.ForeignKey("projects.Project", on_delete=models.CASCADE,
                                related_name="+")
    document = models.CharField(_("document"), max_length=20)  # application, status, final,
    # or dashboard: the status dashboard as at a day beside another, for the one who asked
    report_number = models.PositiveIntegerField(null=True, blank=True)
    version = models.PositiveIntegerField(null=True, blank=True)
    language = models.CharField(_("language"), max_length=2, default="sv")
    archival = models.BooleanField(default=False)
    frozen = models.BooleanField(default=False)
    as_at = models.DateField(null=True, blank=True)  # a dashboard's day (None: today)
    compared_with = models.DateField(null=True, blank=True)  # the day beside it, if chosen
    download_name = models.CharField(max_length=200, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("printed document")
        verbose_name_plural = _("printed documents")
        indexes = [models.Index(fields=["project", "document", "report_number", "version",
                                        "language", "archival"], name="render_job_key")]
        constraints = [
            models.CheckConstraint(condition=Q(status__in=ExportStatus.values),
                                   name="render_status_valid"),
            models.CheckConstraint(condition=Q(document__in=["application", "status",
                                                             "final", "dashboard"]),
                                   name="render_document_valid"),
            models.CheckConstraint(condition=~Q(status="done") | ~Q(file_name=""),
                                   name="render_done_has_file"),
        ]

    def __str__(self) -> str:
        return f"{self.document} {self.pk}"
