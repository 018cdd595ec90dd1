"""What a web worker loads before its first page, so that no visitor pays for it: every
template compiled (Django's cached loader keeps them), every language's catalogue read, the
address tree built and the release's fingerprint taken. The first visit of each page in each
worker used to compile its templates, 10 to 20 ms for a project page."""

from pathlib import Path

from django.conf import settings
from django.template.loader import get_template
from django.urls import get_resolver
from django.utils import translation

from portal import stamps

TEMPLATE_SUFFIXES = (".html", ".svg", ".txt")


def warm_up() -> int:
    """The number of templates compiled."""
    root = Path(settings.BASE_DIR) / "templates"
    names = sorted(str(path.relative_to(root)) for path in root.rglob("*")
                   if path.suffix in TEMPLATE_SUFFIXES and path.is_file())
    for name in names:
        get_template(name)
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            translation.gettext("Projects")
    get_resolver().url_patterns  # noqa: B018 - built now
    stamps.release()
    return len(names)
