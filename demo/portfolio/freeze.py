"""Frozen versions of the generated applications that were submitted: the application as the
projects app and every registered part snapshot it (the same function the workflow freezes
with), one version per freezing step the project went through."""

from django.db import transaction

from demo.portfolio.bulk import PATHS, Planned
from projects.application import APPLICATION
from projects.models import Document, DocumentVersion, Project, ProjectStatus, VersionKind
from projects.sections import PREFETCH
from projects.snapshot import build_snapshot

FREEZES = {ProjectStatus.SUBMITTED: VersionKind.SUBMITTED,
           ProjectStatus.APPROVED: VersionKind.APPROVED}
CHUNK = 200


def freeze_versions(planned: list[Planned]) -> int:
    """Returns how many versions were frozen."""
    wanted = [item for item in planned if PATHS[item.project.status]]
    made = 0
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start:start + CHUNK]
        by_pk = {item.project.pk: item for item in chunk}
        projects = (Project.objects.filter(pk__in=by_pk).select_related("programme")
                    .prefetch_related(*PREFETCH))
        documents = dict(Document.objects.filter(project__in=by_pk, kind="application")
                         .values_list("project_id", "pk"))
        versions = []
        for project in projects:
            item = by_pk[project.pk]
            content = {"schema": APPLICATION.schema, **build_snapshot(project)}
            kinds = [FREEZES[s] for s in PATHS[project.status] if s in FREEZES]
            versions += [DocumentVersion(document_id=documents[project.pk], number=n,
                                         kind=kind, created_by=item.manager, content=content)
                         for n, kind in enumerate(kinds, start=1)]
        with transaction.atomic():
            DocumentVersion.objects.bulk_create(versions)
        made += len(versions)
    return made
