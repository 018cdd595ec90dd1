import django_filters
from django import forms
from django.db.models import Exists, OuterRef, Q
from django.urls import reverse_lazy
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from portal.fast_widgets import fast
from portal.models import Organisation, OrganisationKind
from projects.models import Participation, Programme, Project, ProjectStatus
from projects.search import search_projects


class MunicipalityInput(forms.TextInput):
    """A municipality typed by name (or code), with suggestions from the server as one types;
    without JavaScript it is a plain text filter. Light on every list page, whatever the
    number of municipalities."""

    def __init__(self):
        super().__init__(attrs={
            "list": "municipality-suggestions", "autocomplete": "off",
            "hx-get": reverse_lazy("projects:municipalities"),
            "hx-trigger": "input changed delay:250ms", "hx-target": "#municipality-suggestions",
            "hx-swap": "innerHTML"})

    def render(self, name, value, attrs=None, renderer=None):
        field = super().render(name, value, attrs, renderer)
        return field + mark_safe('<datalist id="municipality-suggestions"></datalist>')


# Years a regional project can be active in; outside them the filter says so instead of
# asking the database for a date it cannot hold (year 10000, year 0).
YEAR_RANGE = (1990, 2100)


class YearFilter(django_filters.NumberFilter):
    field_class = forms.IntegerField  # a year is whole: "2019.5" and "1e4" are refused


class ProjectFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(label=_("Search"), method="search")
    status = django_filters.ChoiceFilter(label=_("Status"), choices=ProjectStatus.choices,
                                         empty_label=_("All"))
    programme = django_filters.ModelChoiceFilter(
        label=_("Programme"), queryset=Programme.objects.all(), empty_label=_("All")
    )
    municipality = django_filters.CharFilter(
        label=_("Municipality"), method="in_municipality", widget=MunicipalityInput(),
    )
    year = YearFilter(
        label=_("Active in year"), method="active_in_year", min_value=YEAR_RANGE[0],
        max_value=YEAR_RANGE[1],
        widget=forms.NumberInput(attrs={"min": YEAR_RANGE[0], "max": YEAR_RANGE[1]}),
    )

    class Meta:
        model = Project
        fields = ["q", "status", "programme", "municipality", "year"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.form.fields.values():
            fast(field.widget)  # the same HTML on every list page, without a template each

    def search(self, queryset, name, value):
        return search_projects(queryset, value)

    def in_municipality(self, queryset, name, value):
        """By the municipality's id (as links and the API send it), its code or its name."""
        value = value.strip()
        if not value:
            return queryset
        municipalities = Participation.objects.filter(
            project=OuterRef("pk"), organisation__kind=OrganisationKind.MUNICIPALITY)
        if value.isdigit():
            matching = Q(organisation_id=int(value)) | Q(organisation__municipality_code=value)
        else:
            # A whole name chosen from the suggestions finds that municipality alone
            # ("Ås kommun", not "Åsby kommun" too); a part of a name finds every match.
            whole = Organisation.objects.filter(kind=OrganisationKind.MUNICIPALITY,
                                                name__iexact=value).exists()
            lookup = "iexact" if whole else "icontains"
            matching = Q(**{f"organisation__name__{lookup}": value})
        return queryset.filter(Exists(municipalities.filter(matching)))

    def active_in_year(self, queryset, name, value):
        year = int(value)
        return queryset.filter(
            Q(start_date__year__lte=year) | Q(start_date__isnull=True),
            Q(end_date__year__gte=year) | Q(end_date__isnull=True),
        )
