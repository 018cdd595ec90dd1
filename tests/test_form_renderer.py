"""The portal's form renderer writes exactly what Django's form templates write: field by
field for every kind of field, and page by page for every page of a demo project."""

import re
from datetime import date
from decimal import Decimal

import pytest
from django import forms
from django.core.cache import caches
from django.forms.renderers import DjangoTemplates
from django.test import override_settings
from django.utils.safestring import mark_safe

from portal.form_renderer import PortalFormRenderer
from tests.reliability.test_hostile_input import people, urls_of

DJANGO = "django.forms.renderers.DjangoTemplates"
CHOICES = [("", "---------"), ("owner", "Projektägare"), ("partner", "Partner & <co>")]
GROUPED = [("Norr", [("1", "Luleå"), ("2", "Kiruna")]), ("Syd", [("3", "Malmö")]),
           ("4", "Utan grupp")]


class EveryKind(forms.Form):
    required_css_class = "required"
    title = forms.CharField(max_length=200, help_text="Högst <b>200</b> tecken")
    note = forms.CharField(required=False, label=mark_safe("Not <em>fri</em>"))
    count = forms.IntegerField(min_value=0, label="Hur många?")
    amount = forms.DecimalField(max_digits=12, decimal_places=2, initial=Decimal("1500.50"))
    email = forms.EmailField(required=False)
    site = forms.URLField(required=False, assume_scheme="https")
    day = forms.DateField(widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
                          initial=date(2026, 12, 4))
    agreed = forms.BooleanField(required=False, initial=True)
    role = forms.ChoiceField(choices=CHOICES)
    place = forms.ChoiceField(choices=GROUPED, required=False)
    year = forms.TypedChoiceField(choices=[(2025, 2025), (2026, 2026)], coerce=int)
    places = forms.MultipleChoiceField(choices=GROUPED, required=False)
    kind = forms.ChoiceField(choices=CHOICES[1:], widget=forms.RadioSelect,
                             help_text="Välj en")
    kinds = forms.MultipleChoiceField(choices=CHOICES[1:], required=False,
                                      widget=forms.CheckboxSelectMultiple)
    text = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), required=False)
    secret = forms.CharField(widget=forms.PasswordInput, required=False)
    revision = forms.IntegerField(widget=forms.HiddenInput, initial=7)
    unlabelled = forms.CharField(label="", required=False)
    remembered = forms.CharField(required=False, show_hidden_initial=True, initial="förr")


TYPED = {"title": 'Vind & "sol" <b>', "note": mark_safe("a &amp; b"), "count": "-3",
         "amount": "1 500,5", "email": "inte-en-adress", "day": "2026-13-01",
         "role": "partner", "place": "2", "year": "2026", "places": ["1", "3"],
         "kind": "owner", "kinds": ["owner", "partner"], "text": "Rad ett\n'citat' & <tag>",
         "revision": "x", "remembered": "nu", "initial-remembered": "förr"}


def written(form_class, renderer, **kwargs):
    form = form_class(renderer=renderer, **kwargs)
    form.is_valid()
    parts = [str(form), str(form.non_field_errors())]
    for field in form:
        parts += [field.as_field_group(), str(field), field.label_tag(), field.legend_tag(),
                  str(field.errors), field.as_hidden()]
    return parts


@pytest.mark.parametrize("kwargs", [
    {}, {"data": TYPED}, {"data": {}}, {"auto_id": False, "data": TYPED},
    {"prefix": "row-3", "data": {f"row-3-{k}": v for k, v in TYPED.items()}},
    {"label_suffix": ":", "data": TYPED},
], ids=["unbound", "typed", "empty", "no-ids", "prefixed", "suffix"])
def test_every_kind_of_field_is_written_as_the_templates_write_it(kwargs):
    ours = written(EveryKind, PortalFormRenderer(), **kwargs)
    assert ours == written(EveryKind, DjangoTemplates(), **kwargs)
    assert any("<select" in part for part in ours) and any("<label" in part for part in ours)


def test_the_renderer_writes_the_field_templates_itself(monkeypatch):
    """Not a copy of Django's output by way of its templates: these never reach them."""
    asked = []
    original = DjangoTemplates.render

    def recording(self, template_name, context, request=None):
        asked.append(template_name)
        return original(self, template_name, context, request)
    monkeypatch.setattr(DjangoTemplates, "render", recording)
    form = EveryKind(renderer=PortalFormRenderer(), data=TYPED)
    form["title"].as_field_group()
    form["role"].as_field_group()
    form["text"].as_field_group()
    assert asked == []
    form["kind"].as_field_group()  # radio buttons still go through Django's templates
    assert "django/forms/widgets/radio.html" in asked


MASKED = re.compile(r'(csrfmiddlewaretoken" value="|"X-CSRFToken": ")[^"]+')


def page(client, url):
    for cache in caches.all():
        cache.clear()  # kept forms and pages hold the markup of the renderer that wrote them
    response = client.get(url)
    content = response.content.decode() if "html" in response.get("Content-Type", "") else ""
    return response.status_code, MASKED.sub(r"\1…", content)


@pytest.mark.django_db
def test_every_page_of_a_project_is_the_same_with_django_s_templates(demo_projects, client):
    project = demo_projects["nis-6-0"]
    compared = 0
    for person in people(project):
        client.force_login(person)
        for name, url, _app in urls_of(project):
            if "api" in name or name.endswith(("_pdf", "export")):
                continue
            ours = page(client, url)
            with override_settings(FORM_RENDERER=DJANGO):
                theirs = page(client, url)
            assert ours == theirs, f"{name} ({url}) differs for {person}"
            compared += "<form" in ours[1] and ours[0] == 200
    assert compared > 40
