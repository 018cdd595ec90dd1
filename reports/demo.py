"""The demo's reports: seed 001's final report written in the portal (its figures come from
the project's data), an approved status report of NIS 6.0 while it ran, and Region
Norrbotten's 2017 report as its final report. The loader submits the final reports with the
projects' own workflow step afterwards."""

from datetime import date

from portal.models import StaffRole, User
from projects.demo.clock import demo_clock
from projects.documents.sections import SectionInput
from projects.documents.services import save_section
from projects.models import Project, ProjectRole, RoleKind, SectionState
from reports import demo_joint, services

NIS = "nis-6-0"
# The status report after its period (to 30 September 2022); the final report of December 2022.
STATUS_REPORTED_ON, STATUS_APPROVED_ON = date(2022, 10, 14), date(2022, 10, 28)
FINAL_WRITTEN_ON = date(2022, 12, 12)

NIS_FINAL = {
    "summary": {"summary": """\
NIS 6.0 – Näringsliv i samverkan har stärkt konkurrensförmågan och tillväxten hos företagen \
i Umeås fem kranskommuner Robertsfors, Vindeln, Vännäs, Bjurholm och Nordmaling.

- Projektet har nått nya grupper av företagare och **503 företag** (målvärde 400).
- Fler arbetstillfällen har uppstått: minst **43 heltidstjänster** i företagen i Program för \
tillväxt (målvärde 40).
- Nätverk har skapats över kommungränserna.
- **2 949 personer** har deltagit i aktiviteterna, **49,7 % kvinnor** och 50,3 % män.
"""},
    "purpose": {"purpose": """\
Syftet var att genom samverkan stärka de små och medelstora företagen i kranskommunerna. \
Projektet och den externa utvärderaren bedömer att syftet har uppnåtts: tillverkningsindustrin \
i de fem kommunerna ökade sin omsättning med 12 % och sin vinstmarginal från 6,02 % till \
11,12 % (2019–2021), och handeln växte trots pandemin. Ökningen kan inte direkt tillskrivas \
projektet, men kopplingen är tydlig för företagen i Program för tillväxt."""},
    "goals": {"goals": """\
Målen i målträdet har nåtts: fler företag än planerat har fått stöd, sysselsättningen i de \
deltagande företagen ökade med 27 % (från 159,5 till 202 anställda), och samverkan mellan \
kommunernas näringslivskontor har blivit en del av det ordinarie arbetet."""},
    "target_group": {"target_group": """\
Målgruppen var små och medelstora befintliga företag, särskilt kvinnor och utrikesfödda. \
Kvinnorna nåddes tydligt, 49,7 % av deltagarna, och 40 % av företagen i Program för \
tillväxt leddes av kvinnor. Utrikesföddas deltagande mäts inte, men de har deltagit både i \
enskilda aktiviteter och i Program för tillväxt. Den personliga kontakten var den viktigaste \
kanalen."""},
    "indicators": {"indicators": """\
Fler företag än planerat nåddes, 503 mot målvärdet 400, eftersom aktiviteterna från våren \
2020 även omfattade handel och besöksnäring. Sysselsättningsökningen räknas bara på företagen \
i Program för tillväxt; företagstabellen ger 43,5 tjänster, och slutrapporten anger minst 43. \
Deltagarna redovisades sammantaget, inte per aktivitet."""},
    "plan": {"plan_deviations": """\
Pandemin gjorde fysiska möten omöjliga från mars 2020. Mötesplatserna blev digitala, till \
exempel näringslivsfrukostar för alla fem kommunerna, och starten av Program för tillväxt \
försköts till maj 2020. Efter budgetjusteringen vid årsskiftet 2021/2022 utökades programmet \
från 25 till 32 företag och workshopserien gavs en andra gång."""},
    "budget": {"budget_deviations": """\
Utfallet blev 1 242 340 kr under budget. Pandemin gav färre resor, färre förhyrda lokaler och \
mindre representation; vid årsskiftet 2021/2022 fördes resurser över till Program för \
tillväxt. Schablonkostnaderna täcker arbetsgivaravgifter och andra lönebikostnader samt \
personalens utrustning och arbetsplatser. Kommunernas medfinansiering är preliminär (december \
2022) och justeras med Tillväxtverkets utbetalningsbeslut i februari 2023."""},
    "horizontal": {
        "gender_equality": "49,7 % av deltagarna var kvinnor, och nätverket för företagande "
                           "kvinnor höll 31 träffar. Hållbarhet och jämställdhet hade en egen "
                           "programpunkt i Program för tillväxt.",
        "diversity": "Utrikesfödda var en prioriterad grupp. Härkomst registreras inte, men "
                     "gruppen har deltagit och inte ansett sig utesluten. Digitala möten gjorde "
                     "aktiviteterna tillgängliga över långa avstånd.",
        "environment": "De digitala mötena minskade resorna och blev kvar efter pandemin; sex "
                       "externa aktiviteter hade de horisontella kriterierna som huvudämne.",
        "children_youth": "",
    },
    "evaluation": {"evaluation": """\
Regionakademien i Umeå utvärderade projektet med ett målträd och en effektlogik, två \
enkätundersökningar, intervjuer med nyckelpersoner och en halvtidsutvärdering som gav \
möjlighet att korrigera. Slutrapporten finns på https://www.nis60.se/."""},
    "lessons": {"lessons": """\
Program för tillväxt, där insatserna anpassades efter varje företags behov, var den mest \
framgångsrika delen och kan inspirera framtida insatser. Samarbetet med Almi och Umeå \
näringslivskontor, branschråden och nätverket för företagande kvinnor fungerade väl. Den \
oväntade effekten var den digitala mognaden hos både medarbetare och företag. Gränsdragningen \
mellan jordbruksnäring och andra näringar hos myndigheterna har inte gynnat landsbygdens \
näringsliv."""},
    "dissemination": {"dissemination": """\
Resultaten har spridits till kommunledningarna, politiker och näringslivet via \
näringslivsträffar, nyhetsbrev och sociala medier. Webbplatsen och de inspelade \
näringslivsfrukostarna finns kvar i två år efter projektslut."""},
    "after": {"after": """\
Näringslivskontoren fortsätter att träffas regelbundet, och branschråden, nätverken och \
företagsfrukostarna består. En ansökan om ett nytt samverkansprojekt har lämnats till \
Tillväxtverket och Region Västerbotten. Deltagarna i Program för tillväxt följs upp våren \
2023."""},
    "other": {"other": ""},
}

