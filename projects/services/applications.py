"""Writing the application: creating a project and saving one section at a time."""

from django.db import transaction
from django.utils import timezone

from portal.audit import record_changes, record_event
from projects.models import (
    Participation,
    ParticipationRole,
    Programme,
    Project,
    ProjectRole,
    RoleKind,
    SectionState,
)
from projects.sections import SECTIONS, Section
from projects.services.errors import SectionConflict
from projects.snapshot import flatten_section


@transaction.atomic
def create_project(
    *, actor, title: str, slug: str, programme: Programme, owner=None
) -> Project:
    """A new draft whose creator becomes its project manager."""
    project = Project(title=title, slug=slug, programme=programme, created_by=actor)
    project.full_clean()
    project.save()
    ProjectRole.objects.create(project=project, user=actor, role=RoleKind.MANAGER)
    SectionState.objects.bulk_create(
        SectionState(project=project, section=section.key) for section in SECTIONS
    )
    if owner is not None:
        Participation.objects.create(
            project=project, organisation=owner, role=ParticipationRole.OWNER
        )
    record_event(actor=actor, obj=project, action="create", project_id=project.pk)
    return project


def section_revision(project: Project, section: Section) -> SectionState:
    state, _ = SectionState.objects.get_or_create(project=project, section=section.key)
    return state


@transaction.atomic
def save_section(
    *, project: Project, section: Section, actor, form, formsets, expected_revision: int
) -> SectionState:
    """Save a validated section form and its row formsets, unless someone saved in between.

    The revision check and the write happen under a row lock, so of two people who opened
    the same revision only the first one saves; the second gets SectionConflict and keeps
    what they typed.
    """
    section_revision(project, section)
    state = SectionState.objects.select_for_update().get(project=project, section=section.key)
    if state.revision != expected_revision:
        raise SectionConflict(state)
    before = flatten_section(Project.objects.get(pk=project.pk), section)
    form.save()
    for formset in formsets:
        _save_rows(formset)
    fresh = Project.objects.get(pk=project.pk)
    after = flatten_section(fresh, section)
    record_changes(
        actor=actor, obj=fresh, before=before, after=after,
        project_id=project.pk, action=f"section:{section.key}",
    )
    state.revision += 1
    state.saved_at = timezone.now()
    state.saved_by = actor if actor.is_authenticated else None
    state.save(update_fields=["revision", "saved_at", "saved_by"])
    return state


def _save_rows(formset) -> None:
    """Save a row formset, keeping the rows in the order they stand on the page."""
    formset.save(commit=False)
    for row in formset.deleted_objects:
        row.delete()
    ordered = any(f.name == "position" for f in formset.model._meta.fields)
    position = 0
    for form in formset.forms:
        if form in formset.deleted_forms:
            continue
        if not form.instance.pk and not form.has_changed():
            continue  # an empty extra row
        if ordered:
            form.instance.position = position
        form.instance.save()
        position += 1
