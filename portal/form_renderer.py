"""The form renderer of every form in the portal: Django's, with the templates every field
goes through written in Python.

A form field passes through four templates (the field group, its label, its widget and its
errors), each a new context and a few dozen template nodes: a form of fifteen fields spent
5 ms of its page there. This renderer writes those templates' markup from the very context
Django builds for them, so what comes out is byte for byte what the templates write
(`tests/test_form_renderer.py` renders both ways and compares). Any other template, and any
widget whose options have a template of their own, goes to Django's templates as before.
"""

from django.forms.renderers import DjangoTemplates
from django.template.base import render_value_in_context
from django.template.context import Context
from django.utils.html import conditional_escape

from portal.fast_widgets import attributes

WIDGETS = "django/forms/widgets/"
# The widgets whose template is only `{% include "django/forms/widgets/input.html" %}`.
INPUTS = frozenset(f"{WIDGETS}{name}.html" for name in (
    "input", "text", "number", "email", "url", "password", "hidden", "date", "datetime",
    "time", "checkbox", "search", "tel", "color"))
OPTION = f"{WIDGETS}select_option.html"
_SHOWN = Context(autoescape=True)  # what `{{ value }}` does: localised, escaped


def _shown(value) -> str:
    if isinstance(value, str):
        return conditional_escape(value)
    return render_value_in_context(value, _SHOWN)


def _input(context: dict) -> str:
    widget = context["widget"]
    value = widget["value"]
    shown = f' value="{conditional_escape(value)}"' if value is not None else ""
    return (f'<input type="{_shown(widget["type"])}" name="{_shown(widget["name"])}"'
            f'{shown}{attributes(widget["attrs"])}>')


def _textarea(context: dict) -> str:
    widget = context["widget"]
    value = widget["value"]
    return (f'<textarea name="{_shown(widget["name"])}"{attributes(widget["attrs"])}>\n'
            f'{_shown(value) if value else ""}</textarea>')


def _select(context: dict) -> str | None:
    widget = context["widget"]
    body = []
    for group_name, options, _index in widget["optgroups"]:
        if group_name:
            body.append(f'\n  <optgroup label="{_shown(group_name)}">')
        for option in options:
            if option["template_name"] != OPTION:
                return None
            body.append(f'\n  <option value="{conditional_escape(option["value"])}"'
                        f'{attributes(option["attrs"])}>{_shown(option["label"])}</option>\n')
        if group_name:
            body.append("\n  </optgroup>")
    return (f'<select name="{_shown(widget["name"])}"{attributes(widget["attrs"])}>'
            f'{"".join(body)}\n</select>')


def _label(context: dict) -> str:
    label = _shown(context["label"])
    if not context["use_tag"]:
        return label
    tag = _shown(context["tag"])
    return f"<{tag}{attributes(context['attrs'] or {})}>{label}</{tag}>"


def _errors(context: dict) -> str:
    errors = context["errors"]
    if not errors:
        return ""
    field_id = getattr(errors, "field_id", None)
    shown_id = f' id="{_shown(field_id)}_error"' if field_id else ""
    items = "".join(f"<li>{_shown(error)}</li>" for error in errors)
    return f'<ul class="{_shown(context["error_class"])}"{shown_id}>{items}</ul>'


def _field(context: dict) -> str:
    field = context["field"]
    if field.use_fieldset:
        described = field.aria_describedby
        shown = f' aria-describedby="{_shown(described)}"' if described else ""
        head = (f"\n  <fieldset{shown}>"
                f'\n  {_shown(field.legend_tag()) if field.label else ""}\n')
    else:
        head = f'\n  {_shown(field.label_tag()) if field.label else ""}\n'
    help_text = ""
    if field.help_text:
        help_id = f' id="{_shown(field.auto_id)}_helptext"' if field.auto_id else ""
        help_text = f'<div class="helptext"{help_id}>{field.help_text}</div>'
    closing = "</fieldset>" if field.use_fieldset else ""
    return f"{head}\n{help_text}\n{_shown(field.errors)}\n{_shown(field)}{closing}\n"


WRITTEN = {
    **dict.fromkeys(INPUTS, _input),
    f"{WIDGETS}textarea.html": _textarea,
    f"{WIDGETS}select.html": _select,
    "django/forms/label.html": _label,
    "django/forms/errors/list/default.html": _errors,
    "django/forms/errors/list/ul.html": _errors,
    "django/forms/field.html": _field,
}


class PortalFormRenderer(DjangoTemplates):
    """Django's template renderer, with the field templates above written in Python."""

    def render(self, template_name, context, request=None):
        write = WRITTEN.get(template_name)
        written = write(context) if write is not None else None
        if written is None:
            return super().render(template_name, context, request=request)
        return written.strip()
