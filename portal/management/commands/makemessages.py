"""`makemessages` that gives every app its own catalog.

An app's strings live in `<app>/locale/`: those in its code and those in its templates under
`templates/<app>/`. The top-level `locale/` keeps the rest (portal and the shared templates).
`--app NAME` limits a run to one app's catalog (`--app portal` for the top-level one), so
work on one app never rewrites another's translations.
"""

from pathlib import Path

from django.conf import settings
from django.core.management.commands import makemessages

BASE_DIR = Path(settings.BASE_DIR).resolve()
TOP_LEVEL = "portal"


def owner_of(dirpath: str) -> str:
    """The app whose catalog a file belongs to, judged by where it lies: `finance/...` and
    `templates/finance/...` are finance's; an app inside another (`reports/portfolio/...`,
    label `portfolio`, templates in `templates/portfolio/`) has its own."""
    try:
        parts = Path(dirpath).resolve().relative_to(BASE_DIR).parts
    except ValueError:
        return TOP_LEVEL
    if len(parts) >= 2 and parts[0] == "templates":
        nested = _nested_apps().get(parts[1])
        if nested:
            return nested
        candidate = parts[1]
    elif len(parts) >= 2 and (BASE_DIR / parts[0] / parts[1] / "locale").is_dir():
        return f"{parts[0]}/{parts[1]}"
    elif parts:
        candidate = parts[0]
    else:
        return TOP_LEVEL
    return candidate if (BASE_DIR / candidate / "locale").is_dir() else TOP_LEVEL


def _nested_apps() -> dict[str, str]:
    """Label -> directory of the apps that live inside another app and keep a catalog."""
    from django.apps import apps

    found = {}
    for config in apps.get_app_configs():
        where = Path(config.path).resolve()
        if where.parent != BASE_DIR and where.is_relative_to(BASE_DIR) and (
                where / "locale").is_dir():
            found[config.label] = str(where.relative_to(BASE_DIR))
    return found


class Command(makemessages.Command):
    def add_arguments(self, parser):
        super().add_arguments(parser)
        parser.add_argument(
            "--app", action="append", default=[], dest="apps",
            help="Only this app's catalog (repeatable); 'portal' is the top-level one.",
        )

    def handle(self, *args, **options):
        self.only_apps = set(options.pop("apps") or [])
        return super().handle(*args, **options)

    def find_files(self, root):
        chosen = []
        for translatable in super().find_files(root):
            app = owner_of(translatable.dirpath)
            if self.only_apps and not {app, app.split("/")[-1]} & self.only_apps:
                continue
            if app != TOP_LEVEL:
                translatable.locale_dir = str(BASE_DIR / app / "locale")
            chosen.append(translatable)
        return chosen
