"""The rows of a section's lists are written in Python (`projects.section_rows`) exactly as
the template included once per row wrote them, and the page renders no template per row."""

import pytest
from django.core.cache import caches
from django.forms.utils import ErrorList
from django.template import Context, Template
from django.urls import reverse
from django.utils import translation

from portal.fast_widgets import error_list
from projects.forms import section_formsets
from projects.section_rows import section_row
from projects.sections import get_section
from tests.projects.test_organisation_chooser import add_organisations, add_rows

# templates/projects/partials/section_row.html as the page included it for every row.
ROW_TEMPLATE = """{% load i18n %}<tr>
  {% for field in row.visible_fields %}
  <td>{% if forloop.first %}{% for hidden in row.hidden_fields %}{{ hidden }}{% endfor %}{% endif %}
    <label class="visually-hidden" for="{{ field.id_for_label }}">{{ field.label }} ({% translate "row" %} {{ number }})</label>
    {{ field }}{{ field.errors }}</td>
  {% endfor %}
</tr>
{% if row.non_field_errors %}<tr><td colspan="9" role="alert">{{ row.non_field_errors }}</td></tr>{% endif %}
"""  # noqa: E501 - the template's own lines


def organisation_formsets(project, data=None):
    section = get_section(project, "organisation")
    return section_formsets(section, project, data, search_url="/sok/?a=1&b=<2>")


def assert_rows_as_the_template_wrote_them(formsets):
    template = Template(ROW_TEMPLATE)
    checked = 0
    for formset in formsets:
        rows = [(row, number) for number, row in enumerate(formset.forms, start=1)]
        for row, number in [*rows, (formset.empty_form, "__number__")]:
            expected = template.render(Context({"row": row, "number": number}))
            assert section_row(row, number) == expected
            checked += 1
    return checked


@pytest.mark.parametrize("language", ["sv", "nb", "en"])
def test_rows_are_written_as_the_template_wrote_them(project, language):
    add_rows(project, add_organisations(3, prefix="Bolag & <Söner>"))
    with translation.override(language):
        assert assert_rows_as_the_template_wrote_them(organisation_formsets(project)) >= 9


def posted(formsets, changes):
    """What the page's form would send for these rows, with `changes` typed over it."""
    data = {}
    for formset in formsets:
        management = formset.management_form
        data.update({field.html_name: field.value() for field in management})
        for row in formset.forms:
            for name, field in row.fields.items():
                value = row[name].value()
                if name == "organisation":
                    shown = field.widget.cache.names.get(value)
                    data[row.add_prefix(name)] = value or ""
                    data[row.add_prefix(name) + "-search"] = shown.label if shown else ""
                elif name != "DELETE":
                    data[row.add_prefix(name)] = "" if value is None else str(value)
    return {**data, **changes}


def test_rows_with_errors_are_written_as_the_template_wrote_them(project):
    add_rows(project, add_organisations(3))
    formsets = organisation_formsets(project)
    data = posted(formsets, {
        "participations-0-role": "",  # required: the error at the field
        "staff-1-organisation": "", "staff-1-organisation-search": "Ingen <sådan> & co",
        "staff-0-name": 'Skrivet <b>namn</b> & "citat"',
        # The same organisation twice: an error of the row, not of a field.
        "participations-2-organisation": data_of(formsets, "participations-1-organisation"),
        "participations-2-organisation-search": data_of(
            formsets, "participations-1-organisation-search"),
    })
    for language in ("sv", "en"):
        with translation.override(language):
            bound = organisation_formsets(project, data)
            assert [formset.is_valid() for formset in bound] == [False, True, False]
            written = "".join(section_row(row, n) for formset in bound
                              for n, row in enumerate(formset.forms, start=1))
            assert 'id="id_participations-0-role_error"' in written
            assert 'id="id_staff-1-organisation_error"' in written
            assert 'aria-invalid="true"' in written
            assert 'value="Skrivet &lt;b&gt;namn&lt;/b&gt; &amp; &quot;citat&quot;"' in written
            assert '<tr><td colspan="9" role="alert"><ul class="errorlist"><li>' in written
            assert_rows_as_the_template_wrote_them(bound)


def data_of(formsets, name):
    return posted(formsets, {})[name]


@pytest.mark.parametrize("errors", [
    ErrorList(["Fältet är <obligatoriskt> & mer", "Två"], field_id="id_row-0-name"),
    ErrorList(["Raden finns redan"], error_class="nonfield"),
    ErrorList(),
])
def test_error_lists_are_written_as_their_template_writes_them(errors):
    assert error_list(errors) == str(errors)


def test_the_section_page_renders_no_template_per_row(project, login, personas):
    client = login(personas["manager"])
    url = reverse("projects:section", args=[project.slug, "organisation"])
    organisations = add_organisations(41)
    add_rows(project, organisations[:1])
    caches["pages"].clear()  # the rows are written, not read from a kept copy
    few = len(client.get(url).templates)
    add_rows(project, organisations[1:])
    caches["pages"].clear()
    response = client.get(url)
    assert response.status_code == 200
    assert len(response.templates) == few
    assert "projects/partials/section_row.html" not in [t.name for t in response.templates]
