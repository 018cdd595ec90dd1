"""Forms of the register pages: they read what was posted into the services' plain data."""

from datetime import date

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from indicators.models import Leadership, SizeClass, SupportKind
from indicators.services.companies import CompanyInput, EmployeeCountInput
from indicators.services.participants import ActivityTypeInput, ParticipationInput
from portal.fields import AmountField
from portal.models import Country

DATE = forms.DateInput(attrs={"type": "date"})
MAX_NAMES = 500


class ActivityTypeForm(forms.Form):
    name = forms.CharField(label=gettext_lazy("Activity type"), max_length=200)
    plan_reference = forms.CharField(label=gettext_lazy("Activity in the activity plan"),
                                     max_length=200, required=False)
    stated_count = forms.IntegerField(label=gettext_lazy("Number of activities stated"),
                                      required=False, min_value=0)
    stated_source = forms.CharField(label=gettext_lazy("Stated where"), max_length=300,
                                    required=False)

    def data_for_service(self) -> ActivityTypeInput:
        data = self.cleaned_data
        return ActivityTypeInput(data["name"], data["plan_reference"], data["stated_count"],
                                 data["stated_source"])


class ParticipationForm(forms.Form):
    activity_type = forms.TypedChoiceField(label=gettext_lazy("Activity type"), coerce=int)
    held_on = forms.DateField(label=gettext_lazy("Date"), widget=DATE)
    title = forms.CharField(label=gettext_lazy("Activity"), max_length=200, required=False)
    women = forms.IntegerField(label=gettext_lazy("Women"), min_value=0, initial=0)
    men = forms.IntegerField(label=gettext_lazy("Men"), min_value=0, initial=0)
    other = forms.IntegerField(label=gettext_lazy("Other or not stated"), min_value=0,
                               initial=0)
    note = forms.CharField(label=gettext_lazy("Note"), max_length=500, required=False)
    names = forms.CharField(
        label=gettext_lazy("Names (only where the project needs them)"), required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=gettext_lazy("One name a line. Kept only when the project needs them, "
                               "e.g. for course certificates; removed on request."))

    def __init__(self, *args, kinds, with_names: bool, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["activity_type"].choices = [(k.pk, k.name) for k in kinds]
        if not with_names:
            del self.fields["names"]

    def clean_names(self) -> list[str]:
        names = [line.strip() for line in self.cleaned_data["names"].splitlines()
                 if line.strip()]
        if len(names) > MAX_NAMES:
            raise ValidationError(_("At most %(n)d names.") % {"n": MAX_NAMES})
        return names

    def data_for_service(self, record_id=None, revision=None) -> ParticipationInput:
        data = self.cleaned_data
        return ParticipationInput(
            data["activity_type"], data["held_on"], data["title"], data["women"],
            data["men"], data["other"], data["note"],
            names=data["names"] if "names" in self.fields else None, id=record_id,
            expected_revision=revision)


class CompanyForm(forms.Form):
    name = forms.CharField(label=gettext_lazy("Company"), max_length=200)
    country = forms.ChoiceField(label=gettext_lazy("Country"), choices=Country.choices,
                                initial=Country.SWEDEN)
    organisation_number = forms.CharField(
        label=gettext_lazy("Organisation number"), max_length=20, required=False,
        help_text=gettext_lazy("Swedish NNNNNN-NNNN or Norwegian NNN NNN NNN; the check "
                               "digit is verified."))
    municipality = forms.CharField(label=gettext_lazy("Municipality"), max_length=100,
                                   required=False)
    industry = forms.CharField(label=gettext_lazy("Industry (SNI / NACE)"), max_length=20,
                               required=False)
    leadership = forms.ChoiceField(label=gettext_lazy("Leadership"),
                                   choices=Leadership.choices, required=False)
    size_class = forms.ChoiceField(label=gettext_lazy("Size"), choices=SizeClass.choices,
                                   required=False)
    support_kind = forms.ChoiceField(label=gettext_lazy("Kind of support"),
                                     choices=SupportKind.choices, required=False)
    support_amount = AmountField(label=gettext_lazy("Amount of support"), required=False,
                                 max_digits=14, decimal_places=2)
    supported_from = forms.DateField(label=gettext_lazy("Supported from"), required=False,
                                     widget=DATE)
    founded_on = forms.DateField(label=gettext_lazy("Founded"), required=False, widget=DATE)
    stated_growth = AmountField(label=gettext_lazy("Growth in employees as stated"),
                                required=False, max_digits=9, decimal_places=1)
    note = forms.CharField(label=gettext_lazy("Note"), max_length=500, required=False)
    indicators = forms.TypedMultipleChoiceField(
        label=gettext_lazy("Counts towards"), coerce=int, required=False,
        widget=forms.CheckboxSelectMultiple)

    def __init__(self, *args, indicators, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["indicators"].choices = [(i.pk, f"{i.code} {i.label()}".strip())
                                             for i in indicators]

    def data_for_service(self, counts, company_id=None, revision=None) -> CompanyInput:
        data = self.cleaned_data
        return CompanyInput(
            name=data["name"], country=data["country"],
            organisation_number=data["organisation_number"],
            municipality=data["municipality"], industry=data["industry"],
            leadership=data["leadership"], size_class=data["size_class"],
            support_kind=data["support_kind"], support_amount=data["support_amount"],
            supported_from=data["supported_from"], founded_on=data["founded_on"],
            stated_growth=data["stated_growth"], note=data["note"],
            indicator_ids=data["indicators"], employee_counts=counts, id=company_id,
            expected_revision=revision)


def count_rows(post, existing) -> tuple[list[dict], list[EmployeeCountInput], dict]:
    """The employee-count rows as posted (or as saved, plus two empty ones): what to show,
    what to save, and the errors by field name."""
    parser = AmountField(required=False, max_digits=9, decimal_places=1)
    if post is None:
        rows = [{"measured_on": c.measured_on.isoformat(), "label": c.label,
                 "employees": f"{c.employees.normalize():f}".replace(".", ",")}
                for c in existing]
        rows += [{"measured_on": "", "label": "", "employees": ""}] * 2
        return _named(rows), [], {}
    shown, counts, errors = [], [], {}
    for n in range(min(int(post.get("counts", "0") or 0), 100)):
        row = {part: post.get(f"count-{n}-{part}", "").strip()
               for part in ("measured_on", "label", "employees")}
        shown.append(row)
        if not any(row.values()):
            continue
        try:
            day = date.fromisoformat(row["measured_on"])
        except ValueError:
            errors[f"count-{n}-measured_on"] = _("Give the date as YYYY-MM-DD.")
            continue
        try:
            employees = parser.clean(row["employees"])
        except ValidationError:
            employees = None
        if employees is None:
            errors[f"count-{n}-employees"] = _("Give the number of employees, e.g. 4 or 2,5.")
            continue
        counts.append(EmployeeCountInput(day, employees, row["label"][:40]))
    return _named(shown, errors), counts, errors


def _named(rows: list[dict], errors: dict | None = None) -> list[dict]:
    errors = errors or {}
    return [{**row, "index": n, "bad_date": f"count-{n}-measured_on" in errors,
             "bad_employees": f"count-{n}-employees" in errors} for n, row in enumerate(rows)]
