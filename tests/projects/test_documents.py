"""The document engine: services own their rules, versions are frozen with a schema number,
any kind of document plugs in with its sections and workflow."""

from dataclasses import dataclass

import pytest
from django.db import transaction

from projects.application import APPLICATION, application_of
from projects.documents import types
from projects.documents.compare import WORD_PAIRS_LIMIT, Difference
from projects.documents.sections import SectionInput, TextField, TextSection
from projects.documents.services import freeze_version, run_transition, save_section
from projects.documents.versions import opened
from projects.models import (
    Document,
    DocumentKind,
    FrozenVersionError,
    ReportStatus,
    VersionKind,
)
from projects.services import workflow
from projects.services.errors import (
    ApplicationIncomplete,
    DocumentClosed,
    NotAllowed,
    SectionConflict,
    TransitionNotAllowed,
)
from tests.projects.helpers import complete_application


def save(project, key, actor, revision=0, **fields):
    return save_section(document=application_of(project), key=key, actor=actor,
                        data=SectionInput(fields=fields), expected_revision=revision)


def test_the_service_refuses_people_who_may_not_write(project, personas):
    for persona in ["viewer", "steering", "financier", "case_officer", "outsider"]:
        with pytest.raises(NotAllowed):
            save(project, "background", personas[persona], background="Inte min text")
    project.refresh_from_db()
    assert project.background == ""


def test_the_service_refuses_a_save_once_the_application_is_submitted(project, personas):
    complete_application(project)
    workflow.submit_application(project=project, actor=personas["manager"])
    frozen = opened(application_of(project).versions.get())
    with pytest.raises(DocumentClosed):
        save(project, "background", personas["member"], background="Sent ändrad")
    project.refresh_from_db()
    assert project.background == frozen["sections"]["background"]["fields"]["background"]


def test_a_section_save_writes_only_its_own_fields(project, personas):
    """A stale copy of the project in the caller's hands cannot overwrite another section."""
    stale = application_of(project)
    save(project, "goals", personas["manager"], purpose="Syftet", main_goal="Målet")
    save_section(document=stale, key="background", actor=personas["member"],
                 data=SectionInput(fields={"background": "Bakgrunden"}), expected_revision=0)
    project.refresh_from_db()
    assert (project.purpose, project.main_goal, project.background) == (
        "Syftet", "Målet", "Bakgrunden")


def test_the_second_save_from_the_same_revision_gets_a_conflict(project, personas):
    save(project, "background", personas["manager"], background="Först")
    with pytest.raises(SectionConflict):
        save(project, "background", personas["member"], background="Sedan")
    project.refresh_from_db()
    assert project.background == "Först"


def test_a_field_of_another_section_is_refused(project, personas):
    from projects.documents.sections import InvalidSection

    with pytest.raises(InvalidSection) as refused:
        save(project, "background", personas["manager"], background="Text", purpose="Smyg")
    assert "__all__" in refused.value.errors
    project.refresh_from_db()
    assert project.purpose == ""


def test_too_long_texts_are_refused_with_a_message(project, personas):
    from projects.documents.sections import MAX_TEXT_LENGTH, InvalidSection

    with pytest.raises(InvalidSection) as refused:
        save(project, "background", personas["manager"],
             background="x" * (MAX_TEXT_LENGTH + 1))
    assert "background" in refused.value.errors


def test_a_transition_checks_right_state_and_comment_inside_the_service(project, personas):
    complete_application(project)
    document = application_of(project)
    with transaction.atomic(), pytest.raises(TransitionNotAllowed):
        run_transition(document=document, name="submit", actor=personas["member"])
    with transaction.atomic(), pytest.raises(TransitionNotAllowed):
        run_transition(document=document, name="approve", actor=personas["case_officer"])
    workflow.submit_application(project=project, actor=personas["manager"])
    with transaction.atomic(), pytest.raises(TransitionNotAllowed):
        run_transition(document=document, name="return", actor=personas["case_officer"],
                       comment="  ")
    project.refresh_from_db()
    assert project.status == "submitted"


def test_every_frozen_version_carries_its_schema_and_cannot_be_changed(project, personas):
    complete_application(project)
    version = workflow.submit_application(project=project, actor=personas["manager"])
    assert version.content["schema"] == APPLICATION.schema
    version.content["title"] = "Ändrad i efterhand"
    with pytest.raises(FrozenVersionError):
        version.save()
    with pytest.raises(FrozenVersionError):
        version.delete()
    assert application_of(project).versions.get().content["title"] == project.title


def test_the_granted_amount_is_recorded_in_the_history(project, personas):
    from decimal import Decimal

    from portal.models import AuditEntry

    complete_application(project)
    workflow.submit_application(project=project, actor=personas["manager"])
    workflow.approve_application(project=project, actor=personas["case_officer"],
                                 granted_amount=Decimal("750000"))
    entry = AuditEntry.objects.get(project_id=project.pk, action="granted_amount")
    assert (entry.old_value, entry.new_value, entry.actor) == (
        "", "750000", personas["case_officer"])


