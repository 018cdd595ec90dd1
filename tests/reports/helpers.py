"""Writing reports the way a project manager does, through the real services."""

from projects.documents.sections import SectionInput
from projects.documents.services import save_section
from projects.documents.types import type_of
from projects.models import SectionState
from projects.services import workflow
from tests.projects.helpers import complete_application


def start_running(project, personas):
    complete_application(project)
    workflow.submit_application(project=project, actor=personas["manager"])
    workflow.approve_application(project=project, actor=personas["case_officer"],
                                 granted_amount=None)
    workflow.start_project(project=project, actor=personas["case_officer"])
    project.refresh_from_db()
    return project


def revision(document, key) -> int:
    state = SectionState.objects.filter(document=document, section=key).first()
    return state.revision if state else 0


def write(document, actor, key, **texts):
    return save_section(document=document, key=key, actor=actor,
                        data=SectionInput(fields=texts),
                        expected_revision=revision(document, key))


def fill(document, actor, text="Skrivet i portalen."):
    """Every field of every section, so the report can be submitted."""
    for section in type_of(document).sections(document):
        write(document, actor, section.key, **{f.name: f"{text} ({f.name})"
                                               for f in section.fields})
