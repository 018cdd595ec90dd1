"""Factories for the objects most tests need: people, organisations, programmes and projects,
each with sensible defaults and unique names, made through the same services as the portal
where a service exists (a project through `create_project`, roles through the table the
team page writes).

    manager = person()
    project = draft(manager, programme=programme(open=False))  # refused: closed programme

A draft is seen only by its writers (manager, members). For a project the funding body's
staff, viewers, steering group or financiers should see, use `submitted_project(...)` (or
`past_submission(project, status=...)` on one already made).
"""

from datetime import date
from itertools import count

from portal.audit import project_changed
from portal.models import Country, Organisation, OrganisationKind, StaffRole, User
from projects.models import (
    ApplicationForm,
    Programme,
    Project,
    ProjectRole,
    ProjectStatus,
    RoleKind,
)
from projects.services.applications import create_project

PASSWORD = "a-long-test-password"
_numbers = count(1)


def _next() -> int:
    return next(_numbers)


def person(username: str = "", **fields) -> User:
    username = username or f"person-{_next()}"
    return User.objects.create_user(username=username, password=PASSWORD,
                                    email=f"{username}@example.org", **fields)


def funding_body(name: str = "", country: str = Country.SWEDEN) -> Organisation:
    return Organisation.objects.create(name=name or f"Finansiär {_next()}", country=country,
                                       kind=OrganisationKind.FUNDING_BODY)


def case_officer(body: Organisation, *, administrator: bool = False, **fields) -> User:
    role = StaffRole.ADMINISTRATOR if administrator else StaffRole.CASE_OFFICER
    return person(funding_body=body, staff_role=role, **fields)


def municipality(name: str = "", code: str = "", country: str = Country.SWEDEN,
                 **fields) -> Organisation:
    number = _next()
    return Organisation.objects.create(
        name=name or f"Kommun {number}", kind=OrganisationKind.MUNICIPALITY, country=country,
        municipality_code=code or f"{9000 + number % 1000}", **fields)


def organisation(name: str = "", kind: str = OrganisationKind.COMPANY,
                 country: str = Country.SWEDEN, **fields) -> Organisation:
    return Organisation.objects.create(name=name or f"Organisation {_next()}", kind=kind,
                                       country=country, **fields)


def programme(body: Organisation | None = None, *, open: bool = True,
              form: str = ApplicationForm.SWEDISH, **fields) -> Programme:
    number = _next()
    body = body or funding_body()
    return Programme.objects.create(
        name=fields.pop("name", f"Programmet {number}"), slug=f"programme-{number}",
        funding_body=body, country=body.country, application_form=form, is_open=open,
        **fields)


def draft(manager: User, *, programme: Programme, title: str = "", owner=None,
          start: date | None = None, end: date | None = None, **roles: User) -> Project:
    """A draft application created by `manager`, with `member=person`, `viewer=person`...
    in the other roles, and the period set when given."""
    number = _next()
    project = create_project(actor=manager, title=title or f"Projektet {number}",
                             slug=f"project-{number}", programme=programme, owner=owner)
    for role, user in roles.items():
        ProjectRole.objects.create(project=project, user=user, role=RoleKind(role))
    if start or end:
        Project.objects.filter(pk=project.pk).update(start_date=start, end_date=end)
        project.refresh_from_db()
    return project


def submitted_project(manager: User, *, programme: Programme,
                      status: str = ProjectStatus.SUBMITTED, **draft_fields) -> Project:
    """Like `draft`, but sent to the funding body once (status `submitted`, or any later one
    given): the funding body's staff, viewers, steering group and financiers see a project
    only from its first submission on, so use this for anything they should see."""
    return past_submission(draft(manager, programme=programme, **draft_fields), status=status)


def past_submission(project: Project, *, status: str = ProjectStatus.SUBMITTED) -> Project:
    """Move an existing draft past its first submission without the submission checks (the
    workflow's own tests submit through the service)."""
    if status == ProjectStatus.DRAFT:
        raise ValueError("a project past submission is never a draft again")
    Project.objects.filter(pk=project.pk).update(status=status)
    project_changed(project.pk)  # as the audited submission moves what it changes
    project.refresh_from_db()
    return project
