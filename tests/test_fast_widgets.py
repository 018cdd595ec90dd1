"""Widgets rendered in Python write exactly what Django's templates write."""

import copy
from datetime import date

import pytest
from django import forms
from django.utils.safestring import mark_safe

from portal.fast_widgets import fast

CASES = [
    (forms.TextInput(attrs={"maxlength": 200, "required": True}), "Ö & <b>"),
    (forms.TextInput(), None),
    (forms.NumberInput(attrs={"step": "0.1"}), "1,5"),
    (forms.HiddenInput(), 42),
    (forms.CheckboxInput(), True),
    (forms.CheckboxInput(), False),
    (forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"), date(2026, 12, 2)),
    (forms.Textarea(attrs={"rows": 3}), "Rad ett\n\"citat\" & <tag>"),
    (forms.Select(choices=[("", "---------"), ("owner", "Projektägare"),
                           ("partner", "Partner & co")]), "owner"),
    (forms.Select(choices=[("Norr", [("1", "Luleå")]), ("Syd", [("2", "Malmö")])]), "2"),
    (forms.Select(choices=[(None, "–"), (1, "Ett"), (2, "Två")]), None),
    (forms.Select(choices=[(1, "Ett"), (1, "Ett igen"), (2, "Två")]), 1),  # the first is chosen
    (forms.Select(choices=[("", [("a", "A")]), ("b", "B")]), "x"),  # a group without a name
    # Text already marked safe is written as it is, as the templates write it.
    (forms.TextInput(), mark_safe("a &amp; b")),
    (forms.Select(choices=[("a&b", mark_safe("<b>A</b> &amp; B"))]), "a&b"),
    (forms.Textarea(), mark_safe("<i>typed</i>")),
]


@pytest.mark.parametrize("widget,value", CASES, ids=[type(w).__name__ for w, _v in CASES])
def test_it_renders_what_the_template_renders(widget, value):
    attrs = {"id": "id_row-0-field", "aria-invalid": "true"}
    expected = widget.render("row-0-field", value, attrs)
    quick = fast(copy.deepcopy(widget))
    assert type(quick) is not type(widget)
    assert quick.render("row-0-field", value, attrs) == expected


def test_other_widgets_are_left_as_they_are():
    radios = forms.RadioSelect(choices=[("a", "A")])
    assert type(fast(radios)) is forms.RadioSelect


@pytest.mark.django_db
@pytest.mark.parametrize("query", [{}, {"q": "vind & <sol>", "status": "running",
                                        "year": "2020", "municipality": "Luleå"},
                                   {"status": "nonsense", "year": "1e4"}])
def test_the_project_list_filter_writes_what_django_s_widgets_write(query):
    from projects.filters import ProjectFilter
    from projects.models import Programme, Project
    from tests.factories import programme

    Programme.objects.filter(pk=programme().pk).update(name="Interreg <Nord> & co")
    form = ProjectFilter(query or None, queryset=Project.objects.none()).form
    form.is_valid()
    written = [str(field) for field in form]
    assert {type(f.widget).__name__ for f in form.fields.values()} >= {
        "FastTextInput", "FastSelect", "FastNumberInput"}  # the list's filter is written fast
    for field in form.fields.values():
        kind = type(field.widget)
        if kind.__name__.startswith("Fast"):
            field.widget.__class__ = kind.__bases__[1]  # Django's own widget again
    assert [str(field) for field in form] == written
