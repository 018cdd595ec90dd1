"""Status reports and the final report: written a section at a time without overwriting
each other, frozen whole when submitted, returned and submitted again as a new version, and
moved with the project's own workflow step."""

from datetime import date

import pytest

from projects.documents.versions import opened
from projects.models import DocumentKind, ReportStatus, VersionKind
from projects.services import workflow
from projects.services.errors import (
    ApplicationIncomplete,
    DocumentClosed,
    NotAllowed,
    SectionConflict,
    TransitionNotAllowed,
)
from reports import services
from reports.outlines import outline_for
from tests.reports.helpers import fill, revision, start_running, write


@pytest.fixture
def running(project, personas):
    return start_running(project, personas)


@pytest.fixture
def status_report(running, personas):
    return services.start_status_report(project=running, actor=personas["manager"],
                                        period_start=date(2020, 1, 1),
                                        period_end=date(2020, 6, 30))


def test_a_status_report_follows_tillvaxtverkets_outline(status_report):
    assert status_report.outline == "tillvaxtverket-lagesrapport-2021-2027"
    outline = outline_for(status_report.project, DocumentKind.STATUS_REPORT)
    assert [s["key"] for s in outline.sections] == [
        "overview", "organisation", "activities", "results", "economy"]
    assert status_report.number == 1 and status_report.status == ReportStatus.DRAFT


def test_the_final_report_has_the_thirteen_sections_of_the_swedish_outline(running, personas):
    document = services.start_final_report(project=running, actor=personas["member"])
    outline = outline_for(running, DocumentKind.FINAL_REPORT)
    assert outline.slug == "slutrapport" and len(outline.sections) == 13
    assert outline.sections[6]["figures"] == ["costs", "financing"]
    assert services.start_final_report(project=running, actor=personas["manager"]) == document


def test_periods_must_not_overlap(status_report, personas):
    with pytest.raises(services.InvalidPeriod, match="1"):
        services.start_status_report(project=status_report.project, actor=personas["member"],
                                     period_start=date(2020, 6, 1), period_end=date(2020, 12, 31))
    with pytest.raises(services.InvalidPeriod):
        services.start_status_report(project=status_report.project, actor=personas["member"],
                                     period_start=date(2021, 6, 1), period_end=date(2021, 1, 1))
    second = services.start_status_report(project=status_report.project,
                                          actor=personas["member"],
                                          period_start=date(2020, 7, 1),
                                          period_end=date(2020, 12, 31))
    assert second.number == 2


def test_only_writers_of_a_running_project_start_reports(project, personas):
    with pytest.raises(TransitionNotAllowed):  # a draft application has no reports yet
        services.start_final_report(project=project, actor=personas["manager"])
    start_running(project, personas)
    for persona in ("steering", "financier", "viewer", "case_officer"):
        with pytest.raises(NotAllowed):
            services.start_final_report(project=project, actor=personas[persona])


def test_two_people_saving_the_same_section_do_not_overwrite_each_other(status_report,
                                                                        personas):
    opened_at = revision(status_report, "overview")
    write(status_report, personas["manager"], "overview", progress="Maja skrev först.")
    with pytest.raises(SectionConflict):
        from projects.documents.sections import SectionInput
        from projects.documents.services import save_section

        save_section(document=status_report, key="overview", actor=personas["member"],
                     data=SectionInput(fields={"progress": "Medlemmen skrev sedan."}),
                     expected_revision=opened_at)
    # another section saves regardless
    write(status_report, personas["member"], "organisation",
          organisation="Styrgrupp varje kvartal.")


def test_submitting_freezes_texts_and_figures_and_nothing_changes_afterwards(
        status_report, personas):
    manager = personas["manager"]
    with pytest.raises(ApplicationIncomplete):
        services.submit_report(document=status_report, actor=manager)
    fill(status_report, personas["member"])
    with pytest.raises(TransitionNotAllowed):
        services.submit_report(document=status_report, actor=personas["member"])
    services.submit_report(document=status_report, actor=manager)
    status_report.refresh_from_db()
    assert status_report.status == ReportStatus.SUBMITTED
    version = status_report.versions.get()
    assert version.kind == VersionKind.REPORT_SUBMITTED
    content = opened(version)
    assert content["schema"] == 1
    assert content["period"] == {"start": "2020-01-01", "end": "2020-06-30"}
    assert content["sections"][0]["fields"][0]["text"] == "Skrivet i portalen. (progress)"
    assert content["figures"]["overview"]["programme"] == "ERUF Övre Norrland 2014-2020"
    assert {"overview", "finance", "plan", "risks", "indicators", "participants",
            "decisions"} <= set(content["figures"])
    with pytest.raises(DocumentClosed):
        write(status_report, manager, "overview", progress="Ändrat i efterhand")


def test_a_returned_report_is_edited_and_submitted_as_a_new_version(status_report, personas):
    manager, officer = personas["manager"], personas["case_officer"]
    fill(status_report, manager)
    services.submit_report(document=status_report, actor=manager)
    with pytest.raises(TransitionNotAllowed):
        services.return_report(document=status_report, actor=officer, comment=" ")
    with pytest.raises(TransitionNotAllowed):
        services.approve_report(document=status_report, actor=manager)
    services.return_report(document=status_report, actor=officer, comment="Beskriv avvikelsen")
    status_report.refresh_from_db()
    assert status_report.status == ReportStatus.RETURNED
    write(status_report, manager, "economy", economy="Lokalkostnaden blev lägre.")
    services.submit_report(document=status_report, actor=manager)
    services.approve_report(document=status_report, actor=officer)
    first, second, approved = status_report.versions.order_by("number")
    economy = {s["key"]: s for s in opened(first)["sections"]}["economy"]
    assert economy["fields"][0]["text"] == "Skrivet i portalen. (economy)"
    economy = {s["key"]: s for s in opened(second)["sections"]}["economy"]
    assert economy["fields"][0]["text"] == "Lokalkostnaden blev lägre."
    assert approved.kind == VersionKind.REPORT_APPROVED


def test_the_projects_final_report_step_submits_the_final_report(running, personas):
    manager, officer = personas["manager"], personas["case_officer"]
    with pytest.raises(TransitionNotAllowed, match="slutrapporten"):
        workflow.submit_final_report(project=running, actor=manager)
    running.refresh_from_db()
    assert running.status == "running"  # nothing moved
    document = services.start_final_report(project=running, actor=manager)
    write(document, manager, "summary", summary="Bara sammanfattningen")
    with pytest.raises(ApplicationIncomplete):
        workflow.submit_final_report(project=running, actor=manager)
    running.refresh_from_db()
    assert running.status == "running"
    fill(document, manager)
    workflow.submit_final_report(project=running, actor=manager)
    document.refresh_from_db()
    running.refresh_from_db()
    assert (running.status, document.status) == ("final_report_submitted", "submitted")
    assert document.versions.count() == 1
    workflow.return_final_report(project=running, actor=officer, comment="Saknar bilaga")
    document.refresh_from_db()
    assert document.status == ReportStatus.RETURNED
    services.submit_report(document=document, actor=manager)  # the same step, from the report
    running.refresh_from_db()
    assert running.status == "final_report_submitted"
    workflow.close_project(project=running, actor=officer)
    document.refresh_from_db()
    assert document.status == ReportStatus.APPROVED
    assert list(document.versions.values_list("kind", flat=True)) == [
        VersionKind.REPORT_SUBMITTED, VersionKind.REPORT_SUBMITTED, VersionKind.REPORT_APPROVED]
