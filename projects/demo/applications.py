"""The projects part of the demo: organisations, programmes, demo people and the four seed
applications, written as drafts by the demo project manager, and the workflow steps that take
each to where its document stands. `demo.loader` composes this with the other apps' demos.

Idempotent: a project whose slug already exists is left exactly as it is, and people,
organisations and programmes are only created when missing, so a second run changes nothing
(a demo password someone changed stays changed).
"""

from dataclasses import dataclass, field
from datetime import date

from portal.audit import record_event
from portal.models import Organisation, OrganisationKind, User
from projects.application import application_of
from projects.demo import (
    invest_in_norrbotten,
    kongsberg,
    kreativ_region,
    nis_6_0,
)
from projects.demo.base import Org, ProjectSeed
from projects.demo.clock import Timeline, demo_clock
from projects.demo.people import CASE_OFFICER_BY_PROGRAMME, DEMO_PASSWORD, MANAGER, PEOPLE, Person
from projects.demo.programmes import PROGRAMMES, ProgrammeSeed
from projects.documents.sections import RowInput, SectionInput
from projects.documents.services import save_section
from projects.models import Programme, Project
from projects.sections import sections_for
from projects.services import workflow
from projects.services.applications import import_project
from projects.services.errors import ApplicationIncomplete
from projects.services.team import set_role

SEEDS: tuple[ProjectSeed, ...] = (
    invest_in_norrbotten.SEED,
    nis_6_0.SEED,
    kreativ_region.SEED,
    kongsberg.SEED,
)


class DemoNotSubmittable(Exception):
    """A demo application failed the submission checks: which one, and what is missing."""

    def __init__(self, slug: str, gaps: dict[str, list[str]]):
        self.slug, self.gaps = slug, gaps
        super().__init__(slug)


@dataclass
class Applications:
    """What this stage wrote: the new drafts by slug, and who acts in the later stages."""

    created: dict[str, Project] = field(default_factory=dict)
    kept: list[str] = field(default_factory=list)
    new_people: list[str] = field(default_factory=list)
    users: dict[str, User] = field(default_factory=dict)

    @property
    def manager(self) -> User:
        return self.users[MANAGER.username]

    def case_officer_for(self, slug: str) -> User:
        programme = next(seed.programme for seed in SEEDS if seed.slug == slug)
        return self.users[CASE_OFFICER_BY_PROGRAMME[programme].username]

    def target_status(self, slug: str) -> str:
        return next(seed.status for seed in SEEDS if seed.slug == slug)

    def timeline(self, slug: str) -> Timeline:
        return next(seed.timeline for seed in SEEDS if seed.slug == slug)


class Organisations:
    """Org records to rows, each looked up once per run."""

    def __init__(self) -> None:
        self._rows: dict[Org, Organisation] = {}

    def __getitem__(self, org: Org) -> Organisation:
        if org not in self._rows:
            self._rows[org] = _ensure_organisation(org)
        return self._rows[org]


def _ensure_organisation(org: Org) -> Organisation:
    row, created = Organisation.objects.get_or_create(
        name=org.name,
        country=org.country,
        defaults={
            "kind": org.kind,
            "municipality_code": org.municipality_code,
            "population": org.population,
            "population_date": org.population_date,
        },
    )
    if not created:
        _fill_gaps(row, org)
    return row


def _fill_gaps(row: Organisation, org: Org) -> None:
    """Another app's demo may have created the organisation with fewer facts: add ours,
    never overwrite theirs."""
    changed = []
    if (
        not row.municipality_code
        and org.municipality_code
        and row.kind == OrganisationKind.MUNICIPALITY
    ):
        row.municipality_code = org.municipality_code
        changed.append("municipality_code")
    if row.population is None and org.population is not None:
        row.population, row.population_date = org.population, org.population_date
        changed += ["population", "population_date"]
    if changed:
        row.save(update_fields=changed)


def _ensure_programme(seed: ProgrammeSeed, organisations: Organisations) -> Programme:
    programme, _created = Programme.objects.get_or_create(
        slug=seed.slug,
        defaults={
            "name": seed.name,
            "funding_body": organisations[seed.funding_body],
            "country": seed.country,
            "application_form": seed.form,
            "reporting_currency": seed.currency,
            "period_start": seed.start,
            "period_end": seed.end,
            "description": seed.description,
            "is_open": seed.is_open,
        },
    )
    return programme


def _ensure_user(person: Person, organisations: Organisations) -> tuple[User, bool]:
    user = User.objects.filter(username=person.username).first()
    if user is not None:
        return user, False
    user = User(
        username=person.username,
        first_name=person.first_name,
        last_name=person.last_name,
        email=person.email,
        organisation=organisations[person.organisation] if person.organisation else None,
        funding_body=organisations[person.funding_body] if person.funding_body else None,
        staff_role=person.staff_role,
        is_staff=person.superuser,
        is_superuser=person.superuser,
    )
    user.set_password(DEMO_PASSWORD)
    user.full_clean()
    user.save()
    return user, True


