"""Many projects at once: the projects app's rows written with bulk inserts, a few thousand
rows per statement, in the shapes the services would leave them in (one application document
with its section states, one project owner, one manager, a status reached through the
workflow's own steps, a frozen version for everything submitted)."""

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from django.db.models import Model
from django.utils import timezone

from demo.portfolio import names
from demo.portfolio.world import PREFIX, ProgrammePlan, World
from portal.models import AuditEntry, Country, Organisation, User
from projects.models import (
    ApplicationForm,
    BenefitArea,
    Document,
    DocumentKind,
    GroupMember,
    MemberKind,
    Participation,
    ParticipationRole,
    Programme,
    Project,
    ProjectRole,
    ProjectStatus,
    RoleKind,
    SectionState,
    StaffMember,
    StatusChange,
    SubGoal,
)
from projects.sections import SECTIONS

S = ProjectStatus
# How far the applications of a funding body's portfolio have come, and the workflow steps
# that took each there.
STATUSES = ((S.DRAFT, 28), (S.SUBMITTED, 12), (S.RETURNED, 4), (S.APPROVED, 8),
            (S.REJECTED, 4), (S.RUNNING, 26), (S.FINAL_REPORT_SUBMITTED, 6), (S.CLOSED, 12))
PATHS: dict[str, list[ProjectStatus]] = {
    S.DRAFT: [], S.SUBMITTED: [S.SUBMITTED], S.RETURNED: [S.SUBMITTED, S.RETURNED],
    S.APPROVED: [S.SUBMITTED, S.APPROVED], S.REJECTED: [S.SUBMITTED, S.REJECTED],
    S.RUNNING: [S.SUBMITTED, S.APPROVED, S.RUNNING],
    S.FINAL_REPORT_SUBMITTED: [S.SUBMITTED, S.APPROVED, S.RUNNING, S.FINAL_REPORT_SUBMITTED],
    S.CLOSED: [S.SUBMITTED, S.APPROVED, S.RUNNING, S.FINAL_REPORT_SUBMITTED, S.CLOSED],
}
FUNDED = {S.APPROVED, S.RUNNING, S.FINAL_REPORT_SUBMITTED, S.CLOSED}
FOLLOWED_UP = {S.RUNNING, S.FINAL_REPORT_SUBMITTED, S.CLOSED}
TEXT_FIELDS = ("background", "purpose", "main_goal", "expected_results", "target_groups",
               "organisation_description", "method", "delimitation", "regional_business_links",
               "other_project_links", "dissemination", "evaluation", "gender_equality",
               "equal_opportunities", "environment")


def slug_of(number: int) -> str:
    return f"{PREFIX}-{number:05}"


@dataclass
class Planned:
    """One generated project and what the other parts need to know about it."""

    number: int
    project: Project
    plan: ProgrammePlan
    manager: User
    participants: list[Organisation]
    years: list[int] = field(default_factory=list)

    @property
    def norwegian(self) -> bool:
        return self.plan.country == Country.NORWAY

    @property
    def followed_up(self) -> bool:
        return self.project.status in FOLLOWED_UP


def plan_projects(rng: random.Random, world: World, numbers: range) -> list[Planned]:
    weights = [plan.weight for _programme, plan in world.programmes]
    statuses, status_weights = zip(*STATUSES, strict=True)
    planned = []
    for number in numbers:
        programme, plan = rng.choices(world.programmes, weights)[0]
        status = rng.choices(statuses, status_weights)[0]
        planned.append(_plan(rng, world, number, programme, plan, status))
    return planned


