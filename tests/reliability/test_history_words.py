"""The history reads a report's status change in words, as it reads the application's, and
keeps a wide table inside its own scroll region on a narrow screen."""

from django.urls import reverse
from django.utils import translation

from portal.models import AuditEntry
from projects.audit_display import readable
from projects.models import ReportStatus


def test_a_reports_status_change_reads_in_words(db):
    entry = AuditEntry(action="report:status", old_value=ReportStatus.DRAFT,
                       new_value=ReportStatus.SUBMITTED)
    with translation.override("en"):
        shown = readable(entry)
        assert (shown.old, shown.new) == (str(ReportStatus.DRAFT.label),
                                          str(ReportStatus.SUBMITTED.label))
    assert shown.old != "draft"


def test_the_history_and_team_tables_scroll_in_their_own_region(client, project, personas):
    client.force_login(personas["manager"])
    for name in ("projects:history", "projects:team"):
        page = client.get(reverse(name, args=[project.slug])).content.decode()
        assert 'class="table-scroll" tabindex="0" role="region"' in page, name
