"""Two people and one application at the same moment: nothing saved is lost, nothing frozen
is touched, and no state changes without its record. Threads each with their own database
connection, as two requests would be."""

import threading

import pytest
from django.db import connection, transaction

from portal.models import AuditEntry
from projects.application import application_of
from projects.documents.sections import SectionInput
from projects.documents.services import lock_document, save_section
from projects.documents.versions import opened
from projects.models import StatusChange
from projects.services import workflow
from projects.services.errors import DocumentClosed
from tests.projects.helpers import complete_application

# Serialised rollback like every transactional test here: data migrations come back after.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def run_together(*jobs):
    """Run each job in its own thread with its own connection; return what each raised."""
    outcomes: list = [None] * len(jobs)

    def run(index, job):
        try:
            job()
        except Exception as error:  # noqa: BLE001 - the test looks at what was raised
            outcomes[index] = error
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(n, job)) for n, job in enumerate(jobs)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return outcomes


def test_two_sections_saved_at_the_same_moment_both_stay(project, personas):
    barrier = threading.Barrier(2)
    document = application_of(project)

    def write(key, actor, **fields):
        def job():
            barrier.wait()
            save_section(document=document, key=key, actor=actor,
                         data=SectionInput(fields=fields), expected_revision=0)
        return job

    outcomes = run_together(
        write("background", personas["manager"], background="Bakgrund av Maja"),
        write("goals", personas["member"], purpose="Syfte av medarbetaren", main_goal="Mål"),
    )
    assert outcomes == [None, None]
    project.refresh_from_db()
    assert project.background == "Bakgrund av Maja"
    assert project.purpose == "Syfte av medarbetaren"
    # What the history says was saved is what is there.
    saved = {e.field: e.new_value for e in AuditEntry.objects.filter(project_id=project.pk)}
    assert saved["fields › background"] == project.background
    assert saved["fields › purpose"] == project.purpose


def test_a_save_racing_the_submission_is_refused_and_the_frozen_version_is_untouched(
        project, personas):
    complete_application(project)
    document = application_of(project)
    submitting = threading.Event()

    def submit():
        with transaction.atomic():
            lock_document(document)  # the submission holds the application from here
            submitting.set()
            workflow.submit_application(project=project, actor=personas["manager"])

    def save_late():
        submitting.wait(timeout=30)
        save_section(document=document, key="background", actor=personas["member"],
                     data=SectionInput(fields={"background": "Skrivet under tiden"}),
                     expected_revision=0)

    outcomes = run_together(submit, save_late)
    assert outcomes[0] is None
    assert isinstance(outcomes[1], DocumentClosed)
    project.refresh_from_db()
    assert project.status == "submitted"
    frozen = opened(application_of(project).versions.get())
    assert frozen["sections"]["background"]["fields"]["background"] == project.background
    assert project.background != "Skrivet under tiden"
    changes = StatusChange.objects.filter(project=project)
    assert [(c.from_status, c.to_status) for c in changes] == [("draft", "submitted")]
    assert AuditEntry.objects.filter(project_id=project.pk, action="status").count() == 1
