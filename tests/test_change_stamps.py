"""Change stamps: every audited change gives its project (or, for what belongs to no project,
the reference data) a new token inside the writing transaction; the release fingerprint moves
with the code and templates, so a shared cache never serves an older release's page."""

import pytest
from django.db import transaction

from portal import stamps
from portal.audit import record_event
from portal.models import Country, Organisation, OrganisationKind


@pytest.fixture
def organisation(db):
    return Organisation.objects.create(name="Luleå kommun", kind=OrganisationKind.MUNICIPALITY,
                                       country=Country.SWEDEN)


def test_an_audited_change_moves_its_projects_token_only(organisation):
    first, other, reference = stamps.tokens(stamps.project_key(7), stamps.project_key(8),
                                            stamps.REFERENCE)
    record_event(actor=None, obj=organisation, action="test", project_id=7)
    assert stamps.tokens(stamps.project_key(7), stamps.project_key(8), stamps.REFERENCE) == (
        stamps.tokens(stamps.project_key(7))[0], other, reference)
    assert stamps.tokens(stamps.project_key(7))[0] != first


def test_a_change_of_no_project_moves_the_reference_token(organisation):
    project, reference = stamps.tokens(stamps.project_key(7), stamps.REFERENCE)
    record_event(actor=None, obj=organisation, action="admin:update")
    assert stamps.tokens(stamps.project_key(7), stamps.REFERENCE)[0] == project
    assert stamps.tokens(stamps.REFERENCE)[0] != reference


def test_a_change_rolled_back_leaves_the_token(organisation):
    before = stamps.tokens(stamps.project_key(7))
    with pytest.raises(RuntimeError), transaction.atomic():
        record_event(actor=None, obj=organisation, action="test", project_id=7)
        raise RuntimeError
    assert stamps.tokens(stamps.project_key(7)) == before


def test_the_release_fingerprint_follows_the_templates(settings, tmp_path):
    (tmp_path / "templates").mkdir()
    page = tmp_path / "templates" / "page.html"
    page.write_text("<p>Före</p>")
    (tmp_path / "node_modules").mkdir()
    settings.BASE_DIR = tmp_path
    stamps.release.cache_clear()
    try:
        first = stamps.release()
        (tmp_path / "node_modules" / "lib.py").write_text("x = 1")
        stamps.release.cache_clear()
        assert stamps.release() == first  # not the project's own code
        page.write_text("<p>Efter</p>")
        stamps.release.cache_clear()
        assert stamps.release() != first
    finally:
        stamps.release.cache_clear()
