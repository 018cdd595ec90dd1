"""What changed between two versions of the application, or between a version and the
application as it is now, worked out once and kept: comparing the stress project's first
version with now read two quarter-megabyte contents and walked both on every request. Each
side is named by what identifies it for good (a frozen version's id, number and moment) or
by "now", which the project's change stamps follow (`portal.stamps.kept`)."""

from collections.abc import Callable
from typing import TypeVar

from django.conf import settings
from django.utils import translation

from portal import stamps
from projects.application import application_now
from projects.documents.compare import Difference, compare
from projects.documents.versions import opened
from projects.models import DocumentVersion, Project

T = TypeVar("T")


def side(version: DocumentVersion | None) -> str:
    return "now" if version is None else \
        f"{version.pk}.{version.number}.{version.created_at.isoformat()}"


def contents(project: Project, old: DocumentVersion | None,
             new: DocumentVersion | None) -> tuple[dict, dict]:
    """Both sides' content; "now" in the portal's first language, as versions are frozen."""
    if new is not None:
        new_content = opened(new)
    else:
        with translation.override(settings.LANGUAGE_CODE):
            new_content = application_now(project)
    return (opened(old) if old else {}), new_content


def kept_comparison(name: str, project: Project, old: DocumentVersion | None,
                    new: DocumentVersion | None, build: Callable[[dict, dict], T], *parts) -> T:
    """`build(old_content, new_content)`, kept for these two sides and `parts`."""
    return stamps.kept(name, project.pk, (side(old), side(new), *parts),
                       lambda: build(*contents(project, old, new)))


def differences(project: Project, old: DocumentVersion | None,
                new: DocumentVersion | None) -> list[Difference]:
    """Every changed field, for the API (pages leave out the parts that draw their own)."""
    return kept_comparison("differences", project, old, new, compare)
