"""Seed 001's indicators and registers: NIS 6.0's final report, figure for figure.

The final report states 503 companies reached (target 400), an employment increase of at
least 43 full-time jobs (target 40), 2 949 participants of whom 1 466 women, and a table of
the 32 companies in Program för tillväxt with their employees in 2019 and October 2022.
Called by the demo loader: targets with the application, outcomes and registers once the
project runs."""

from datetime import date
from decimal import Decimal as D

from indicators.models import CatalogueIndicator
from indicators.services.companies import CompanyInput, EmployeeCountInput, add_companies
from indicators.services.indicators import IndicatorInput, add_indicator
from indicators.services.outcomes import OutcomeInput, PeriodInput, create_period, save_outcomes
from indicators.services.participants import (
    ActivityTypeInput,
    ParticipationInput,
    add_activity_type,
    add_participations,
)
from projects.models import Project

NIS = "nis-6-0"
SOURCE = "Slutrapport NIS 6.0, december 2022"

# (company, employees 2019, employees October 2022, growth as the table states it)
COMPANIES = [
    ("Automattolerans/Smejtec AB", "2.5", "4", "1.5"), ("Brandts Blommor", "4", "8", "4"),
    ("Bäcknäset Consulting", "1", "1", "0"), ("Café Ljuslyktan", "1", "1", "0"),
    ("Din Glasman", "2", "3", "1"), ("Frekab i Bjurholm AB", "19", "25", "6"),
    ("Friluftsbutiken Skog & Rök", "2", "0", "-2"), ("Grönåkers farm", "1", "2", "1"),
    ("GS-Teknik", "6", "6", "0"), ("Hotell Vännäs", "19", "17", "-2"),
    ("Johansson Maskin", "26", "30", "4"), ("JSG-produkter", "4", "4", "0"),
    ("Lavashbageriet", "1", "1", "0"), ("Lergrova", "1", "1", "0"),
    ("Makeover by Jannika", "0", "1", "1"), ("Malin i Ratan AB", "3", "4", "1"),
    ("Mapec", "6", "7", "1"), ("Maskin och Industriteknik AB", "6", "7", "1"),
    ("Norrlands fruktvin", "1", "1", "1"), ("Norrskenet Service", "0", "3", "3"),
    ("Nyåkers Lack", "3", "4", "1"), ("Orientalfalafel i Bjurholm AB", "9", "8", "-1"),
    ("Ortophedium Foot & Body", "6", "3", "-3"), ("Racoon", "9", "10", "1"),
    ("Smide & Industrimontage I Norr AB", "1", "2", "1"), ("Stockhus", "1", "1", "0"),
    ("Strömdahla", "5", "3", "-2"), ("Svenska Dynor AB", "9", "16", "7"),
    ("Tegsnäshus", "0", "6", "6"), ("TSSolar", "0", "7", "7"),
    ("Villapool Nord", "0", "3", "3"), ("Vännfors Bygg", "11", "13", "2"),
]
FIRST_COUNT, LATEST_COUNT = date(2019, 12, 31), date(2022, 10, 31)


def _manager(project: Project):
    from projects.models import ProjectRole, RoleKind

    return ProjectRole.objects.filter(project=project, role=RoleKind.MANAGER).first().user


def _catalogue(code: str) -> int:
    return CatalogueIndicator.objects.get(code=code).pk


def application(projects: dict[str, Project]) -> None:
    project = projects.get(NIS)
    if project is None:
        return
    actor = _manager(project)
    add_indicator(project=project, actor=actor, data=IndicatorInput(
        catalogue_id=_catalogue("CO01"), target=D(400),
        note="Företag som nåtts av projektets aktiviteter."))
    add_indicator(project=project, actor=actor, data=IndicatorInput(
        catalogue_id=_catalogue("CO08"), target=D(40),
        note="Räknas bara på företagen i Program för tillväxt."))
    add_indicator(project=project, actor=actor, data=IndicatorInput(
        name="Deltagare i projektets aktiviteter", unit="personer", kind="output",
        gender_split=True, note="Redovisade deltagare vid projektets aktiviteter."))
    create_period(project=project, actor=actor, data=PeriodInput(
        label="2019–2022", start=project.start_date or date(2019, 10, 1),
        end=project.end_date or date(2022, 9, 30), is_final=True))


def follow_up(projects: dict[str, Project]) -> None:
    project = projects.get(NIS)
    if project is None:
        return
    from indicators.models import ProjectIndicator, ReportingPeriod

    actor = _manager(project)
    period = ReportingPeriod.objects.get(project=project)
    outcomes = {"CO01": OutcomeInput(period.pk, D(503), note=SOURCE),
                "CO08": OutcomeInput(period.pk, D(43), note=SOURCE + ": minst 43 "
                                     "heltidstjänster; företagstabellen ger 43,5."),
                "": OutcomeInput(period.pk, D(2949), women=D(1466), men=D(1483),
                                 note=SOURCE)}
    for indicator in ProjectIndicator.objects.filter(project=project).select_related(
            "catalogue"):
        code = indicator.catalogue.code if indicator.catalogue_id else ""
        save_outcomes(project=project, indicator_id=indicator.pk, actor=actor,
                      outcomes=[outcomes[code]], expected_revision=None,
                      reported_on=period.end)
    kind = add_activity_type(project=project, actor=actor, data=ActivityTypeInput(
        name="Projektets aktiviteter sammantaget", stated_source=SOURCE))
    add_participations(project=project, actor=actor, rows=[ParticipationInput(
        activity_type_id=kind.pk, held_on=period.end, title="Samtliga redovisade deltagare "
        "2019–2022", women=1466, men=1483,
        note="Slutrapporten redovisar deltagarna sammantaget, inte per aktivitet.")])
    add_companies(project=project, actor=actor, rows=[
        CompanyInput(name=name, municipality="", stated_growth=D(growth),
                     support_kind="non_financial", note="Program för tillväxt",
                     employee_counts=[EmployeeCountInput(FIRST_COUNT, D(first), "2019"),
                                      EmployeeCountInput(LATEST_COUNT, D(latest), "okt-22")])
        for name, first, latest, growth in COMPANIES])
