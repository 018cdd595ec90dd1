"""The rows of a section's lists as markup, written here rather than by a template included
once per row.

The organisation section of a project of Jems' size has about 120 rows of five to eight
fields; a template per row, a variable lookup and a translation per field and an error list
rendered through its own template for every field made the template language most of the
page's time. This writes what that template (projects/partials/section_row.html) wrote, byte
for byte (tests/projects/test_section_rows.py keeps the template and compares): the fields as
their widgets render them; labels, numbers and errors escaped by Django's `conditional_escape`
as `{{ }}` escapes them.
"""

from django.forms import Form
from django.utils.formats import localize
from django.utils.html import conditional_escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext

from portal.fast_widgets import error_list


def section_row(row: Form, number) -> SafeString:
    """One row form as a table row: the hidden fields in its first cell, each visible field
    with a label naming the row by `number` ("__number__" for the row added by script)."""
    # Plain text joined after `conditional_escape` (what `{{ }}` does), not a `format_html`
    # per field: a section's rows have close to a thousand fields. A field's markup is its
    # widget's (`{{ field }}` writes `field.__html__()`, which is `str(field)`).
    named = f"{conditional_escape(gettext('row'))} {conditional_escape(localize(number))}"
    parts = ["<tr>\n  "]
    for place, field in enumerate(row.visible_fields()):
        hidden = ("".join(str(h) for h in row.hidden_fields())
                  if place == 0 else "")
        parts.append(
            f'\n  <td>{hidden}\n    <label class="visually-hidden" '
            f'for="{conditional_escape(field.id_for_label)}">{conditional_escape(field.label)} '
            f"({named})</label>\n    {field}{error_list(field.errors)}"
            "</td>\n  ")
    parts.append("\n</tr>\n")
    if problems := row.non_field_errors():
        parts.append(f'<tr><td colspan="9" role="alert">{error_list(problems)}</td></tr>')
    parts.append("\n")
    return mark_safe("".join(parts))  # noqa: S308 - every text escaped or a widget's markup
