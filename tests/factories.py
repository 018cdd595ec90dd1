"""Factories for the objects most tests need: people, organisations, programmes and projects,
each with sensible defaults and unique names, made through the same services as the portal
where a service exists (a project through `create_project`, roles through the table the
team page writes).

    manager = person()
    project = draft(manager, programme=programme(open=False))  # refused: closed programme
"""

from datetime import date
from itertools import count

from portal.models import Country, Organisation, OrganisationKind, StaffRole, User
from projects.models import ApplicationForm, Programme, Project, ProjectRole, RoleKind
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
