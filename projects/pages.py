"""What every project page shares, whichever app draws it: the project header with the tabs
the person may open. Not a views module, so apps that only read (reports) may use it."""

from dataclasses import dataclass
from typing import Any

from django.core.cache.backends.locmem import LocMemCache
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from projects import extensions
from projects.access import ProjectAccess
from projects.lifecycle import Lifecycle
from projects.models import (
    ChangeRequest,
    ChangeRequestStatus,
    DocumentKind,
    DocumentVersion,
    Project,
    VersionKind,
)


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


# A page that keeps the period in force with its content passes it to project_context.
READ_HERE: Any = object()


def project_context(project: Project, access: ProjectAccess, active_tab: str, *,
                    in_force: tuple[str, str] | None = READ_HERE, **extra) -> dict:
    tabs = project_tabs(project, access)
    if in_force is READ_HERE:
        in_force = period_in_force(project, access.lifecycle)
    return {
        "project": project,
        "access": access,
        "active_tab": active_tab,
        "tabs": tabs,
        # Each page its own <title>: the tab it belongs to, then the project.
        "page_title": next((tab.label for tab in tabs if tab.name == active_tab), ""),
        "agreed_period": agreed_period(project, in_force),
        **extra,
    }


def period_in_force(project: Project, lifecycle: Lifecycle) -> tuple[str, str] | None:
    """While a change request is pending, the period of the last approved version: the
    period being edited is only proposed until the funding body approves it. None when no
    change request is pending."""
    pending = lifecycle.pending_change_request
    if pending is None:
        return None
    # Which version is in force follows from the lifecycle facts alone: versions are only
    # added when the funding body approves, and approving moves those facts. So the answer
    # is read once per worker while the same facts hold (every tab shows it).
    key = (f"{project.pk}:{project.created_at.isoformat()}:{lifecycle.status}:{pending}:"
           f"{','.join(map(str, sorted(lifecycle.approved_change_requests)))}")
    period = _IN_FORCE.get(key)
    if period is None:
        period = _read_period_in_force(project)
        _IN_FORCE.set(key, period)
    return period


def _read_period_in_force(project: Project) -> tuple[str, str]:
    approved_changes = ChangeRequest.objects.filter(
        project=project, status=ChangeRequestStatus.APPROVED).values("version_id")
    found = (DocumentVersion.objects.filter(
        document__project=project, document__kind=DocumentKind.APPLICATION)
        .filter(Q(kind=VersionKind.APPROVED)
                | Q(kind=VersionKind.CHANGE, pk__in=approved_changes))
        .order_by("-number").values_list("pk", "document_id", "number", "created_at").first())
    return _frozen_period(found) if found else ("", "")


def agreed_period(project: Project, in_force: tuple[str, str] | None) -> tuple[str, str] | None:
    """The period in force, shown beside the project's own only where the two differ."""
    shown = (str(project.start_date or ""), str(project.end_date or ""))
    return in_force if in_force and any(in_force) and in_force != shown else None


# A frozen version never changes: its period is read once per worker, keyed by what
# identifies the version for good. Its content is a quarter of a megabyte of JSON for a
# large application, and every tab of the project shows this header.
_FROZEN_PERIODS = LocMemCache("frozen-version-periods", {"OPTIONS": {"MAX_ENTRIES": 1000},
                                                        "TIMEOUT": None})
_IN_FORCE = LocMemCache("periods-in-force", {"OPTIONS": {"MAX_ENTRIES": 1000}, "TIMEOUT": None})


def _frozen_period(version: tuple) -> tuple[str, str]:
    pk, document_id, number, frozen_at = version
    key = f"{pk}:{document_id}:{number}:{frozen_at.isoformat()}"
    period = _FROZEN_PERIODS.get(key)
    if period is None:
        dates = "content__sections__basics__fields__"
        start, end = DocumentVersion.objects.filter(pk=pk).values_list(
            f"{dates}start_date", f"{dates}end_date").get()
        period = (str(start or ""), str(end or ""))
        _FROZEN_PERIODS.set(key, period)
    return period