def _write_application(
    seed: ProjectSeed, programme: Programme, manager: User, organisations: Organisations
) -> Project:
    """A new draft with everything the document says, written as the project manager section
    by section through the same service as the section pages: the same rules, revisions and
    audit entries. Only the source notes, which no section holds, are set here."""
    project = import_project(
        actor=manager, title=seed.title, slug=seed.slug, programme=programme,
        owner=organisations[seed.owner],
    )
    Project.objects.filter(pk=project.pk).update(source_notes=seed.source_notes.strip())
    document = application_of(project)
    fields = _field_values(seed)
    rows = _row_inputs(seed, project, organisations)
    for section in sections_for(project):
        data = SectionInput(
            fields={name: fields.pop(name) for name in section.fields if name in fields},
            rows={spec.name: rows.pop(spec.name) for spec in section.lists if spec.name in rows},
        )
        if data.fields or any(data.rows.values()):
            save_section(document=document, key=section.key, actor=manager, data=data,
                         expected_revision=0)
    unused = [name for name in fields] + [name for name, given in rows.items() if given]
    if unused:
        raise ValueError(f"{seed.slug}: no section of its form holds {', '.join(unused)}")
    record_event(actor=manager, obj=project, action="import", project_id=project.pk,
                 detail="Demodata: innehållet överfört från källdokumentet")
    project.refresh_from_db()
    return project


def _field_values(seed: ProjectSeed) -> dict[str, object]:
    return {"title": seed.title, "start_date": seed.start, "end_date": seed.end,
            **{name: value.strip() for name, value in seed.texts.items()}}


def _row_inputs(seed: ProjectSeed, project: Project,
                organisations: Organisations) -> dict[str, list[RowInput]]:
    def org(key: Org | None) -> Organisation | None:
        return organisations[key] if key else None

    owner = project.participations.get()  # made with the project
    return {
        "participations": [
            RowInput(id=owner.pk, values={"organisation": owner.organisation,
                                          "role": owner.role}),
            *(RowInput(id=None, values={"organisation": organisations[key], "role": role})
              for key, role in seed.participants)],
        "sub_goals": [RowInput(id=None, values={"title": g.title, "description": g.description})
                      for g in seed.sub_goals],
        "benefit_areas": [RowInput(id=None, values={"title": g.title,
                                                    "description": g.description})
                          for g in seed.benefit_areas],
        "group_members": [RowInput(id=None, values={
            "group": m.group, "name": m.name, "kind": m.kind, "role_title": m.role_title,
            "organisation": org(m.organisation)}) for m in seed.members],
        "staff": [RowInput(id=None, values={"name": s.name, "title": s.title, "fte": s.fte,
                                            "organisation": org(s.organisation)})
                  for s in seed.staff],
    }


def _give_roles(project: Project, manager: User, users: dict[str, User]) -> None:
    for person in PEOPLE:
        if person is MANAGER or project.slug not in person.projects:
            continue
        set_role(project=project, actor=manager, user=users[person.username],
                 role=person.project_role)


def write_applications() -> Applications:
    """People, organisations, programmes and the seed applications that are not there yet."""
    result = Applications()
    organisations = Organisations()
    for person in PEOPLE:
        result.users[person.username], created = _ensure_user(person, organisations)
        if created:
            result.new_people.append(person.username)
    programmes = {seed.slug: _ensure_programme(seed, organisations) for seed in PROGRAMMES}
    existing = set(Project.objects.filter(slug__in=[s.slug for s in SEEDS])
                   .values_list("slug", flat=True))
    for seed in SEEDS:
        if seed.slug in existing:
            result.kept.append(seed.slug)
            continue
        with demo_clock(seed.timeline.written):
            project = _write_application(seed, programmes[seed.programme], result.manager,
                                         organisations)
            _give_roles(project, result.manager, result.users)
        result.created[seed.slug] = project
    return result


def _on(day: date | None, step: str, project: Project):
    if day is None:
        raise ValueError(f"{project.slug}: its timeline does not date the step {step!r}.")
    return demo_clock(day)


def submit(project: Project, manager: User, timeline: Timeline) -> None:
    try:
        with _on(timeline.submitted, "submitted", project):
            workflow.submit_application(project=project, actor=manager)
    except ApplicationIncomplete as incomplete:
        raise DemoNotSubmittable(project.slug, incomplete.gaps) from incomplete


def approve_and_start(project: Project, officer: User, timeline: Timeline) -> None:
    with _on(timeline.decided, "decided", project):
        workflow.approve_application(
            project=project, actor=officer, granted_amount=None,
            comment="Beviljad. Beslutet och det beviljade beloppet ingår inte i källdokumentet.",
        )
    with _on(timeline.started, "started", project):
        workflow.start_project(project=project, actor=officer)


def submit_final_report(project: Project, manager: User, timeline: Timeline) -> None:
    with _on(timeline.final_report, "final_report", project):
        workflow.submit_final_report(project=project, actor=manager)
