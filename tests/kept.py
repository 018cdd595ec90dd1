"""Checks shared by the tests of pages and API answers kept per change of a project."""

import re

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

# The one part of a page drawn for each request; the rest of a kept visit is the same.
CSRF_TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="[^"]+"|"X-CSRFToken": "[^"]+"')


def visit(client, name, project, language="sv", query="", more=()):
    """A project page's markup without its CSRF tokens, and the number of queries it took.
    `more`: what the page's address takes after the project's."""
    with CaptureQueriesContext(connection) as captured:
        response = client.get(reverse(name, args=[project.slug, *more]) + query,
                              HTTP_ACCEPT_LANGUAGE=language)
    assert response.status_code == 200
    return CSRF_TOKEN.sub("", response.content.decode()), len(captured.captured_queries)


def get_json_counted(client, address):
    """The API's answer and the number of queries it took."""
    with CaptureQueriesContext(connection) as captured:
        answer = client.get(address).json()
    return answer, len(captured.captured_queries)


def assert_api_answer_kept_until_change(client, address, change, word):
    """A second read is served from the kept answer; after `change`, which adds `word`,
    the answer is built again and shows it."""
    first, first_count = get_json_counted(client, address)
    kept, kept_count = get_json_counted(client, address)
    assert kept == first
    assert kept_count < first_count
    change()
    after = client.get(address).json()
    assert word in str(after) and word not in str(first)


def assert_visit_kept(client, name, project, language="sv", query="", more=()) -> str:
    """Two visits of a page: the second is served from what the first kept (it reads less)
    and shows the same. The first visit's markup."""
    first, first_count = visit(client, name, project, language, query, more)
    kept, kept_count = visit(client, name, project, language, query, more)
    assert kept == first
    assert kept_count < first_count
    return first