def _plan(rng, world: World, number: int, programme: Programme, plan: ProgrammePlan,
          status: str) -> Planned:
    norwegian = plan.country == Country.NORWAY
    home = world.municipalities[plan.country]
    place = rng.choice(home).name.rsplit(" ", 1)[0]
    words = names.WORDS_NB if norwegian else names.WORDS_SV
    start = date(rng.randint(2015, 2026), rng.choice((1, 4, 7, 9)), 1)
    years = rng.randint(1, 3)
    end = date(start.year + years, start.month, 1) - timedelta(days=1)
    if status in FOLLOWED_UP and start > date(2025, 6, 1):
        start, end = date(start.year - 4, start.month, 1), date(end.year - 4, end.month, 1)
    filled = status != S.DRAFT or rng.random() < 0.5
    project = Project(
        slug=slug_of(number), title=names.title(rng, norwegian, place)[:200],
        programme=programme, status=status, start_date=start, end_date=end,
        summary=names.text(rng, words, rng.randint(300, 900)),
        granted_amount=Decimal(rng.randrange(200_000, 12_000_000, 1000))
        if status in FUNDED else None,
        created_by=None,
    )
    if filled:
        for name in TEXT_FIELDS:
            setattr(project, name, names.text(rng, words, rng.randint(200, 1200)))
        for name in ("gender_equality_rating", "equal_opportunities_rating",
                     "environment_rating"):
            setattr(project, name, rng.choice(("active", "partly", "not")))
        if plan.form == ApplicationForm.INTERREG:
            project.cross_border_value = names.text(rng, words, 400)
    pool = world.participants(plan.country)
    if plan.form == ApplicationForm.INTERREG:
        pool = pool + world.participants(Country.NORWAY)
    owner = rng.choice(home + world.others[plan.country])
    participants = [owner]
    for org in rng.sample(pool, rng.randint(1, 5)):
        if org not in participants:
            participants.append(org)
    manager = world.manager if number % 500 == 0 else rng.choice(world.people)
    return Planned(number, project, plan, manager, participants,
                   list(range(start.year, end.year + 1)))


def write_projects(rng: random.Random, world: World, planned: list[Planned]) -> None:
    """Projects and every row of the projects app they have."""
    now = timezone.now()
    Project.objects.bulk_create([p.project for p in planned], batch_size=1000)
    documents = Document.objects.bulk_create(
        [Document(project=p.project, kind=DocumentKind.APPLICATION) for p in planned],
        batch_size=2000)
    states, roles, participations, goals, areas, members, staff, audit, changes = (
        [], [], [], [], [], [], [], [], [])
    for item, document in zip(planned, documents, strict=True):
        project = item.project
        document.project = project
        filled = bool(project.background)
        states += [SectionState(document=document, section=section.key,
                                revision=1 if filled else 0, saved_at=now if filled else None)
                   for section in SECTIONS]
        people = [item.manager, *rng.sample(world.people, 3)]
        kinds = [RoleKind.MANAGER, RoleKind.MEMBER, RoleKind.STEERING, RoleKind.FINANCIER]
        seen = set()
        for user, kind in zip(people, kinds, strict=True):
            if user.pk not in seen:
                seen.add(user.pk)
                roles.append(ProjectRole(project=project, user=user, role=kind))
        for position, org in enumerate(item.participants):
            role = ParticipationRole.OWNER if position == 0 else rng.choice(
                (ParticipationRole.PARTNER, ParticipationRole.MUNICIPALITY,
                 ParticipationRole.COFINANCIER))
            participations.append(Participation(project=project, organisation=org, role=role))
        words = names.WORDS_NB if item.norwegian else names.WORDS_SV
        goals += [SubGoal(project=project, position=n, title=names.text(rng, words, 40)[:300],
                          description=names.text(rng, words, 200))
                  for n in range(rng.randint(2, 4))]
        if item.plan.form == ApplicationForm.PLP:
            areas += [BenefitArea(project=project, position=n,
                                  title=names.text(rng, words, 30)[:300])
                      for n in range(rng.randint(1, 2))]
        members += [GroupMember(project=project, group="steering", position=n,
                                name=f"Ledamot {n + 1}", kind=rng.choice(MemberKind.values),
                                organisation=rng.choice(item.participants))
                    for n in range(rng.randint(2, 5))]
        staff += [StaffMember(project=project, position=n, name=f"Medarbetare {n + 1}",
                              title="Projektledare" if n == 0 else "Projektmedarbetare",
                              fte=Decimal(rng.choice(("0.25", "0.5", "0.75", "1.00"))),
                              organisation=item.participants[0])
                  for n in range(rng.randint(1, 3))]
        audit.append(AuditEntry(actor=item.manager, project_id=project.pk, action="create",
                                object_type="projects.project", object_id=str(project.pk),
                                object_label=project.title[:300]))
        previous = S.DRAFT
        for step in PATHS[project.status]:
            changes.append(StatusChange(project=project, document=document,
                                        from_status=previous, to_status=step,
                                        actor=item.manager))
            previous = step
    batches: list[tuple[type[Model], list[Any]]] = [
        (SectionState, states), (ProjectRole, roles), (Participation, participations),
        (SubGoal, goals), (BenefitArea, areas), (GroupMember, members), (StaffMember, staff),
        (AuditEntry, audit), (StatusChange, changes)]
    for model, rows in batches:
        model._default_manager.bulk_create(rows, batch_size=5000)
