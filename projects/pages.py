"""What every project page shares, whichever app draws it: the project header with the tabs
the person may open. Not a views module, so apps that only read (reports) may use it."""

from dataclasses import dataclass

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from projects import extensions
from projects.access import ProjectAccess
from projects.models import Project


@dataclass(frozen=True)
class Tab:
    label: str
    url: str
    name: str


BUILT_IN_TABS = [
    extensions.ProjectTab(_("Overview"), "projects:overview", 0),
    extensions.ProjectTab(_("Versions"), "projects:versions", 80),
    extensions.ProjectTab(_("History"), "projects:history", 90),
    extensions.ProjectTab(_("Team"), "projects:team", 95),
]


def project_tabs(project: Project, access: ProjectAccess) -> list[Tab]:
    tabs = sorted([*BUILT_IN_TABS, *extensions.project_tabs], key=lambda tab: tab.order)
    visible = []
    for tab in tabs:
        if tab.url_name == "projects:history" and not access.can_see_history:
            continue
        visible.append(Tab(str(tab.label), reverse(tab.url_name, args=[project.slug]),
                           tab.url_name))
    return visible


def project_context(project: Project, access: ProjectAccess, active_tab: str, **extra) -> dict:
    return {
        "project": project,
        "access": access,
        "active_tab": active_tab,
        "tabs": project_tabs(project, access),
        **extra,
    }
