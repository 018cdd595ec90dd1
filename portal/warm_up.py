"""What a web worker loads before its first page, so that no visitor pays for it: every
template compiled (Django's cached loader keeps them), every language's catalogue read and
address table built, and the release's fingerprint taken. The first visit of each page in
each worker used to compile its templates, 10 to 20 ms for a project page. Called by
gunicorn for each worker (`gunicorn.conf.py`), not by the development server, which reloads
its templates anyway."""

import gc
from pathlib import Path

from django.conf import settings
from django.template.loader import get_template
from django.urls import get_resolver
from django.utils import translation

from portal import stamps


def warm_up() -> int:
    """The number of templates compiled."""
    root = Path(settings.BASE_DIR) / "templates"
    names = sorted(str(path.relative_to(root)) for path in root.rglob("*")
                   if path.suffix in stamps.TEMPLATE_SUFFIXES and path.is_file())
    for name in names:
        get_template(name)
    resolver = get_resolver()
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            translation.gettext("Projects")
            resolver.reverse_dict  # noqa: B018 - the addresses `{% url %}` finds, per language
    stamps.release()
    return len(names)


def warm_up_and_freeze() -> None:
    """Warm up, then keep what is loaded (Django, the apps, the templates, the address tree)
    out of the garbage collector's reach: it lives as long as the worker, and a full
    collection no longer walks its 200 000 objects, about a tenth of a second every hundred
    pages or so. Collected first, so that no garbage of the start is kept for good."""
    warm_up()
    gc.collect()
    gc.freeze()
