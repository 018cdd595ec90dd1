"""The portal's addresses, composed from the apps without the portal importing any of them.

An app with a `urls` module may declare, beside its `app_name`:

- `urlpatterns`: pages of its own (e.g. the project list), at the site root;
- `project_urlpatterns`: pages of one project, under `projekt/<slug>/`;
- `api_urlpatterns` and `project_api_urlpatterns`: the same for the API, under `api/v1/`
  and `api/v1/projekt/<slug>/`.

Pages are named in the app's namespace (`finance:budget`), API endpoints in `<app>_api`
(`finance_api:budgets`). Apps are composed in the order of INSTALLED_APPS.
"""

import importlib
import importlib.util
from pathlib import Path
from types import ModuleType

from django.apps import apps
from django.conf import settings
from django.urls import include, path
from django.urls.resolvers import URLPattern, URLResolver

PROJECT_PREFIX = "projekt/<slug:slug>/"
API_PREFIX = "api/v1/"

Patterns = list[URLPattern | URLResolver]
KINDS = ("urlpatterns", "project_urlpatterns", "api_urlpatterns", "project_api_urlpatterns")


def _is_ours(config) -> bool:
    """The portal's own apps, at the root beside manage.py or inside one of them
    (`reports.portfolio`); Django's and third parties' apps route themselves."""
    base = Path(settings.BASE_DIR).resolve()
    where = Path(config.path).resolve()
    return (config.name != "portal" and where.is_relative_to(base)
            and ".venv" not in where.relative_to(base).parts)


def _urls_modules() -> list[ModuleType]:
    modules = []
    for config in apps.get_app_configs():
        name = f"{config.name}.urls"
        if not _is_ours(config) or importlib.util.find_spec(name) is None:
            continue
        module = importlib.import_module(name)
        if hasattr(module, "app_name") and any(hasattr(module, kind) for kind in KINDS):
            modules.append(module)
    return modules


def _combined(module: ModuleType, own: str, per_project: str) -> Patterns:
    patterns: Patterns = list(getattr(module, own, []))
    project_patterns = getattr(module, per_project, [])
    if project_patterns:
        patterns.append(path(PROJECT_PREFIX, include(project_patterns)))
    return patterns


def page_urlpatterns() -> Patterns:
    return [
        path("", include((_combined(module, "urlpatterns", "project_urlpatterns"),
                          module.app_name)))
        for module in _urls_modules()
    ]


def api_urlpatterns() -> Patterns:
    composed: Patterns = []
    for module in _urls_modules():
        patterns = _combined(module, "api_urlpatterns", "project_api_urlpatterns")
        if patterns:
            composed.append(path(API_PREFIX, include((patterns, f"{module.app_name}_api"))))
    return composed
