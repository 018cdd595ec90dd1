"""Text search over projects: PostgreSQL's full-text search in Swedish and Norwegian (words
found in any inflection, through the GIN index of migration 0004), and a plain
case-insensitive match on SQLite, where the portfolio is small."""

from django.contrib.postgres.search import SearchQuery, SearchVector
from django.db import connection
from django.db.models import Q, QuerySet
from django.db.models.expressions import CombinedExpression

# The languages a project is written in. A project's text is indexed in both, so a word finds
# Swedish and Norwegian projects alike; the query is read in both as well.
CONFIGS = ("swedish", "norwegian")
SEARCHED = ("title", "summary", "slug")


def search_vector() -> CombinedExpression | SearchVector:
    """The indexed expression. Migration 0004 indexes exactly this; change both together."""
    vectors = [SearchVector(*SEARCHED, config=config) for config in CONFIGS]
    combined: CombinedExpression | SearchVector = vectors[0]
    for vector in vectors[1:]:
        combined = combined + vector
    return combined


def search_projects(queryset: QuerySet, text: str) -> QuerySet:
    words = text.split()
    if not words:
        return queryset
    if connection.vendor != "postgresql":
        for word in words:
            queryset = queryset.filter(Q(title__icontains=word) | Q(summary__icontains=word)
                                       | Q(slug__icontains=word))
        return queryset
    return queryset.alias(found=search_vector()).filter(found=text_query(text))


def text_query(text: str) -> SearchQuery:
    """The words as PostgreSQL reads them in both languages (against `search_vector()`, or a
    vector stored from it)."""
    query = SearchQuery(text, config=CONFIGS[0], search_type="plain")
    for config in CONFIGS[1:]:
        query = query | SearchQuery(text, config=config, search_type="plain")
    return query
