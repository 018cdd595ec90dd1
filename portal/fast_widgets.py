"""Form widgets that write their HTML in Python instead of through a template per field.

Django renders every widget through the template engine, about a millisecond each; a section
of 120 rows has some 800 fields, so the engine alone took most of a second. These widgets
produce the same HTML as Django's own templates (`tests/test_fast_widgets.py` compares them)
from the same context, so labels, ids, errors and values stay exactly as they were."""

from django import forms
from django.forms.utils import ErrorList
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import SafeString, mark_safe


def attributes(attrs: dict) -> str:
    """As django/forms/widgets/attrs.html writes them: True as a bare name, False left out.
    Escaped as the templates escape (`conditional_escape`: text already marked safe is kept)
    and joined as plain text: a section of a hundred rows has thousands of attributes, and a
    `format_html` for each cost more than the rest."""
    parts = []
    for name, value in attrs.items():
        if value is False:
            continue
        if value is True:
            parts.append(f" {conditional_escape(name)}")
        else:
            parts.append(f' {conditional_escape(name)}="{conditional_escape(value)}"')
    return "".join(parts)


def _input(widget: dict) -> SafeString:
    value = widget["value"]
    shown = f' value="{conditional_escape(value)}"' if value is not None else ""
    return mark_safe(  # noqa: S308 - every text is escaped
        f'<input type="{conditional_escape(widget["type"])}" '
        f'name="{conditional_escape(widget["name"])}"{shown}{attributes(widget["attrs"])}>')


def _textarea(widget: dict) -> SafeString:
    value = widget["value"]
    return mark_safe(  # noqa: S308 - every text is escaped
        f'<textarea name="{conditional_escape(widget["name"])}"{attributes(widget["attrs"])}>\n'
        f'{"" if value is None else conditional_escape(value)}</textarea>')


def _select(widget: forms.Select, name, value, attrs) -> SafeString:
    """As django/forms/widgets/select.html and select_option.html write it (their
    whitespace), from the widget's choices rather than the dictionary Django's context builds
    for every option of every row: as `ChoiceWidget.optgroups`, the first choice equal to the
    value is the selected one."""
    chosen = widget.format_value(value)
    body, has_selected = [], False
    for option_value, option_label in widget.choices:
        if option_value is None:
            option_value = ""
        grouped = isinstance(option_label, (list, tuple))
        if grouped and option_value:
            body.append(f'\n  <optgroup label="{conditional_escape(option_value)}">')
        for subvalue, sublabel in option_label if grouped else [(option_value, option_label)]:
            selected = not has_selected and str(subvalue) in chosen
            has_selected |= selected
            label = conditional_escape(sublabel)  # type: ignore[arg-type]  # text, lazy or safe
            body.append(f'\n  <option value="{conditional_escape(subvalue)}"'
                        f'{" selected" if selected else ""}>{label}</option>\n')
        if grouped and option_value:
            body.append("\n  </optgroup>")
    shown = attributes(widget.build_attrs(widget.attrs, attrs))
    return mark_safe(  # noqa: S308 - every text is escaped
        f'<select name="{conditional_escape(name)}"{shown}>{"".join(body)}\n</select>')


def error_list(errors) -> SafeString:
    """A field's or a form's errors as django/forms/errors/list/ul.html writes them; an empty
    list writes nothing. Lists of another kind render themselves."""
    if type(errors) is not ErrorList:
        return mark_safe(str(errors))  # noqa: S308 - a list renders its own escaped markup
    if not errors:
        return mark_safe("")
    field_id = getattr(errors, "field_id", None)  # set by Django 5.2, not in its stubs
    shown_id = format_html(' id="{}_error"', field_id) if field_id else ""
    items = "".join(format_html("<li>{}</li>", error) for error in errors)
    return format_html('<ul class="{}"{}>{}</ul>', errors.error_class, shown_id,
                       mark_safe(items))  # noqa: S308 - every item went through format_html


class FastRender:
    """Renders from the widget's own context, without the template engine."""

    def render(self, name, value, attrs=None, renderer=None):
        if isinstance(self, forms.Select):  # one choice: SelectMultiple is not made fast
            return _select(self, name, value, attrs)
        widget = self.get_context(name, value, attrs)["widget"]
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
