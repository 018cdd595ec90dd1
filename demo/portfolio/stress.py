"""One project at the size of Jems' stress case, written through the services so that its
rules, stored totals, revisions and audit trail are real: 3 budgets × 10 cost categories ×
60 periods, 50 financiers, 20 outcome reports, 20 sub-goals, about 120 rows in the
organisation section, 100 indicators reported over 12 periods and 1 000 supported companies;
its plan (20 work packages × 20 activities) and 100 risks are written in bulk afterwards.
It is submitted, approved and running, so it has frozen versions to compare."""

import random
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from demo.portfolio import names
from demo.portfolio.world import PREFIX, World
from finance.models import (
    BudgetVersion,
    CategoryKind,
    CostCategory,
    CostCategorySet,
    FinancingType,
    ProgrammeRules,
)
from finance.selectors import budget_figures
from finance.services.budgets import create_budget, revise_budget, save_costs
from finance.services.financing import SourceInput, save_financing
from finance.services.outcome import ReceivedInput, create_report, save_report, submit_report
from indicators.services.companies import CompanyInput, EmployeeCountInput, add_companies
from indicators.services.indicators import IndicatorInput, add_indicator
from indicators.services.outcomes import OutcomeInput, PeriodInput, create_period, save_outcomes
from portal.models import Country
from projects.application import application_of
from projects.documents.sections import RowInput, SectionInput
from projects.documents.services import save_section
from projects.models import MemberKind, ParticipationRole, Project, ProjectRole, RoleKind
from projects.sections import sections_for
from projects.services import workflow
from projects.services.applications import create_project

SLUG = f"{PREFIX}-stress"
START = date(2021, 1, 1)


@dataclass(frozen=True)
class Size:
    periods: int = 60  # per budget; 3 budgets of 10 cost categories each
    financiers: int = 50
    outcome_reports: int = 20
    sub_goals: int = 20
    group_members: int = 40
    staff: int = 30
    indicators: int = 100
    indicator_periods: int = 12
    companies: int = 1000
    work_packages: int = 20
    activities: int = 20  # per work package
    risks: int = 100


JEMS = Size()


def write_stress_project(rng: random.Random, world: World, size: Size = JEMS
                         ) -> Project | None:
    if Project.objects.filter(slug=SLUG).exists():
        return None
    programme, plan = next((p, plan) for p, plan in world.programmes
                           if plan.slug == "pf-interreg-sverige-norge")
    manager = world.manager
    owner = world.municipalities[Country.SWEDEN][0]
    project = create_project(actor=manager, title="Gränslös samverkan – stora testprojektet",
                             slug=SLUG, programme=programme, owner=owner)
    officer = world.case_officers[programme.funding_body_id][0]
    ProjectRole.objects.bulk_create(
        ProjectRole(project=project, user=user, role=role)
        for user, role in zip(world.people[:3], (RoleKind.MEMBER, RoleKind.STEERING,
                                                 RoleKind.FINANCIER), strict=True))
    financiers = _write_sections(rng, world, project, owner, size)
    category_set = _ten_categories(programme)
    for number, currency in enumerate(("SEK", "NOK", "EUR")):
        _budget(rng, project, manager, category_set, currency, size.periods,
                financiers if number == 0 else financiers[:10])
    _indicators(project, manager, size)
    workflow.submit_application(project=project, actor=manager)
    workflow.approve_application(project=project, actor=officer,
                                 granted_amount=Decimal("48000000"), comment="Beviljas.")
    workflow.start_project(project=project, actor=officer)
    _outcome(rng, project, manager, size)
    _indicator_outcomes(rng, project, manager, size)
    _companies(rng, project, manager, size)
    # A change under way, as a large running project often has: the manager edits the
    # application and revised budgets again, and the versions page compares with now.
    workflow.open_change_request(project=project, actor=manager,
                                 reason="Förlängning och fler finansiärer.")
    for budget in project.budgets.all():
        revise_budget(budget=budget, actor=manager, reason="Förlängning.")
    return project


