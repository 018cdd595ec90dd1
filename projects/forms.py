"""Forms built from the section registry, so each section's form matches what it holds."""

from django import forms
from django.forms import BaseInlineFormSet, inlineformset_factory, modelform_factory
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from portal.fast_widgets import fast
from portal.fields import AmountField
from portal.forms import bounded_texts
from portal.models import Organisation
from portal.organisation_field import ChooserCache, OrganisationChoiceField, share_choosers
from projects.documents.sections import MAX_ROWS, TextSection
from projects.models import Programme, Project
from projects.sections import Section, period_problem

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
    """Reads what was typed. The section's rules are the service's (section_writer); the
    period rule is also said here, so it shows together with the form's own errors."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            if isinstance(field.widget, forms.RadioSelect) and hasattr(field, "choices"):
                # A radio group says "not stated" in words, never Django's "---------".
                field.choices = [(value, label if value != "" else _("Not stated"))
                                 for value, label in field.choices]

    def clean(self):
        cleaned = super().clean() or {}
        if problem := period_problem(cleaned.get("start_date"), cleaned.get("end_date")):
            self.add_error("end_date", problem)
        return cleaned


def section_form_class(section: Section):
    return modelform_factory(
        Project, form=SectionForm, fields=section.fields,
        widgets=_widgets(Project, section.fields), localized_fields="__all__",
    )


def text_section_form_class(section: TextSection):
    fields = {
        spec.name: forms.CharField(
            label=spec.label, help_text=spec.help_text, required=False,
            widget=forms.Textarea(attrs={"rows": TEXT_ROWS, "data-markdown": "true"}))
        for spec in section.fields
    }
    return type("TextSectionForm", (forms.Form,), fields)


def _organisation_fields(search_url: str, cache: ChooserCache):
    """Organisations are chosen by typing part of the name (`portal.organisation_field`),
    never from a `<select>` of them all."""
    def formfield(db_field, **kwargs):
        if getattr(db_field, "related_model", None) is Organisation:
            return OrganisationChoiceField(
                search_url=search_url, cache=cache, required=not db_field.blank,
                label=str(db_field.verbose_name).capitalize())
        field = db_field.formfield(**kwargs)
        if field is not None:
            fast(field.widget)
        return field
    return formfield


class RowFormSet(BaseInlineFormSet):
    """Rows whose fields render without the template engine: a list of a hundred rows has
    hundreds of fields (`portal.fast_widgets`)."""

    def add_fields(self, form, index):
        super().add_fields(form, index)
        for field in form.fields.values():
            fast(field.widget)
        if "DELETE" in form.fields:
            form.fields["DELETE"].label = str(form.fields["DELETE"].label)


def section_formsets(section: Section, project: Project, data=None,
                     search_url: str = "") -> list:
    formsets = []
    cache = ChooserCache()  # one lookup of names for every row of every list
    for rows in section.lists:
        widgets = _widgets(rows.model, rows.fields)
        for name in rows.fields:
            if rows.model._meta.get_field(name).get_internal_type() == "TextField":
                widgets[name] = forms.Textarea(attrs={"rows": 3})
        factory = inlineformset_factory(
            Project, rows.model, formset=RowFormSet,
            fields=rows.fields, widgets=widgets, extra=1, can_delete=True,
            max_num=MAX_ROWS, validate_max=True, absolute_max=MAX_ROWS + 10,
            localized_fields="__all__",  # "1,5" heltid, as Swedish and Norwegian users type it
            formfield_callback=_organisation_fields(search_url, cache),
        )
        _translate_once(factory.form.base_fields)
        formset = factory(data, instance=project, prefix=rows.name,
                          queryset=getattr(project, rows.name).all())
        formset.label = rows.label  # type: ignore[attr-defined]  # the heading of its table
        _share_choices(formset)
        formsets.append(formset)
    share_choosers([(formset.forms, name) for formset in formsets
                    for name, field in formset.form.base_fields.items()
                    if isinstance(field, OrganisationChoiceField)], cache, data)
    return formsets


def _translate_once(fields) -> None:
    """The labels and choices of a list's fields in the page's language, translated once
    before every row copies them rather than again in each row (the rows are built for this
    request, in its language)."""
    for field in fields.values():
        if field.label is not None:
            field.label = str(field.label)
        if isinstance(field, forms.ChoiceField) and not isinstance(field, forms.ModelChoiceField):
            choices = list(field.choices)  # type: ignore[arg-type]  # normalised to a list
            if not any(isinstance(label, (list, tuple)) for _value, label in choices):
                field.choices = [(value, str(label)) for value, label in choices]
                field.__class__ = _shared_choices(type(field))


class SharedChoices:
    """A choice field whose copies, one per row, share its list of choices (translated for
    this page) rather than each deep-copying it; no row changes its choices."""

    def __deepcopy__(self, memo):
        result = forms.Field.__deepcopy__(self, memo)  # type: ignore[arg-type,type-var]
        result._choices = self._choices  # type: ignore[attr-defined]
        return result


_SHARED: dict[type, type] = {}


def _shared_choices(kind: type) -> type:
    if kind not in _SHARED:
        _SHARED[kind] = type(f"Shared{kind.__name__}", (SharedChoices, kind), {})
    return _SHARED[kind]


def _share_choices(formset) -> None:
    """Load each select's options once for the whole formset, not once per row."""
    for name, field in formset.form.base_fields.items():
        if isinstance(field, forms.ModelChoiceField):
            choices = list(field.choices)  # type: ignore[arg-type]  # a ModelChoiceIterator
            for form in formset.forms:
                form.fields[name].choices = choices


class ProjectCreateForm(forms.Form):
    title = forms.CharField(label=_("Project name"), max_length=200)
    programme = forms.ModelChoiceField(
        label=_("Programme"), queryset=Programme.objects.filter(is_open=True),
        empty_label=_("Choose a programme"),
    )

    def unique_slug(self) -> str:
        base = slugify(self.cleaned_data["title"])[:70] or "projekt"
        slug, number = base, 2
        while Project.objects.filter(slug=slug).exists():
            slug, number = f"{base}-{number}", number + 1
        return slug


@bounded_texts
class CommentForm(forms.Form):
    comment = forms.CharField(label=_("Comment"), widget=forms.Textarea(attrs={"rows": 4}),
                              required=False)


@bounded_texts
class ApprovalForm(CommentForm):
    granted_amount = AmountField(
        label=_("Granted amount"), max_digits=14, decimal_places=2, min_value=0,
        required=False, help_text=_("In the programme's reporting currency."),
    )


@bounded_texts
class ChangeRequestForm(forms.Form):
    reason = forms.CharField(
        label=_("What should change and why"), widget=forms.Textarea(attrs={"rows": 4})
    )
