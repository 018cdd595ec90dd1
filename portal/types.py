"""Type names shared by every app.

`Text`: a string, or one translated lazily (`gettext_lazy`) that becomes a string in the
language of the request that reads it. Labels and messages declared at import time are `Text`.
"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from django.utils.functional import _StrOrPromise as Text
else:
    Text = str

__all__ = ["Text"]