def _save(project, manager, key: str, fields=None, rows=None) -> None:
    document = application_of(project)
    state = document.section_states.get(section=key)
    save_section(document=document, key=key, actor=manager,
                 data=SectionInput(fields=fields or {}, rows=rows or {}),
                 expected_revision=state.revision)


def _write_sections(rng, world: World, project: Project, owner, size: Size) -> list:
    words = names.WORDS_SV
    orgs = [o for o in world.participants(Country.SWEDEN) + world.participants(Country.NORWAY)
            if o.pk != owner.pk]
    financiers = rng.sample(orgs, max(size.financiers, size.group_members, 10))
    for section in sections_for(project):
        fields: dict[str, object] = {}
        for name in section.fields:
            field = Project._meta.get_field(name)
            if name.endswith("_rating"):
                fields[name] = "active"
            elif name in ("start_date", "end_date"):
                fields[name] = START if name == "start_date" else date(2025, 12, 31)
            elif name == "title":
                fields[name] = project.title
            elif field.get_internal_type() == "TextField":
                fields[name] = names.text(rng, words, 1500)
        rows = {}
        if section.key == "goals":
            rows["sub_goals"] = [RowInput(None, {"title": f"Delmål {n + 1}: "
                                                 + names.text(rng, words, 40)[:200],
                                                 "description": names.text(rng, words, 400)})
                                 for n in range(size.sub_goals)]
        if section.key == "organisation":
            rows["participations"] = [RowInput(p.pk, {"organisation": p.organisation,
                                                      "role": p.role})
                                      for p in project.participations.all()] + [
                RowInput(None, {"organisation": org, "role": ParticipationRole.COFINANCIER})
                for org in financiers[:size.financiers]]
            rows["group_members"] = [
                RowInput(None, {"group": "steering" if n < 15 else "reference",
                                "name": f"Ledamot {n + 1}", "kind": MemberKind.OFFICIAL,
                                "organisation": financiers[n], "role_title": "Ledamot"})
                for n in range(size.group_members)]
            rows["staff"] = [RowInput(None, {"name": f"Medarbetare {n + 1}",
                                             "title": "Projektmedarbetare",
                                             "organisation": financiers[n % 10],
                                             "fte": Decimal("0.5")}) for n in range(size.staff)]
        _save(project, project.roles.get(role=RoleKind.MANAGER).user, section.key, fields,
              rows)
    return financiers[:size.financiers]


def _ten_categories(programme) -> CostCategorySet:
    category_set, created = CostCategorySet.objects.get_or_create(
        slug=f"{PREFIX}-tio-kostnadsslag", defaults={"name": "Tio kostnadsslag (Jems-storlek)"})
    if created:
        staff = CostCategory.objects.create(category_set=category_set, code="staff",
                                            name_sv="Personalkostnader", position=0)
        CostCategory.objects.create(
            category_set=category_set, code="office", name_sv="Kontor och administration",
            kind=CategoryKind.FLAT_RATE, flat_rate_percent=Decimal(15), flat_rate_base=staff,
            position=1)
        for n, name in enumerate(("Resor och logi", "Extern expertis", "Utrustning",
                                  "Infrastruktur", "Lokaler", "Information",
                                  "Konferenser", "Övriga kostnader"), start=2):
            CostCategory.objects.create(category_set=category_set, code=f"k{n}",
                                        name_sv=name, position=n)
    ProgrammeRules.objects.get(programme=programme).alternative_sets.add(category_set)
    return category_set


