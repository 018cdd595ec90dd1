"""The organisation chooser as a form field: a search-as-you-type text field (an ARIA
combobox filled by the server through HTMX) instead of a `<select>` of every organisation.

Forms with many rows share one `ChooserCache` between their rows: the names shown are looked
up in one query for all rows (`show`), and what was posted is read in one go (`read`), so
neither the page nor its save grows in queries with the rows or the organisations."""

from dataclasses import dataclass, field

from django import forms
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from portal import organisation_chooser as chooser
from portal.models import Organisation


@dataclass
class ChooserCache:
    """Names already looked up and posted choices already read, shared by a form's rows."""

    names: dict[int, chooser.OrganisationName] = field(default_factory=dict)
    chosen: dict[chooser.Posted, Organisation | None] = field(default_factory=dict)
    errors: dict[chooser.Posted, str] = field(default_factory=dict)

    def show(self, ids) -> None:
        missing = {int(pk) for pk in ids if pk and str(pk).isdigit()} - set(self.names)
        self.names.update(chooser.names_by_id(missing))

    def read(self, choices) -> None:
        fresh = {str(i): p for i, p in enumerate(set(choices) - set(self.chosen))}
        chosen, errors = chooser.resolve(fresh)
        for key, choice in fresh.items():
            self.chosen[choice] = chosen[key]
            if key in errors:
                self.errors[choice] = errors[key]


class OrganisationChooser(forms.Widget):
    """Writes its markup in Python (`chooser_markup`): a section has a chooser in most of its
    hundred rows. The grids and filters that render few include the template instead."""

    template_name = "includes/organisation_chooser.html"

    def __init__(self, search_url: str = "", cache: ChooserCache | None = None, attrs=None):
        super().__init__(attrs)
        self.search_url = search_url
        self.cache = cache or ChooserCache()

    def value_from_datadict(self, data, files, name) -> chooser.Posted:
        return chooser.posted(data, name)

    def value_omitted_from_data(self, data, files, name) -> bool:
        return name not in data and name + chooser.SEARCH_SUFFIX not in data

    def render(self, name, value, attrs=None, renderer=None):
        return chooser_markup(self.chooser_context(name, value, attrs))

    def chooser_context(self, name, value, attrs=None) -> dict:
        attrs = self.build_attrs(self.attrs, attrs)
        if isinstance(value, chooser.Posted):
            pk, text = value.pk, value.text
        else:
            pk = str(getattr(value, "pk", value) or "")
            self.cache.show([pk])
            shown = self.cache.names.get(int(pk)) if pk.isdigit() else None
            text = shown.label if shown else ""
        return chooser_context(name=name, id=attrs.get("id") or f"id_{name}", pk=pk, text=text,
                               search_url=self.search_url,
                               invalid=attrs.get("aria-invalid") == "true")


def chooser_context(*, name: str, id: str, pk, text: str, search_url: str,
                    invalid: bool = False, error_id: str = "") -> dict:
    """What the chooser's template needs; the financing grid renders it from this too."""
    return {"name": name, "id": id, "pk": "" if pk is None else pk, "text": text,
            "search_name": name + chooser.SEARCH_SUFFIX, "search_url": search_url,
            "invalid": invalid, "error_id": error_id}


def chooser_markup(chooser: dict) -> SafeString:
    """What includes/organisation_chooser.html writes for `chooser` (a `chooser_context`
    whose id and texts are strings), byte for byte (tests/test_chooser_markup.py)."""
    described = chooser["id"] + "-hint"
    if chooser["error_id"]:
        described += " " + chooser["error_id"]
    return format_html(
        '<div class="chooser" data-chooser>\n'
        '  <input type="hidden" name="{name}" value="{pk}" data-chooser-value>\n'
        '  <input type="text" id="{id}" name="{search_name}" value="{text}" autocomplete="off"'
        ' spellcheck="false"\n'
        '    role="combobox" aria-autocomplete="list" aria-expanded="false"'
        ' aria-controls="{id}-options"\n'
        '    aria-describedby="{described}"{invalid}\n'
        '    data-chooser-input hx-get="{search_url}" hx-trigger="input changed delay:250ms"'
        ' hx-target="#{id}-options"\n'
        """    hx-vals='{{"for": "{id}", "field": "{search_name}"}}' hx-sync="this:replace">\n"""
        '  <span class="visually-hidden" id="{id}-hint">{hint}</span>\n'
        '  <ul class="chooser-options" id="{id}-options" role="listbox" aria-label="{label}"'
        ' hidden></ul>\n'
        '</div>\n',
        name=chooser["name"], pk=chooser["pk"], id=chooser["id"],
        search_name=chooser["search_name"], text=chooser["text"], described=described,
        invalid=mark_safe(' aria-invalid="true"') if chooser["invalid"] else "",
        search_url=chooser["search_url"],
        hint=gettext("Type part of the name or the organisation number; choose with the arrow "
                     "keys and Enter."),
        label=gettext("Suggested organisations"))


class OrganisationChoiceField(forms.Field):
    widget = OrganisationChooser
    default_error_messages = {"required": _("Choose an organisation.")}

    def __init__(self, *, search_url: str = "", cache: ChooserCache | None = None, **kwargs):
        self.cache = cache or ChooserCache()
        kwargs.setdefault("widget", OrganisationChooser(search_url, self.cache))
        super().__init__(**kwargs)

    def to_python(self, value):
        if not isinstance(value, chooser.Posted) or not value.text:
            return None
        if value not in self.cache.chosen:
            self.cache.read([value])
        if value in self.cache.errors:
            raise forms.ValidationError(self.cache.errors[value], code="invalid_choice")
        return self.cache.chosen[value]

    def prepare_value(self, value):
        return value

    def has_changed(self, initial, data) -> bool:
        initial_id = str(getattr(initial, "pk", initial) or "")
        if not isinstance(data, chooser.Posted):
            return bool(initial_id)
        if not data.text:
            return bool(initial_id)
        if data.pk != initial_id:
            return True
        if not data.typed:
            return False
        shown = self.cache.names.get(int(initial_id)) if initial_id.isdigit() else None
        return shown is None or data.text not in (shown.label, shown.full_label)


def share_choosers(choosers: list[tuple[list, str]], cache: ChooserCache, data=None) -> None:
    """One cache for the choosers (`forms`, field name) of a page's formsets: the names of the
    rows' organisations in one query, and, when posted, every row's choice read in one go."""
    ids, posted = [], []
    for forms_, name in choosers:
        for form in forms_:
            form.fields[name].cache = form.fields[name].widget.cache = cache
            ids.append(form.initial.get(name))
            if data is not None:
                posted.append(chooser.posted(data, form.add_prefix(name)))
    cache.show(ids)
    if posted:
        cache.read([p for p in posted if p.text])
