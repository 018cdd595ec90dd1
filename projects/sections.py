"""The application's sections: what each holds, when it applies and when it is complete.

Each section is saved on its own, has its own revision counter (SectionState) and its own
completeness rule, so a team can write the application over days, a section at a time. The
application's sections are fields and row lists of the project; writing one writes only its
own fields and rows (`projects.section_writer`).
"""

from dataclasses import dataclass, field

from django.db import models
from django.utils.translation import gettext_lazy as _

from portal.types import Text
from projects.models import (
    ApplicationForm,
    BenefitArea,
    Document,
    GroupMember,
    Participation,
    ParticipationRole,
    Project,
    SectionState,
    StaffMember,
    SubGoal,
)


@dataclass(frozen=True)
class RowList:
    """Rows of a related model edited inside a section (sub-goals, staff, ...)."""

    name: str  # related name on Project
    model: type[models.Model]
    fields: tuple[str, ...]
    label: Text
    min_rows: int = 0


@dataclass(frozen=True)
class Section:
    """A section of the application: project fields and row lists (a document section)."""

    key: str
    title: Text
    fields: tuple[str, ...] = ()
    required: tuple[str, ...] = ()
    lists: tuple[RowList, ...] = ()
    only_for: frozenset[str] = field(default_factory=frozenset)

    def applies_to(self, document: Document | Project) -> bool:
        project = _project(document)
        return not self.only_for or project.programme.application_form in self.only_for

    def content(self, document: Document) -> dict:
        from projects.snapshot import section_content

        return section_content(_project(document), self)

    def write(self, document: Document, data, state: SectionState) -> None:
        from projects.section_writer import write_section

        write_section(_project(document), self, data)

    def missing(self, document: Document | Project) -> list[Text]:
        """What is still missing, in words the applicant understands."""
        project = _project(document)
        gaps: list[Text] = []
        for name in self.required:
            if not str(getattr(project, name) or "").strip():
                label = _label(name)
                gaps.append(_("%(field)s is empty") % {"field": str(label).capitalize()})
        for rows in self.lists:
            count = len(_rows(project, rows.name))
            if count < rows.min_rows:
                gaps.append(
                    _("%(list)s: at least %(n)d needed") % {"list": rows.label, "n": rows.min_rows}
                )
        gaps.extend(_extra_gaps(self.key, project))
        return gaps


def period_problem(start, end) -> str:
    """The rule on a project's period, said where the dates are typed and where they are
    saved."""
    if start and end and end < start:
        return str(_("The project cannot end before it starts."))
    return ""


def _project(document: Document | Project) -> Project:
    return document.project if isinstance(document, Document) else document


def _rows(project: Project, related_name: str) -> list:
    """Rows through prefetch when the caller prefetched them, so the overview stays cheap."""
    return list(getattr(project, related_name).all())


def _label(name: str) -> Text:
    field = Project._meta.get_field(name)
    return field.verbose_name if isinstance(field, models.Field) else name


def _extra_gaps(key: str, project: Project) -> list[Text]:
    start, end = project.start_date, project.end_date
    if key == "basics" and start and end and end < start:
        return [_("The project ends before it starts")]
    if key == "organisation":
        roles = [p.role for p in _rows(project, "participations")]
        if ParticipationRole.OWNER not in roles:
            return [_("No project owner among the participating organisations")]
    return []


SUB_GOALS = RowList("sub_goals", SubGoal, ("title", "description"), _("Sub-goals"))
BENEFIT_AREAS = RowList(
    "benefit_areas", BenefitArea, ("title", "description"), _("Benefit areas"), min_rows=1
)
PARTICIPATIONS = RowList(
    "participations", Participation, ("organisation", "role"),
    _("Participating organisations"), min_rows=1,
)
GROUP_MEMBERS = RowList(
    "group_members", GroupMember,
    ("group", "name", "organisation", "kind", "role_title"), _("Steering and reference groups"),
)
STAFF = RowList("staff", StaffMember, ("name", "title", "organisation", "fte"), _("Staff"))

SECTIONS: tuple[Section, ...] = (
    Section(
        "basics", _("Project and summary"),
        fields=("title", "start_date", "end_date", "summary"),
        required=("title", "start_date", "end_date", "summary"),
    ),
    Section("background", _("Background"), fields=("background",), required=("background",)),
    Section(
        "goals", _("Purpose and goals"),
        fields=("purpose", "main_goal"), required=("purpose", "main_goal"), lists=(SUB_GOALS,),
    ),
    Section(
        "results", _("Expected results and target groups"),
        fields=("expected_results", "target_groups"),
        required=("expected_results", "target_groups"),
    ),
    Section(
        "organisation", _("Organisation"),
        fields=("organisation_description",),
        lists=(PARTICIPATIONS, GROUP_MEMBERS, STAFF),
    ),
    Section(
        "method", _("Way of working and delimitation"),
        fields=("method", "delimitation"), required=("method",),
    ),
    Section(
        "links", _("Links to regional business and other projects"),
        fields=("regional_business_links", "other_project_links"),
        required=("regional_business_links",),
    ),
    Section(
        "dissemination", _("Dissemination, follow-up and evaluation"),
        fields=("dissemination", "evaluation"), required=("dissemination", "evaluation"),
    ),
    Section(
        "horizontal", _("Horizontal criteria"),
        fields=(
            "gender_equality_rating", "gender_equality",
            "equal_opportunities_rating", "equal_opportunities",
            "environment_rating", "environment",
        ),
        required=(
            "gender_equality_rating", "gender_equality",
            "equal_opportunities_rating", "equal_opportunities",
            "environment_rating", "environment",
        ),
    ),
    Section(
        "cross_border", _("Cross-border added value"),
        fields=("cross_border_value",), required=("cross_border_value",),
        only_for=frozenset({ApplicationForm.INTERREG}),
    ),
    Section(
        "benefit_areas", _("Benefit areas"),
        lists=(BENEFIT_AREAS,), only_for=frozenset({ApplicationForm.PLP}),
    ),
)

SECTIONS_BY_KEY = {section.key: section for section in SECTIONS}
PREFETCH = [rows.name for section in SECTIONS for rows in section.lists]


def sections_for(project: Project | Document) -> list[Section]:
    return [section for section in SECTIONS if section.applies_to(project)]


def get_section(project: Project | Document, key: str) -> Section | None:
    section = SECTIONS_BY_KEY.get(key)
    return section if section and section.applies_to(project) else None
