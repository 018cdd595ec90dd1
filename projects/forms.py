"""Forms built from the section registry, so each section's form matches what it holds."""

from django import forms
from django.forms import BaseInlineFormSet, inlineformset_factory, modelform_factory
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from portal.fields import AmountField
from projects.models import ParticipationRole, Programme, Project
from projects.sections import Section

TEXT_ROWS = 8


def _widget_for(field):
    if field.get_internal_type() == "TextField":
        return forms.Textarea(attrs={"rows": TEXT_ROWS, "data-markdown": "true"})
    if field.get_internal_type() == "DateField":
        return forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    if field.choices and field.name.endswith("_rating"):
        return forms.RadioSelect
    return None


def _widgets(model, names):
    widgets = {}
    for name in names:
        widget = _widget_for(model._meta.get_field(name))
        if widget is not None:
            widgets[name] = widget
    return widgets


class SectionForm(forms.ModelForm):
    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start_date"), cleaned.get("end_date")
        if start and end and end < start:
            self.add_error("end_date", _("The project cannot end before it starts."))
        return cleaned


def section_form_class(section: Section):
    return modelform_factory(
        Project, form=SectionForm, fields=section.fields,
        widgets=_widgets(Project, section.fields), localized_fields="__all__",
    )


class ParticipationFormSet(BaseInlineFormSet):
    """One project owner; the database says so too, but the person should hear it here."""

    def clean(self):
        super().clean()
        owners = [
            form for form in self.forms
            if form.cleaned_data.get("role") == ParticipationRole.OWNER
            and not form.cleaned_data.get("DELETE")
        ]
        if len(owners) > 1:
            for form in owners[1:]:
                form.add_error("role", _("A project has one project owner."))
            raise forms.ValidationError(_("A project has one project owner."))


ROW_FORMSETS = {"participations": ParticipationFormSet}


def section_formsets(section: Section, project: Project, data=None) -> list:
    formsets = []
    for rows in section.lists:
        widgets = _widgets(rows.model, rows.fields)
        for name in rows.fields:
            if rows.model._meta.get_field(name).get_internal_type() == "TextField":
                widgets[name] = forms.Textarea(attrs={"rows": 3})
        factory = inlineformset_factory(
            Project, rows.model, formset=ROW_FORMSETS.get(rows.name, BaseInlineFormSet),
            fields=rows.fields, widgets=widgets, extra=1, can_delete=True,
            localized_fields="__all__",  # "1,5" heltid, as Swedish and Norwegian users type it
        )
        formset = factory(data, instance=project, prefix=rows.name,
                          queryset=getattr(project, rows.name).all())
        formset.label = rows.label
        _share_choices(formset)
        formsets.append(formset)
    return formsets


def _share_choices(formset) -> None:
    """Load each select's options once for the whole formset, not once per row."""
    for name, field in formset.form.base_fields.items():
        if isinstance(field, forms.ModelChoiceField):
            choices = list(field.choices)
            for form in formset.forms:
                form.fields[name].choices = choices


class ProjectCreateForm(forms.Form):
    title = forms.CharField(label=_("Project name"), max_length=200)
    programme = forms.ModelChoiceField(
        label=_("Programme"), queryset=Programme.objects.filter(is_open=True)
    )

    def unique_slug(self) -> str:
        base = slugify(self.cleaned_data["title"])[:70] or "projekt"
        slug, number = base, 2
        while Project.objects.filter(slug=slug).exists():
            slug, number = f"{base}-{number}", number + 1
        return slug


class CommentForm(forms.Form):
    comment = forms.CharField(label=_("Comment"), widget=forms.Textarea(attrs={"rows": 4}),
                              required=False)


class ApprovalForm(CommentForm):
    granted_amount = AmountField(
        label=_("Granted amount"), max_digits=14, decimal_places=2, min_value=0,
        required=False, help_text=_("In the programme's reporting currency."),
    )


class ChangeRequestForm(forms.Form):
    reason = forms.CharField(
        label=_("What should change and why"), widget=forms.Textarea(attrs={"rows": 4})
    )