def _budget(rng, project, manager, category_set, currency: str, months_count: int,
            financiers) -> None:
    months = [date(START.year + n // 12, n % 12 + 1, 1) for n in range(months_count)]
    budget = create_budget(
        project=project, actor=manager, name=f"Budget {currency}", currency=currency,
        country=Country.NORWAY if currency == "NOK" else Country.SWEDEN,
        category_set=category_set, periods=[(m.strftime("%Y-%m"), m, None) for m in months])
    version = BudgetVersion.objects.select_related("budget__project").get(budget=budget)
    typed = list(CostCategory.objects.filter(category_set=category_set)
                 .exclude(kind=CategoryKind.FLAT_RATE))
    periods = list(version.periods.order_by("position"))
    save_costs(version=version, actor=manager, expected_revision=None, amounts={
        (c.pk, p.pk): Decimal(rng.randrange(1_000, 50_000, 100)) for c in typed
        for p in periods})
    version.refresh_from_db()
    cost = budget_figures(version, with_financing=False).cost_by_period
    shares = {p.pk: _split(cost[p.pk], len(financiers)) for p in periods}
    save_financing(version=version, actor=manager, expected_revision=None, rows=[
        SourceInput(id=None, financier_id=org.pk, description="",
                    financing_type=FinancingType.PUBLIC_CASH, preliminary=False,
                    amounts={p.pk: shares[p.pk][n] for p in periods})
        for n, org in enumerate(financiers)])


def _split(total: Decimal, count: int) -> list[Decimal]:
    part = (total / count).quantize(Decimal("0.01"))
    return [part] * (count - 1) + [total - part * (count - 1)]


def _outcome(rng, project, manager, size: Size) -> None:
    budgets = list(project.budgets.order_by("position"))
    for n in range(size.outcome_reports):
        budget = budgets[n % len(budgets)]
        typed = CostCategory.objects.filter(category_set_id=budget.category_set_id).exclude(
            kind=CategoryKind.FLAT_RATE)
        report = create_report(budget=budget, actor=manager, label=f"Rapport {n + 1}")
        sources = list(budget.versions.get(superseded_at__isnull=True).sources.all())
        report = save_report(report=report, actor=manager, expected_revision=None,
                             costs={c.pk: Decimal(rng.randrange(10_000, 90_000)) for c in typed},
                             received=[ReceivedInput(s.financier_id, s.description,
                                                     s.financing_type, Decimal(5_000))
                                       for s in sources])
        if n < size.outcome_reports - 1:
            submit_report(report=report, actor=manager)


def _indicators(project, manager, size: Size) -> None:
    for n in range(size.indicators):
        add_indicator(project=project, actor=manager, data=IndicatorInput(
            name=f"Egen indikator {n + 1}", unit="st", gender_split=n % 2 == 0,
            target=Decimal(1000), kind="output" if n % 3 else "result"))


def _indicator_outcomes(rng, project, manager, size: Size) -> None:
    periods = [create_period(project=project, actor=manager, data=PeriodInput(
        label=f"Halvår {n + 1}", start=date(2020 + n // 2, 1 + 6 * (n % 2), 1),
        end=date(2020 + n // 2, 6 + 6 * (n % 2), 30 if n % 2 == 0 else 31)))
        for n in range(size.indicator_periods)]
    for indicator in project.indicators.order_by("position"):
        outcomes = []
        for period in periods:
            if indicator.gender_split:
                women, men = Decimal(rng.randrange(1, 40)), Decimal(rng.randrange(1, 40))
                outcomes.append(OutcomeInput(period.pk, women + men, women, men))
            else:
                outcomes.append(OutcomeInput(period.pk, Decimal(rng.randrange(0, 40))))
        save_outcomes(project=project, indicator_id=indicator.pk, actor=manager,
                      outcomes=outcomes, expected_revision=None,
                      reported_on=date(2026, 1, 15))


def _companies(rng, project, manager, size: Size) -> None:
    rows = [CompanyInput(
        name=f"Stödföretaget {n + 1:04} AB",
        municipality=rng.choice(("Umeå", "Luleå", "Östersund")),
        supported_from=date(2022, 1, 1), support_amount=Decimal(rng.randrange(10_000, 200_000)),
        employee_counts=[EmployeeCountInput(date(2022, 1, 1), Decimal(rng.randrange(1, 30))),
                         EmployeeCountInput(date(2024, 1, 1), Decimal(rng.randrange(1, 40)))])
        for n in range(size.companies)]
    add_companies(project=project, actor=manager, rows=rows)
