"""The portfolio's filter (django-filter), its choices drawn from the funding body's own
programmes, focus areas, municipalities and financiers. The selector gets the cleaned values
as plain data (`selectors.Criteria`)."""

import django_filters
from django import forms
from django.forms.utils import flatatt
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _

from portal.models import Organisation, OrganisationKind
from projects.access import funding_body_projects
from projects.models import Programme, Project, ProjectStatus
from reports.portfolio import counties
from reports.portfolio.models import DecisionFacts, FocusArea, Leadership, LedgerEntry
from reports.portfolio.selectors import IMPORTED, Criteria


class LongSelect(forms.Select):
    """A select written in one pass: the municipalities and financiers of a large portfolio
    run to hundreds of options, which the per-option widget templates render slowly (and
    the filter's other selects cost a template each)."""

    def render(self, name, value, attrs=None, renderer=None):
        chosen = "" if value is None else str(value)
        options = format_html_join("", '<option value="{}"{}>{}</option>', (
            (str(key), " selected" if str(key) == chosen else "", label)
            for key, label in self.choices))
        return format_html('<select name="{}"{}>{}</select>', name,
                           flatatt(self.build_attrs(self.attrs, attrs)), options)


class PortfolioFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(label=_("Search"))
    programme = django_filters.ModelChoiceFilter(label=_("Programme"),
                                                 queryset=Programme.objects.none(),
                                                 widget=LongSelect)
    status = django_filters.ChoiceFilter(
        label=_("Status"), choices=[*ProjectStatus.choices, (IMPORTED, _("Imported grant"))],
        widget=LongSelect)
    focus_area = django_filters.ModelChoiceFilter(label=_("Focus area"),
                                                  queryset=FocusArea.objects.none(),
                                                  widget=LongSelect)
    municipality = django_filters.ModelChoiceFilter(label=_("Municipality"),
                                                    queryset=Organisation.objects.none(),
                                                    widget=LongSelect)
    county = django_filters.ChoiceFilter(label=_("County"), choices=[], widget=LongSelect)
    year = django_filters.NumberFilter(
        label=_("Year"), widget=forms.NumberInput(attrs={"min": 1990, "max": 2100}))
    financier = django_filters.ModelChoiceFilter(label=_("Financier"),
                                                 queryset=Organisation.objects.none(),
                                                 widget=LongSelect)
    leadership = django_filters.ChoiceFilter(label=_("Leadership"),
                                             choices=Leadership.choices, widget=LongSelect)
    off_track = django_filters.BooleanFilter(
        label=_("Only off track"), widget=forms.CheckboxInput)

    class Meta:
        model = Project
        fields: list[str] = []

    def __init__(self, data=None, *, funding_body_id: int, **kwargs):
        super().__init__(data, queryset=Project.objects.none(), **kwargs)
        fields = self.form.fields
        fields["programme"].queryset = Programme.objects.filter(
            funding_body_id=funding_body_id).order_by("name")
        fields["focus_area"].queryset = FocusArea.objects.filter(
            classification__funding_body_id=funding_body_id).order_by("position")
        used = (DecisionFacts.objects.filter(
            project__programme__funding_body_id=funding_body_id).order_by()
            .values("municipality_id")
            .union(LedgerEntry.objects.filter(funding_body_id=funding_body_id).order_by()
                   .values("municipality_id")))
        municipalities = Organisation.objects.filter(
            kind=OrganisationKind.MUNICIPALITY, pk__in=used).order_by("name")
        fields["municipality"].queryset = municipalities
        fields["county"].choices = [("", "---------")] + sorted(
            {(counties.key(country, code[:2]), counties.name(counties.key(country, code[:2])))
             for country, code in municipalities.exclude(municipality_code="")
             .values_list("country", "municipality_code")}, key=lambda c: c[1])
        from finance.portfolio import financiers_of

        fields["financier"].queryset = financiers_of(
            funding_body_projects(funding_body_id))

    def criteria(self) -> Criteria:
        """The valid part of the filter; an invalid value filters nothing (the form says
        why beside the field)."""
        form = self.form
        data = form.cleaned_data if form.is_valid() else {
            name: value for name, value in getattr(form, "cleaned_data", {}).items()
            if name not in form.errors}

        def pk(name):
            value = data.get(name)
            return value.pk if value is not None else None

        year = data.get("year")
        return Criteria(
            programme_id=pk("programme"), status=data.get("status") or "",
            focus_area_id=pk("focus_area"), municipality_id=pk("municipality"),
            county=data.get("county") or "", year=int(year) if year else None,
            financier_id=pk("financier"), leadership=data.get("leadership") or "",
            off_track=bool(data.get("off_track")), text=(data.get("q") or "").strip()[:200])
