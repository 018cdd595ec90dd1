"""Choosing an organisation by typing part of its name: the search behind the chooser, and
reading what a person sent back, in bulk.

A page with a chooser costs the same with 300 or 300 000 organisations: it renders only the
names already chosen (looked up in one query for all its rows) and an empty list that the
server fills as the person types. Without JavaScript the chooser is a plain text field: the
server reads the name typed and, when it is not exactly one organisation, says which ones
come close.

What a chooser posts, under its field name `N`:
- `N` the chosen organisation's id, set when a suggestion is picked (kept from the page);
- `N-search` the text in the field. An id counts only while the text still shows its name;
  otherwise the text is read as a name ("Luleå kommun", or "Luleå kommun (SE)" where
  Sweden and Norway both have one).
"""

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from django.db.models import Case, IntegerField, Q, QuerySet, Value, When
from django.db.models.functions import Upper
from django.utils.datastructures import MultiValueDict
from django.utils.translation import gettext as _

from portal.models import Organisation

SUGGESTIONS = 10
SEARCH_SUFFIX = "-search"
_COUNTRY_SUFFIX = re.compile(r"^(?P<name>.*?)\s*\((?P<country>SE|NO)\)$", re.IGNORECASE)


@dataclass(frozen=True)
class OrganisationName:
    """An organisation as a chooser shows it."""

    pk: int
    name: str
    country: str
    organisation_number: str = ""

    @property
    def label(self) -> str:
        return self.name

    @property
    def full_label(self) -> str:
        """Unambiguous across the two countries, as it is typed back without JavaScript."""
        return f"{self.name} ({self.country})"


@dataclass(frozen=True)
class Posted:
    """What one chooser sent: the id it held and the text in the field."""

    pk: str
    text: str
    typed: bool = True  # False when only an id was sent (a client without the text field)

    @property
    def chosen_id(self) -> int | None:
        return int(self.pk) if self.pk.isascii() and self.pk.isdigit() else None


def printable(value) -> str:
    """What was typed, without control characters (a NUL byte is no part of a name, and the
    database refuses it in a query)."""
    return "".join(ch for ch in str(value or "") if ch.isprintable()).strip()


def posted(data: Mapping, name: str) -> Posted:
    pk = printable(data.get(name, ""))
    if name + SEARCH_SUFFIX not in data:
        return Posted(pk=pk, text=pk, typed=False)
    return Posted(pk=pk, text=printable(data.get(name + SEARCH_SUFFIX, "")))


def _names(queryset: QuerySet) -> list[OrganisationName]:
    return [OrganisationName(*row) for row in
            queryset.values_list("pk", "name", "country", "organisation_number")]


def names_by_id(ids: Iterable[int | None]) -> dict[int, OrganisationName]:
    """The names of the organisations already chosen on a page, in one query."""
    wanted = {pk for pk in ids if pk}
    if not wanted:
        return {}
    return {row.pk: row for row in _names(Organisation.objects.filter(pk__in=wanted))}


def search(text: str, limit: int = SUGGESTIONS,
           within: QuerySet[Organisation] | None = None) -> list[OrganisationName]:
    """Organisations whose name starts with the text first, then those containing it, and an
    organisation number typed with or without its dash; `within` narrows the search (the
    municipalities and financiers of one portfolio)."""
    text = " ".join(printable(text).split())[:100]
    if not text:
        return []
    digits = re.sub(r"[\s\-.]", "", text)
    matching = Q(name__icontains=text)
    if digits.isdigit() and len(digits) >= 6:
        matching |= Q(organisation_number__startswith=digits)
    found = ((Organisation.objects if within is None else within).filter(matching)
             .annotate(starts=Case(When(name__istartswith=text, then=Value(0)), default=Value(1),
                                   output_field=IntegerField()))
             .order_by("starts", "name", "country"))
    return _names(found[:limit])


def resolve(choices: Mapping[str, Posted]
            ) -> tuple[dict[str, Organisation | None], dict[str, str]]:
    """The organisation each chooser means, keyed as given, and a message for each one that
    means none: in three queries whatever the number of choosers."""
    ids = {p.chosen_id for p in choices.values() if p.text and p.chosen_id}
    by_id = Organisation.objects.in_bulk(ids) if ids else {}
    chosen: dict[str, Organisation | None] = {}
    typed: dict[str, tuple[str, str]] = {}
    errors: dict[str, str] = {}
    for key, choice in choices.items():
        if not choice.text:
            chosen[key] = None
            continue
        held = by_id.get(choice.chosen_id) if choice.chosen_id else None
        if not choice.typed:
            chosen[key] = held
            if held is None:
                errors[key] = _("Choose an organisation from the suggestions.")
            continue
        if held is not None and choice.text in (held.name, f"{held.name} ({held.country})"):
            chosen[key] = held
            continue
        match = _COUNTRY_SUFFIX.match(choice.text)
        typed[key] = ((match["name"], match["country"].upper()) if match
                      else (choice.text, ""))
    if typed:
        upper = {name.upper() for name, _country in typed.values()}
        candidates: dict[str, list[Organisation]] = {}
        for org in (Organisation.objects.annotate(upper_name=Upper("name"))
                    .filter(upper_name__in=upper).order_by("country")):
            candidates.setdefault(org.upper_name, []).append(org)
        for key, (name, country) in typed.items():
            found = [org for org in candidates.get(name.upper(), [])
                     if not country or org.country == country]
            if len(found) == 1:
                chosen[key] = found[0]
            else:
                chosen[key] = None
                errors[key] = _not_one(name, found)
    return chosen, errors


def _not_one(name: str, found: list[Organisation]) -> str:
    if found:
        labels = "; ".join(f"{org.name} ({org.country})" for org in found)
        return _("Several organisations are called “%(name)s”: write one of %(labels)s.") % {
            "name": name, "labels": labels}
    close = search(name, limit=5)
    if close:
        return _("No organisation is called “%(name)s”. Did you mean: %(labels)s?") % {
            "name": name, "labels": "; ".join(row.full_label for row in close)}
    return _("No organisation is called “%(name)s”. Search for part of its name, or add it "
             "to the list.") % {"name": name}


def read_choosers(data, names: Iterable[str]):
    """A copy of the posted data in which each chooser's id is the organisation its text
    means (empty where it means none), and a message for each chooser that means none."""
    choices = {name: posted(data, name) for name in names
               if name in data or name + SEARCH_SUFFIX in data}
    chosen, errors = resolve(choices)
    # Not `data.copy()`: a QueryDict deep-copies and decodes again every value it holds, and
    # a financing plan of Jems' size posts 3 000 of them on every keystroke's live totals.
    copy = MultiValueDict({key: list(values) for key, values in data.lists()})
    for name, organisation in chosen.items():
        copy[name] = str(organisation.pk) if organisation else ""
    return copy, errors
