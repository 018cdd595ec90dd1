"""Form widgets that write their HTML in Python instead of through a template per field.

Django renders every widget through the template engine, about a millisecond each; a section
of 120 rows has some 800 fields, so the engine alone took most of a second. These widgets
produce the same HTML as Django's own templates (`tests/test_fast_widgets.py` compares them)
from the same context, so labels, ids, errors and values stay exactly as they were."""

from django import forms
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe


def _attrs(attrs: dict) -> SafeString:
    """As django/forms/widgets/attrs.html writes them: True as a bare name, False left out."""
    parts = []
    for name, value in attrs.items():
        if value is False or value is None:
            continue
        if value is True:
            parts.append(format_html(" {}", name))
        else:
            parts.append(format_html(' {}="{}"', name, str(value)))
    return mark_safe("".join(parts))  # noqa: S308 - every part went through format_html


def _input(widget: dict) -> SafeString:
    value = widget["value"]
    shown = format_html(' value="{}"', str(value)) if value is not None else ""
    return format_html('<input type="{}" name="{}"{}{}>', widget["type"], widget["name"], shown,
                       _attrs(widget["attrs"]))


def _textarea(widget: dict) -> SafeString:
    value = widget["value"]
    return format_html('<textarea name="{}"{}>\n{}</textarea>', widget["name"],
                       _attrs(widget["attrs"]), "" if value is None else str(value))


def _option(option: dict) -> SafeString:
    return format_html('<option value="{}"{}>{}</option>', str(option["value"]),
                       _attrs(option["attrs"]), str(option["label"]))


def _select(widget: dict) -> SafeString:
    # The whitespace of django/forms/widgets/select.html and select_option.html.
    body = []
    for group_name, group_choices, _index in widget["optgroups"]:
        if group_name:
            body.append(format_html('\n  <optgroup label="{}">', str(group_name)))
        body.extend(format_html("\n  {}\n", _option(o)) for o in group_choices)
        if group_name:
            body.append(mark_safe("\n  </optgroup>"))
    return format_html('<select name="{}"{}>{}\n</select>', widget["name"],
                       _attrs(widget["attrs"]), mark_safe("".join(body)))  # noqa: S308


class FastRender:
    """Renders from the widget's own context, without the template engine."""

    def render(self, name, value, attrs=None, renderer=None):
        widget = self.get_context(name, value, attrs)["widget"]
        if isinstance(self, forms.Select):
            return _select(widget)
        if isinstance(self, forms.Textarea):
            return _textarea(widget)
        return _input(widget)


_FAST: dict[type, type] = {}
SUPPORTED = (forms.TextInput, forms.NumberInput, forms.EmailInput, forms.URLInput,
             forms.DateInput, forms.HiddenInput, forms.CheckboxInput, forms.Textarea,
             forms.Select)


def fast(widget: forms.Widget) -> forms.Widget:
    """The same widget, rendered in Python; widgets of other kinds are left as they are."""
    kind = type(widget)
    if kind not in SUPPORTED or isinstance(widget, (forms.RadioSelect, forms.SelectMultiple)):
        return widget
    if kind not in _FAST:
        _FAST[kind] = type(f"Fast{kind.__name__}", (FastRender, kind), {})
    widget.__class__ = _FAST[kind]
    return widget
