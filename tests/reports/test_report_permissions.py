"""Every reports URL, every persona: who may read and download, who may write, submit and
decide, and in which state of the project.

A URL added without a line here fails `test_every_reports_url_is_in_the_matrix`.
"""

import pytest
from django.urls import reverse

from tests.matrix import EVERYONE, PERSONAS, STAFF, Case, call, check, url_names

DOWNLOADERS = {"manager", "member", "steering", "financier", *STAFF}

# name: (URL arguments beyond the slug, query string, who may read it)
READS = {
    "reports:documents": ({}, "", EVERYONE),
    "reports:application_pdf": ({}, "", DOWNLOADERS),
    "reports:application_preview": ({}, "sprak=en", DOWNLOADERS),
}
# (name, URL arguments, who may, posted data)
WRITES: list = []
CASES = [Case(name, frozenset(who), "get", kwargs) for name, (kwargs, _query, who)
         in READS.items()]


def test_every_reports_url_is_in_the_matrix():
    ours = {name for name in url_names() if name.startswith(("reports:", "reports_api:"))}
    assert ours == set(READS) | {name for name, *_ in WRITES}


@pytest.mark.parametrize("name", sorted(READS))
@pytest.mark.parametrize("persona", PERSONAS)
def test_reading(client, project, personas, name, persona):
    kwargs, query, who = READS[name]
    address = reverse(name, kwargs={"slug": project.slug, **kwargs})
    response = call(client, personas, persona, "get", f"{address}?{query}")
    check(response, persona, who, name)
