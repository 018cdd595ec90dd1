"""Writing one application section into the locked project: only that section's fields and
rows, validated by the model's own rules and the section's, or nothing at all."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from projects.documents.sections import (
    MAX_ROWS,
    InvalidSection,
    RowInput,
    SectionInput,
    text_too_long,
)
from projects.models import ParticipationRole, Project
from projects.sections import RowList, Section, period_problem

Errors = dict[str, list[str]]


def write_section(project: Project, section: Section, data: SectionInput) -> None:
    errors: Errors = {}
    _set_fields(project, section, data.fields, errors)
    planned = {rows.name: _plan_rows(project, rows, data.rows[rows.name], errors)
               for rows in section.lists if rows.name in data.rows}
    if errors:
        raise InvalidSection(errors)
    if section.fields:
        project.save(update_fields=[*section.fields, "updated_at"])
    for rows in section.lists:
        if rows.name in planned:
            _apply_rows(rows, *planned[rows.name])


def _set_fields(project: Project, section: Section, values: dict, errors: Errors) -> None:
    if unknown := set(values) - set(section.fields):
        errors["__all__"] = [_("Not a field of this section: %(names)s")
                             % {"names": ", ".join(sorted(unknown))}]
    for name, value in values.items():
        if name in section.fields:
            setattr(project, name, value)
            if problem := text_too_long(value):
                errors.setdefault(name, []).append(problem)
    others = [f.name for f in Project._meta.fields if f.name not in section.fields]
    try:
        project.full_clean(exclude=others, validate_unique=False)
    except ValidationError as error:
        for name, messages in error.message_dict.items():
            errors.setdefault(name, []).extend(messages)
    problem = period_problem(project.start_date, project.end_date)
    if "end_date" in section.fields and problem:
        errors["end_date"] = [problem]
        errors.pop("__all__", None)  # the database constraint says the same, less clearly


def _plan_rows(project: Project, rows: RowList, inputs: list[RowInput], errors: Errors):
    """The rows to delete and to save, in page order; errors keyed by the row's place."""
    existing = {row.pk: row for row in getattr(project, rows.name).all()}
    kept = [row for row in inputs if not row.delete]
    if len(kept) > MAX_ROWS:
        errors[rows.name] = [_("At most %(n)d rows in one list.") % {"n": MAX_ROWS}]
        return [], []
    deleted, saved = [], []
    for index, row in enumerate(inputs):
        if row.id is not None and row.id not in existing:
            errors[f"{rows.name}.{index}"] = [_("This row no longer exists; reload the page.")]
            continue
        if row.delete:
            if row.id is not None:
                deleted.append(existing[row.id])
            continue
        instance = existing[row.id] if row.id is not None else rows.model(project=project)
        for name in rows.fields:
            if name in row.values:
                setattr(instance, name, row.values[name])
        try:
            instance.full_clean(exclude=["project", "position"], validate_unique=False,
                                validate_constraints=False)
        except ValidationError as error:
            for name, messages in error.message_dict.items():
                errors[f"{rows.name}.{index}.{name}"] = list(messages)
        saved.append((index, instance))
    LIST_RULES.get(rows.name, _no_rule)(saved, rows.name, errors)
    return deleted, saved


def _apply_rows(rows: RowList, deleted, saved) -> None:
    for instance in deleted:
        instance.delete()
    ordered = any(f.name == "position" for f in rows.model._meta.fields)
    for position, (_index, instance) in enumerate(saved):
        if ordered:
            instance.position = position
        instance.save()


def _no_rule(saved, name: str, errors: Errors) -> None:
    return None


def _participation_rules(saved, name: str, errors: Errors) -> None:
    """One project owner, and each organisation once: said at the row, not as a database
    error."""
    owners = [index for index, row in saved if row.role == ParticipationRole.OWNER]
    for index in owners[1:]:
        errors[f"{name}.{index}.role"] = [_("A project has one project owner.")]
    seen: set[int] = set()
    for index, row in saved:
        if row.organisation_id in seen:
            errors[f"{name}.{index}.organisation"] = [
                _("The organisation already takes part in the project.")]
        seen.add(row.organisation_id)


LIST_RULES = {"participations": _participation_rules}
