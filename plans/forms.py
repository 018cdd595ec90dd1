"""From what a person typed to the services' plain data, and back: the work package editor,
the milestone list, the progress report and the plan's settings. What cannot be read stays
on the page with its message at the field."""

from dataclasses import dataclass, field
from datetime import date

from django import forms
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from plans import periods, rows
from plans.models import MilestoneKind, Resolution
from plans.readmodels import PlanView, WorkPackageView
from plans.rules import Bounds, activity_problems
from plans.services.milestones import MilestoneInput
from plans.services.structure import (
    ActivityInput,
    DeliverableInput,
    PlanSettingsInput,
    WorkPackageInput,
)
from portal.forms import bounded_texts

DELIVERABLES = rows.Spec("d", ("title", "due"))
ACTIVITIES = rows.Spec("a", ("title", "responsible", "start", "end", "description"),
                       DELIVERABLES)
MILESTONES = rows.Spec("m", ("kind", "title", "due_on", "work_package", "description"))


def read_date(text: str | None) -> date | None:
    try:
        return date.fromisoformat((text or "").strip())
    except ValueError:
        return None


def read_int(text) -> int | None:
    text = str(text or "").strip()
    return int(text) if text.isascii() and text.isdigit() and len(text) < 10 else None


@dataclass
class WorkPackageForm:
    """The work package editor's state: the fields, the activity rows with their deliverable
    rows, and the messages where they belong."""

    title: str = ""
    description: str = ""
    activities: list[rows.Row] = field(default_factory=list)
    errors: dict[str, str] = field(default_factory=dict)

    @classmethod
    def of(cls, package: WorkPackageView | None, resolution: str) -> "WorkPackageForm":
        if package is None:
            return cls(activities=[rows.Row("n1", dict.fromkeys(ACTIVITIES.fields, ""))])
        activities = [rows.saved_row(a.id, {
            "title": a.title, "responsible": a.responsible,
            "start": periods.label(a.start, resolution),
            "end": periods.label(a.end, resolution), "description": a.description,
        }, [rows.saved_row(d.id, {"title": d.title, "due": d.due_label})
            for d in a.deliverables]) for a in package.activities]
        return cls(title=package.title, description=package.description, activities=activities)

    @classmethod
    def posted(cls, data) -> "WorkPackageForm":
        return cls(title=data.get("title", "").strip(),
                   description=data.get("description", "").strip(),
                   activities=rows.read(data, ACTIVITIES))

    def apply(self, op: str) -> str:
        return rows.apply(op, self.activities, ACTIVITIES)

    def to_input(self, resolution: str, bounds: Bounds) -> WorkPackageInput | None:
        """The plain data for the service, or None when a period could not be read. The
        messages are then at their fields, with the plan's rules checked on the rows that
        could be read, so everything wrong is said at once."""
        activities = []
        for row in self.activities:
            start = self._period(row, "start", resolution)
            end = self._period(row, "end", resolution, end=True)
            deliverables = [DeliverableInput(title=d.values["title"],
                                             due=self._period(d, "due", resolution),
                                             id=d.id) for d in row.children]
            activities.append(ActivityInput(
                title=row.values["title"], start=start, end=end,
                responsible=row.values["responsible"], description=row.values["description"],
                deliverables=deliverables, id=row.id))
        if any(row.has_errors for row in self.activities):
            for row, item in zip(self.activities, activities, strict=True):
                for name, message in activity_problems(item.start, item.end, bounds).items():
                    row.errors.setdefault(name, message)
            return None
        return WorkPackageInput(title=self.title, description=self.description,
                                activities=activities)

    @staticmethod
    def _period(row: rows.Row, name: str, resolution: str, end: bool = False) -> date | None:
        text = row.values.get(name, "")
        if not text:
            return None
        found = periods.parse(text, resolution, end=end)
        if found is None:
            row.errors[name] = _("Write it like %(example)s.") % {
                "example": periods.example(resolution)}
        return found

    def show_errors(self, errors: dict[str, str]) -> None:
        self.errors = rows.place_errors(errors, self.activities, "activities", "deliverables")


@dataclass
class MilestoneForm:
    items: list[rows.Row] = field(default_factory=list)
    errors: dict[str, str] = field(default_factory=dict)

    @classmethod
    def of(cls, plan: PlanView) -> "MilestoneForm":
        return cls(items=[rows.saved_row(m.id, {
            "kind": m.kind, "title": m.title,
            "due_on": m.due_on.isoformat() if m.due_on else "",
            "work_package": str(m.work_package_id or ""),
            "description": m.description}) for m in plan.milestones])

    @classmethod
    def posted(cls, data) -> "MilestoneForm":
        return cls(items=rows.read(data, MILESTONES))

    def apply(self, op: str) -> str:
        focus = rows.apply(op, self.items, MILESTONES)
        for row in self.items:
            row.values["kind"] = row.values["kind"] or MilestoneKind.MILESTONE
        return focus

    def to_input(self) -> list[MilestoneInput] | None:
        found = []
        for row in self.items:
            day = None
            if row.values["due_on"]:
                day = read_date(row.values["due_on"])
                if day is None:
                    row.errors["due_on"] = _("Write the date like 2024-09-30.")
            found.append(MilestoneInput(
                title=row.values["title"], kind=row.values["kind"] or MilestoneKind.MILESTONE,
                due_on=day, description=row.values["description"],
                work_package_id=read_int(row.values["work_package"]), id=row.id))
        return None if any(row.errors for row in self.items) else found

    def show_errors(self, errors: dict[str, str]) -> None:
        self.errors = rows.place_errors(errors, self.items, "milestones")


@bounded_texts
class SettingsForm(forms.Form):
    resolution = forms.ChoiceField(label=gettext_lazy("Plan kept by"),
                                   choices=Resolution.choices, widget=forms.RadioSelect)
    work_package_word = forms.CharField(
        label=gettext_lazy("What the project calls a work package"), required=False,
        max_length=60, help_text=gettext_lazy("E.g. Insatsområde, Delmål, Arbetspaket."))
    note = forms.CharField(label=gettext_lazy("Note on the plan"), required=False,
                           widget=forms.Textarea(attrs={"rows": 4}))
    meeting_rule = forms.CharField(
        label=gettext_lazy("Status meetings and reporting"), required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=gettext_lazy("How often the steering group meets and how status is "
                               "reported."))

    def data_for_service(self) -> PlanSettingsInput:
        return PlanSettingsInput(**self.cleaned_data)
