"""Form fields shared by every app."""

import re

from django import forms

_GROUPING = re.compile(r"[\s\u00a0\u202f]")


class AmountField(forms.DecimalField):
    """An amount as people type it here: '1 250 000' or '1250000,50'."""

    def __init__(self, **kwargs):
        kwargs.setdefault("localize", True)
        super().__init__(**kwargs)

    def to_python(self, value):
        if isinstance(value, str):
            value = _GROUPING.sub("", value)
        return super().to_python(value)
