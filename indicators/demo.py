"""The indicators part of the demo, written through the indicators services as the demo
project manager: the seed documents' indicators and targets with the application, and for
NIS 6.0, once it runs, the registers its final report gives (activity types with their
stated counts, participants by gender, the 32 companies of "Program för tillväxt" with their
employees) and the outcome and figures the report states. A project that already has
indicators is left alone."""

from django.db import transaction

from indicators import demo_data as seeds
from indicators.models import CatalogueIndicator, ProjectIndicator, ReportingPeriod, Source
from indicators.services.companies import CompanyInput, EmployeeCountInput, add_companies
from indicators.services.indicators import IndicatorInput, add_indicator
from indicators.services.outcomes import (
    OutcomeInput,
    PeriodInput,
    StatedInput,
    add_stated_figure,
    create_period,
    save_outcomes,
)
from indicators.services.participants import (
    ActivityTypeInput,
    ParticipationInput,
    add_activity_type,
    add_participations,
)
from portal.models import User
from projects.demo.people import MANAGER
from projects.models import Project


def _manager() -> User:
    return User.objects.get(username=MANAGER.username)


def application(projects: dict[str, Project]) -> None:
    with transaction.atomic():
        manager = _manager()
        for slug, project in projects.items():
            seed = seeds.SEEDS.get(slug)
            if seed is None or ProjectIndicator.objects.filter(project=project).exists():
                continue
            for choice in seed.catalogue:
                add_indicator(project=project, actor=manager, data=_catalogue_input(choice))
            for own in seed.own:
                add_indicator(project=project, actor=manager, data=IndicatorInput(
                    name=own.name, unit=own.unit, kind=own.kind, target=own.target,
                    goal=own.goal, note=own.note))
            for label, start, end, is_final in seed.periods:
                create_period(project=project, actor=manager, data=PeriodInput(
                    label=label, start=start, end=end, is_final=is_final))


def _catalogue_input(choice: seeds.CatalogueChoice) -> IndicatorInput:
    catalogue = CatalogueIndicator.objects.get(code=choice.code)
    return IndicatorInput(
        catalogue_id=catalogue.pk, target=choice.target, goal=choice.goal, note=choice.note,
        source=Source.REGISTER if choice.rule else Source.TYPED, rule=choice.rule)


def follow_up(projects: dict[str, Project]) -> None:
    project = projects.get("nis-6-0")
    if project is None or project.activity_types.exists():
        return
    with transaction.atomic():
        _nis_registers(project, _manager())


def _nis_registers(project: Project, manager: User) -> None:
    source = seeds.NIS_STATED_SOURCE
    for name, count in seeds.NIS_ACTIVITY_TYPES:
        add_activity_type(project=project, actor=manager, data=ActivityTypeInput(
            name=name, plan_reference=name, stated_count=count,
            stated_source=f"{source}, Aktiviteterna" if count is not None else ""))
    everything = add_activity_type(project=project, actor=manager, data=ActivityTypeInput(
        name=seeds.NIS_ALL_ACTIVITIES))
    add_participations(project=project, actor=manager, rows=[ParticipationInput(
        activity_type_id=everything.pk, held_on=seeds.NIS_FINAL,
        title="Redovisade deltagare vid NIS 6.0:s aktiviteter, totalt",
        note="Slutrapporten redovisar deltagarna som summa för hela projektperioden.",
        **seeds.NIS_PARTICIPANTS)])

    indicators = {i.code or i.name: i for i in project.indicators.select_related("catalogue")}
    jobs = indicators["CO08"]
    (first_on, first_label), (latest_on, latest_label) = (seeds.NIS_FIRST_COUNT,
                                                          seeds.NIS_LATEST_COUNT)
    add_companies(project=project, actor=manager, rows=[CompanyInput(
        name=company.name, stated_growth=company.stated_growth, indicator_ids=[jobs.pk],
        note=seeds.NIS_PROGRAMME, employee_counts=[
            EmployeeCountInput(first_on, company.employees_2019, first_label),
            EmployeeCountInput(latest_on, company.employees_2022, latest_label)])
        for company in seeds.NIS_COMPANIES])

    final = ReportingPeriod.objects.get(project=project, is_final=True)
    reached = indicators["Företag som nåtts av projektet"]
    save_outcomes(project=project, indicator_id=reached.pk, actor=manager,
                  expected_revision=None, reported_on=seeds.NIS_FINAL,
                  outcomes=[OutcomeInput(final.pk, seeds.NIS_COMPANIES_REACHED,
                                         note=f"{source}, Resultatet")])

    stated = [StatedInput("outcome", seeds.NIS_STATED_JOBS, f"{source}, Resultatet",
                          indicator_id=jobs.pk, stated_on=seeds.NIS_FINAL)]
    stated += [StatedInput(measure, value, f"{source}, Program för tillväxt – Effekt",
                           stated_on=seeds.NIS_FINAL)
               for measure, value in seeds.NIS_STATED_EMPLOYEES.items()]
    participants = seeds.NIS_PARTICIPANTS
    stated += [
        StatedInput("participants", sum(participants.values()),
                    f"{source}, Horisontella kriterier", stated_on=seeds.NIS_FINAL),
        StatedInput("participants_women", participants["women"], f"{source}, Resultatet",
                    stated_on=seeds.NIS_FINAL),
    ]
    for figure in stated:
        add_stated_figure(project=project, actor=manager, data=figure)
