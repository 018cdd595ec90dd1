"""The portfolio's filter (django-filter), its choices drawn from the funding body's own
programmes, focus areas, municipalities and financiers (the last two chosen by typing part of
a name, see `choosers`). The selector gets the cleaned values as plain data
(`selectors.Criteria`)."""

from functools import partial

import django_filters
from django import forms
from django.forms.utils import flatatt
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from projects.models import Programme, Project, ProjectStatus
from reports.portfolio import counties, kept
from reports.portfolio.choosers import (
    CHOOSERS,
    PortfolioOrganisationField,
    portfolio_organisations,
    search_url,
)
from reports.portfolio.models import FocusArea, Leadership, PortfolioLine
from reports.portfolio.selectors import IMPORTED, Criteria


class LongSelect(forms.Select):
    """A select written in one pass: the municipalities and financiers of a large portfolio
    run to hundreds of options, which the per-option widget templates (or format_html per
    option) render slowly. `fill` gives it its options as (value, label) pairs read with
    values_list, so no model instance is made for an option."""

    def fill(self, pairs) -> None:
        """Options read only when the select is drawn (the API and the exports never draw
        it; a chosen value is checked against the field's queryset alone)."""
        self._pairs = pairs

    def render(self, name, value, attrs=None, renderer=None):
        if getattr(self, "_pairs", None) is not None:
            self.choices = [("", ""), *self._pairs]
            self._pairs = None
        chosen = "" if value is None else str(value)
        options = "".join(  # the empty choice reads "All", as in the project list's filter
            f'<option value="{escape(key)}"{" selected" if str(key) == chosen else ""}>'
            f"{escape(label if key != '' else _('All'))}</option>" for key, label in self.choices)
        return mark_safe(f'<select name="{escape(name)}"'
                         f"{flatatt(self.build_attrs(self.attrs, attrs))}>{options}</select>")


def _numbered(areas):
    """The focus areas as "1. Name", read only when the select is drawn (a generator)."""
    for pk, number, label in areas.values_list("pk", "position", "name"):
        yield pk, f"{number}. {label}"


def _counties_of(funding_body_id: int):
    """The counties of the portfolio's municipalities, named from their codes (kept with the
    portfolio's lines: every page would otherwise read them all for a few dozen codes)."""
    def named():
        lines = PortfolioLine.objects.filter(funding_body_id=funding_body_id).order_by()
        return [("", "")] + sorted(
            ((key, counties.name(key)) for key in
             lines.exclude(county="").values_list("county", flat=True).distinct()),
            key=lambda choice: choice[1])
    return kept.kept_choices("counties", funding_body_id, named)


class OrganisationFilter(django_filters.Filter):
    """Read by `PortfolioFilter.criteria`, never applied to a queryset itself."""

    field_class = PortfolioOrganisationField


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
    municipality = OrganisationFilter(label=_("Municipality"))
    county = django_filters.ChoiceFilter(label=_("County"), choices=[], widget=LongSelect)
    year = django_filters.NumberFilter(
        label=_("Year"), widget=forms.NumberInput(attrs={"min": 1990, "max": 2100}))
    financier = OrganisationFilter(label=_("Financier"))
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
        choices = {
            "programme": Programme.objects.filter(funding_body_id=funding_body_id),
            "focus_area": FocusArea.objects.filter(
                classification__funding_body_id=funding_body_id),
        }
        for name, queryset in choices.items():
            ordered = queryset.order_by("position" if name == "focus_area" else "name")
            fields[name].queryset = ordered  # what a chosen value is checked against
            fields[name].widget.fill(_numbered(ordered) if name == "focus_area"
                                     else ordered.values_list("pk", "name"))
        organisations = portfolio_organisations(funding_body_id)
        for name in CHOOSERS:
            fields[name].bind(organisations[name], search_url(name, funding_body_id))
        # A callable: read when the select is drawn or a chosen county is checked.
        fields["county"].choices = partial(_counties_of, funding_body_id)

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
