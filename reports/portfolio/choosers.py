"""The portfolio filter's municipality and financier, chosen by typing part of a name: the
portal's organisation chooser (an ARIA combobox the server fills through HTMX), searching only
the organisations of the funding body's own portfolio.

A large portfolio has some 650 municipalities and thousands of financiers; as `<select>`s they
were half the page, drawn again on every page of the list. Now the page draws only the name
already chosen. Without JavaScript the field is a plain text field: the name typed is read
back here (a whole name, or a part that only one organisation of the portfolio has), and when
it means none or several the form says which ones come close.

What the filter reads, under the field's name `N`: `N` an organisation's id (the page's
suggestions set it; links and the API send it alone) and `N-search` the text in the field.
An id counts while the text still shows its name; otherwise the text is read as a name.
"""

import re

from django import forms
from django.db.models import QuerySet
from django.urls import reverse
from django.utils.translation import gettext as _

from portal import organisation_chooser as chooser
from portal.models import Organisation, OrganisationKind
from portal.organisation_field import chooser_context, chooser_html
from reports.portfolio.models import PortfolioFinancier, PortfolioLine

CLOSE = 5  # names offered when the text typed means none or several
_COUNTRY_SUFFIX = re.compile(r"^(?P<name>.*?)\s*\((?P<country>SE|NO)\)$", re.IGNORECASE)


def portfolio_organisations(funding_body_id: int) -> dict[str, QuerySet[Organisation]]:
    """What each chooser may choose: the municipalities of the portfolio's lines and the
    current financiers of its projects (subqueries, read only when searched or checked)."""
    return {
        "municipality": Organisation.objects.filter(
            kind=OrganisationKind.MUNICIPALITY,
            pk__in=PortfolioLine.objects.filter(funding_body_id=funding_body_id)
            .exclude(municipality=None).order_by().values("municipality_id")),
        "financier": Organisation.objects.filter(
            pk__in=PortfolioFinancier.objects.filter(funding_body_id=funding_body_id)
            .order_by().values("financier_id")),
    }


CHOOSERS = ("municipality", "financier")


def search_url(field: str, funding_body_id: int) -> str:
    """The suggestions' address; the funding body is read only for an administrator of the
    whole portal (everyone else has one portfolio)."""
    return (reverse("portfolio:suggestions", args=[field])
            + f"?funding_body={funding_body_id}")


class PortfolioChooser(forms.Widget):
    """The chooser's markup for one filter field; `shown` holds what the field read, so a
    chosen id is named without another query."""

    def __init__(self, attrs=None):
        super().__init__(attrs)
        self.search_url = ""
        self.queryset: QuerySet[Organisation] = Organisation.objects.none()
        self.shown: dict[chooser.Posted, Organisation | None] = {}

    def value_from_datadict(self, data, files, name) -> chooser.Posted:
        return chooser.posted(data, name)

    def value_omitted_from_data(self, data, files, name) -> bool:
        return name not in data and name + chooser.SEARCH_SUFFIX not in data

    def render(self, name, value, attrs=None, renderer=None):
        attrs = self.build_attrs(self.attrs, attrs)
        pk, text = "", ""
        if isinstance(value, chooser.Posted):
            if value not in self.shown:
                self.shown[value] = _held(self.queryset, value)
            organisation = self.shown[value]
            pk = str(organisation.pk) if organisation else value.pk
            text = value.text if value.typed or organisation is None else organisation.name
        return chooser_html(chooser_context(
            name=name, id=attrs.get("id") or f"id_{name}", pk=pk, text=text,
            search_url=self.search_url, invalid=attrs.get("aria-invalid") == "true"))


def _held(queryset: QuerySet[Organisation], value: chooser.Posted) -> Organisation | None:
    return queryset.filter(pk=value.chosen_id).first() if value.chosen_id else None


class PortfolioOrganisationField(forms.Field):
    """An organisation of the portfolio, from the chooser's id or the name typed."""

    widget = PortfolioChooser
    default_error_messages = {  # Django's own words, as the select had them
        "invalid_choice": forms.ModelChoiceField.default_error_messages["invalid_choice"],
    }

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.queryset: QuerySet[Organisation] = Organisation.objects.none()

    @property
    def chooser(self) -> PortfolioChooser:
        assert isinstance(self.widget, PortfolioChooser)
        return self.widget

    def bind(self, queryset: QuerySet[Organisation], url: str) -> None:
        self.queryset = self.chooser.queryset = queryset
        self.chooser.search_url = url

    def to_python(self, value) -> Organisation | None:
        if not isinstance(value, chooser.Posted) or not value.text:
            return None  # nothing typed, or the field emptied: an id alone no longer counts
        held = _held(self.queryset, value)
        if not value.typed or (held is not None and value.text in (
                held.name, f"{held.name} ({held.country})")):
            if held is None:
                raise forms.ValidationError(self.error_messages["invalid_choice"],
                                            code="invalid_choice")
            self.chooser.shown[value] = held
            return held
        found = self._named(value.text)
        self.chooser.shown[value] = found
        return found

    def _named(self, text: str) -> Organisation:
        """The one organisation of the portfolio the text names: the whole name (with the
        country when both countries have it), else the only one whose name contains it."""
        match = _COUNTRY_SUFFIX.match(text)
        name, country = (match["name"], match["country"].upper()) if match else (text, "")
        whole = self.queryset.filter(name__iexact=name)
        if country:
            whole = whole.filter(country=country)
        exact = list(whole[:2])
        if len(exact) == 1:
            return exact[0]
        close = chooser.search(name, limit=CLOSE + 1, within=self.queryset)
        if len(close) == 1 and not exact:
            return self.queryset.get(pk=close[0].pk)
        labels = "; ".join(row.full_label for row in close[:CLOSE])
        if close:
            raise forms.ValidationError(
                _("Several in this portfolio match “%(name)s”: write one of %(labels)s.")
                % {"name": text, "labels": labels}, code="several")
        raise forms.ValidationError(
            _("Nothing in this portfolio matches “%(name)s”.") % {"name": text}, code="none")