NIS_STATUS = {
    "overview": {"progress": "Projektet följer planen. Program för tillväxt pågår med 32 "
                             "företag efter budgetjusteringen vid årsskiftet."},
    "organisation": {"organisation": "Projektgruppen består av näringslivskontoren i de fem "
                                     "kommunerna; Almi processleder VD-grupperna."},
    "activities": {"activities": "VD-grupperna har träffats enligt plan och konsultinsatserna "
                                 "har upphandlats via Umeå kommuns upphandlingsbyrå."},
    "results": {"results": "Antalet anställda i företagen i Program för tillväxt ökar; "
                           "deltagarna i aktiviteterna är till hälften kvinnor."},
    "economy": {"economy": "Kostnaderna för resor och lokaler är lägre än budgeterat sedan "
                           "pandemin; medlen har förts över till Program för tillväxt."},
}


def _manager(project: Project) -> User:
    return ProjectRole.objects.select_related("user").get(project=project,
                                                          role=RoleKind.MANAGER).user


def _case_officer(project: Project) -> User:
    return User.objects.filter(funding_body_id=project.programme.funding_body_id,
                               staff_role=StaffRole.CASE_OFFICER).order_by("pk")[0]


def _write(document, actor, texts: dict[str, dict[str, str]]) -> None:
    for key, fields in texts.items():
        state = SectionState.objects.filter(document=document, section=key).first()
        save_section(document=document, key=key, actor=actor, data=SectionInput(fields=fields),
                     expected_revision=state.revision if state else 0)


def follow_up(projects: dict[str, Project]) -> None:
    kreativ = projects.get(demo_joint.KREATIV)
    if kreativ is not None and kreativ.end_date:  # once the seed is followed past its decision
        with demo_clock(kreativ.end_date):
            demo_joint.write_joint_report(kreativ, _manager(kreativ), _write)
    project = projects.get(NIS)
    if project is not None:
        manager = _manager(project)
        with demo_clock(STATUS_REPORTED_ON):
            status = services.start_status_report(project=project, actor=manager,
                                                  period_start=date(2022, 1, 1),
                                                  period_end=date(2022, 9, 30))
            _write(status, manager, NIS_STATUS)
            services.submit_report(document=status, actor=manager)
        with demo_clock(STATUS_APPROVED_ON):
            services.approve_report(document=status, actor=_case_officer(project),
                                    comment="Godkänd.")
        with demo_clock(FINAL_WRITTEN_ON):
            final = services.start_final_report(project=project, actor=manager)
            _write(final, manager, NIS_FINAL)
