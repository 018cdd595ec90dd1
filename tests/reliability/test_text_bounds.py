"""Every text a person types has a bound, said at the field; lists of rows have one too."""

import importlib
import inspect
import pkgutil

import pytest
from django import forms

from portal.forms import MAX_TEXT_LENGTH
from projects.documents.sections import MAX_TEXT_LENGTH as DOCUMENT_TEXT_LENGTH

APPS = ["portal", "projects", "plans", "risks", "indicators"]


def form_classes():
    for app in APPS:
        for name in ("forms", "forms_team"):
            try:
                module = importlib.import_module(f"{app}.{name}")
            except ImportError:
                continue
            modules = [module]
            if hasattr(module, "__path__"):
                modules += [importlib.import_module(f"{module.__name__}.{m.name}")
                            for m in pkgutil.iter_modules(module.__path__)]
            for found in modules:
                for _name, cls in inspect.getmembers(found, inspect.isclass):
                    if (issubclass(cls, forms.BaseForm) and cls.__module__ == found.__name__
                            and hasattr(cls, "base_fields")):
                        yield cls


def test_every_text_field_of_every_form_has_a_limit():
    unbounded = [f"{cls.__module__}.{cls.__name__}.{name}"
                 for cls in form_classes() for name, field in cls.base_fields.items()
                 if isinstance(field, forms.CharField) and field.max_length is None]
    assert unbounded == []
    assert MAX_TEXT_LENGTH == DOCUMENT_TEXT_LENGTH


@pytest.mark.parametrize("path", ["projects.forms.CommentForm", "risks.forms.TextForm"])
def test_a_text_over_the_limit_is_refused_with_a_message(path, settings):
    settings.LANGUAGE_CODE = "en"
    module, name = path.rsplit(".", 1)
    form_class = getattr(importlib.import_module(module), name)
    field = next(n for n, f in form_class.base_fields.items() if isinstance(f, forms.CharField))
    form = form_class(data={field: "x" * (MAX_TEXT_LENGTH + 1)})
    assert not form.is_valid()
    assert "at most 30000 characters" in " ".join(form.errors[field])
