"""Reading frozen versions: their content in today's format, however long ago they froze."""

from projects.documents.types import type_of
from projects.models import DocumentVersion


def opened(version: DocumentVersion) -> dict:
    """The version's content, upgraded from the schema it was frozen in."""
    return type_of(version.document).upgrade(dict(version.content))
