"""The reports app's own data: the outlines reports are written in, and bulk export jobs."""

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
