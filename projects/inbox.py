"""A case officer's inbox: what waits for their decision in their funding body's programmes,
oldest first, with how long it has waited. Apps add what else waits (status reports) with
`extensions.register_inbox_source`."""

from dataclasses import dataclass
from datetime import datetime

from django.db.models import Max, OuterRef, Subquery
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from projects import extensions
from projects.access import funding_body_projects
from projects.models import (
    ChangeRequest,
    ChangeRequestStatus,
    ProjectRole,
    ProjectStatus,
    StatusChange,
)


@dataclass(frozen=True)
class Waiting:
    """One thing waiting for a decision."""

    kind: str
    project_title: str
    programme: str
    url: str
    since: datetime

    @property
    def days(self) -> int:
        return (timezone.now() - self.since).days


KINDS = {
    ProjectStatus.SUBMITTED: _("Application"),
    ProjectStatus.FINAL_REPORT_SUBMITTED: _("Final report"),
}


def _decidable(user):
    """Projects of the person's funding body in which they have no role of their own."""
    return (funding_body_projects(user.funding_body_id)
            .exclude(pk__in=ProjectRole.objects.filter(user=user).values("project_id")))


def waiting_for(user) -> list[Waiting]:
    """Everything waiting for this case officer's decision, oldest first: a fixed number of
    queries however long the list."""
    if not (user.is_authenticated and user.funding_body_id and user.is_case_officer):
        return []
    projects = _decidable(user)
    arrived = (StatusChange.objects.filter(project=OuterRef("pk"), to_status=OuterRef("status"))
               .values("project").annotate(last=Max("at")).values("last"))
    items = [
        Waiting(str(KINDS[p.status]), p.title, p.programme.name,
                reverse("projects:overview", args=[p.slug]), p.since or p.updated_at)
        for p in projects.filter(status__in=list(KINDS)).select_related("programme")
        .annotate(since=Subquery(arrived))
    ]
    changes = (ChangeRequest.objects.filter(status=ChangeRequestStatus.SUBMITTED,
                                            project__in=projects)
               .select_related("project__programme", "version"))
    items += [Waiting(str(_("Change request")), c.project.title, c.project.programme.name,
                      reverse("projects:compare", args=[c.project.slug]),
                      c.version.created_at if c.version else c.opened_at) for c in changes]
    for source in extensions.inbox_sources:
        items += source(user, projects)
    return sorted(items, key=lambda item: item.since)