# A document of another kind, registered the way the reports app registers its own.

@dataclass(frozen=True)
class ReportAbilities:
    access: object

    @property
    def can_submit_report(self) -> bool:
        return self.access.can_submit


class StatusReportType(types.DocumentType):
    kind = DocumentKind.STATUS_REPORT
    schema = 2
    upgrades = {1: lambda content: {**content, "period": content.pop("label", "")}}
    status_labels = dict(ReportStatus.choices)
    transitions = {"submit": types.Transition(
        "submit", frozenset({ReportStatus.DRAFT, ReportStatus.RETURNED}),
        ReportStatus.SUBMITTED, "can_submit_report", freezes=VersionKind.REPORT_SUBMITTED,
        requires_complete=True)}
    status_action = "report:status"
    SECTIONS = [TextSection("overview", "Övergripande", (TextField("text", "Text"),)),
                TextSection("activities", "Aktiviteter",
                            (TextField("done", "Genomfört"),
                             TextField("deviations", "Avvikelser", required=False)))]

    def sections(self, document):
        return self.SECTIONS

    def abilities(self, access, document):
        return ReportAbilities(access)

    def may_write(self, access, document):
        return access.is_writer

    def is_open(self, access, document):
        return document.status in (ReportStatus.DRAFT, ReportStatus.RETURNED)

    def closed_message(self, document):
        return "Rapporten är inskickad."

    def snapshot(self, document):
        return {"period": "2020", "sections": {s.key: s.content(document)
                                               for s in self.SECTIONS}}


@pytest.fixture
def status_report(project, monkeypatch):
    monkeypatch.setitem(types._types, DocumentKind.STATUS_REPORT, StatusReportType())
    return Document.objects.create(project=project, kind=DocumentKind.STATUS_REPORT,
                                   number=1, status=ReportStatus.DRAFT)


def test_a_report_document_is_written_in_text_sections_with_the_same_conflict_check(
        status_report, personas):
    manager, member = personas["manager"], personas["member"]
    save_section(document=status_report, key="overview", actor=manager,
                 data=SectionInput(fields={"text": "Det går bra."}), expected_revision=0)
    with pytest.raises(SectionConflict):
        save_section(document=status_report, key="overview", actor=member,
                     data=SectionInput(fields={"text": "Det går dåligt."}), expected_revision=0)
    report = types.type_of(status_report)
    assert report.section(status_report, "overview").texts(
        Document.objects.get(pk=status_report.pk)) == {"text": "Det går bra."}
    assert report.missing(Document.objects.get(pk=status_report.pk)) == {
        "Aktiviteter": ["Genomfört saknas"]}


def test_a_report_is_submitted_and_frozen_by_its_own_workflow(status_report, personas):
    manager = personas["manager"]
    with transaction.atomic(), pytest.raises(ApplicationIncomplete):
        run_transition(document=status_report, name="submit", actor=manager)
    for key, fields in {"overview": {"text": "Bra"}, "activities": {"done": "Allt"}}.items():
        save_section(document=status_report, key=key, actor=manager,
                     data=SectionInput(fields=fields), expected_revision=0)
    with transaction.atomic():
        moved = run_transition(document=status_report, name="submit", actor=manager)
    status_report.refresh_from_db()
    assert status_report.status == ReportStatus.SUBMITTED
    assert moved.version.content["sections"]["activities"]["fields"]["done"] == "Allt"
    assert moved.version.content["schema"] == 2
    with pytest.raises(DocumentClosed):
        save_section(document=status_report, key="overview", actor=manager,
                     data=SectionInput(fields={"text": "Ändrad"}), expected_revision=1)
    # The project's own status is untouched by a report's workflow.
    status_report.project.refresh_from_db()
    assert status_report.project.status == "draft"


def test_a_version_frozen_in_an_earlier_schema_opens_in_todays_format(status_report,
                                                                        personas):
    with transaction.atomic():
        old = freeze_version(status_report, personas["manager"], VersionKind.REPORT_SUBMITTED)
    # As an earlier release froze it: schema 1, where the period was called "label".
    Document.objects.filter(pk=status_report.pk)  # the row stays; only the content is old
    from projects.models import DocumentVersion

    DocumentVersion.objects.filter(pk=old.pk).update(
        content={"schema": 1, "label": "Första halvåret", "sections": {}})
    content = opened(DocumentVersion.objects.get(pk=old.pk))
    assert content["schema"] == 2
    assert content["period"] == "Första halvåret"


def test_comparing_long_texts_stays_bounded_and_marks_the_change():
    paragraphs = [f"Stycke {n}: " + " ".join(["ord"] * 60) for n in range(2000)]
    old = "\n".join(paragraphs)
    new = old.replace(paragraphs[700], paragraphs[700] + " nytt")
    assert len(old.split(" ")) ** 2 > WORD_PAIRS_LIMIT  # the long-text path is taken
    html = Difference("x", old, new).inline
    assert "<ins>nytt</ins>" in html and "<del>" not in html
