"""The seed documents' indicators, registers and stated figures, as the documents give them.

Figures are carried over exactly, including where a document's rows and its printed totals
disagree: the portal computes from the rows and shows the printed figure beside it.
"""

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal as D


@dataclass(frozen=True)
class OwnIndicator:
    name: str
    unit: str
    target: D | None
    goal: str = ""
    kind: str = "result"
    note: str = ""


@dataclass(frozen=True)
class CatalogueChoice:
    code: str
    target: D | None = None
    goal: str = ""
    note: str = ""
    rule: str = ""  # computed from a register by this rule; typed when empty


@dataclass(frozen=True)
class Company:
    name: str
    employees_2019: D
    employees_2022: D
    stated_growth: D


@dataclass(frozen=True)
class ProjectIndicators:
    catalogue: tuple[CatalogueChoice, ...] = ()
    own: tuple[OwnIndicator, ...] = ()
    periods: tuple[tuple[str, date, date, bool], ...] = field(default=())


# Invest in Norrbotten, 8.3 Mål: "Bidra till minst 200 direkta arbetstillfällen".
INVEST_IN_NORRBOTTEN = ProjectIndicators(catalogue=(
    CatalogueChoice(
        "NAT-JOBB", D(200), goal="Bidra till minst 200 direkta arbetstillfällen",
        note="Ansökan anger målet som minst 200 direkta arbetstillfällen, utan fördelning på "
             "kvinnor och män."),
))

# NIS 6.0's final report, "Resultatet": 503 companies reached against a target of 400; an
# employment increase of at least 43 FTE against 40, counted only in the companies of
# "Program för tillväxt"; 2 949 participants, 1 466 of them women.
NIS_FINAL = date(2022, 9, 30)
NIS_6_0 = ProjectIndicators(
    catalogue=(
        CatalogueChoice(
            "CO08", D(40), goal="En sysselsättningsökning på minst 40 heltidstjänster",
            rule="employment_growth",
            note="Räknas, som i slutrapporten, bara i de 32 företagen i Program för tillväxt."),
        CatalogueChoice(
            "NAT-DELT", goal="Nå lika många kvinnor som män", rule="participants",
            note="Slutrapporten anger deltagarna bara som summa för alla aktiviteter, inte "
                 "per aktivitet; registret har därför en sammanräknad post."),
    ),
    own=(
        OwnIndicator(
            "Företag som nåtts av projektet", "företag", D(400), kind="output",
            goal="Fler företag ska nås av projektets aktiviteter",
            note="Slutrapporten anger utfall (503) och målvärde (400) men inte vilken av "
                 "programmets indikatorer talet redovisas mot."),
    ),
    periods=(("Hela projektperioden 2019–2022", date(2019, 10, 1), NIS_FINAL, True),),
)
NIS_COMPANIES_REACHED = D(503)

# "Utveckla struktur till företagsfrämjande aktörer" and the others, with the number of
# activities the final report states for each (no count for "Integrera kranskommunerna").
NIS_ACTIVITY_TYPES = (
    ("Uppsökande verksamhet hos företag", 259),
    ("Mötesplatser och nätverk för kunskapsöverföring och synergier mellan företag", 216),
    ("Nätverk för företagande kvinnor", 31),
    ("Samordning och stöd vid expansion", 103),
    ("Inventering av företag och marknadsföring för expansion", 7),
    ("Främja innovation och entreprenörskap", 66),
    ("Omvärldsbevakning och kunskapsinhämtning", 152),
    ("Horisontella kriterier", 6),
    ("Samverkan Umeå", 26),
    ("Struktur för företagsfrämjande aktörer", 68),
    ("Integrera kranskommunerna i det regionala innovationssystemet", None),
)
NIS_ALL_ACTIVITIES = "Projektets aktiviteter, sammanräknade i slutrapporten"
NIS_PARTICIPANTS = {"women": 1466, "men": 1483}  # 2 949 in all, 49,7 % women
NIS_STATED_SOURCE = "Slutrapport NIS 6.0"

# "Nedan redovisas de deltagande företagen och deras tillväxt i antalet anställda":
# employees 2019 and October 2022, and the increase the table prints. Norrlands fruktvin's
# printed increase (1) does not follow from its row (1 -> 1); the printed sum (43,5) includes
# it, the rows give 42,5.
NIS_COMPANIES = tuple(Company(name, D(a), D(b), D(growth)) for name, a, b, growth in (
    ("Automattolerans/Smejtec AB", "2.5", "4", "1.5"),
    ("Brandts Blommor", "4", "8", "4"),
    ("Bäcknäset Consulting", "1", "1", "0"),
    ("Café Ljuslyktan", "1", "1", "0"),
    ("Din Glasman", "2", "3", "1"),
    ("Frekab i Bjurholm AB", "19", "25", "6"),
    ("Friluftsbutiken Skog & Rök", "2", "0", "-2"),
    ("Grönåkers farm", "1", "2", "1"),
    ("GS-Teknik", "6", "6", "0"),
    ("Hotell Vännäs", "19", "17", "-2"),
    ("Johansson Maskin", "26", "30", "4"),
    ("JSG-produkter", "4", "4", "0"),
    ("Lavashbageriet", "1", "1", "0"),
    ("Lergrova", "1", "1", "0"),
    ("Makeover by Jannika", "0", "1", "1"),
    ("Malin i Ratan AB", "3", "4", "1"),
    ("Mapec", "6", "7", "1"),
    ("Maskin och Industriteknik AB", "6", "7", "1"),
    ("Norrlands fruktvin", "1", "1", "1"),
    ("Norrskenet Service", "0", "3", "3"),
    ("Nyåkers Lack", "3", "4", "1"),
    ("Orientalfalafel i Bjurholm AB", "9", "8", "-1"),
    ("Ortophedium Foot & Body", "6", "3", "-3"),
    ("Racoon", "9", "10", "1"),
    ("Smide & Industrimontage I Norr AB", "1", "2", "1"),
    ("Stockhus", "1", "1", "0"),
    ("Strömdahla", "5", "3", "-2"),
    ("Svenska Dynor AB", "9", "16", "7"),
    ("Tegsnäshus", "0", "6", "6"),
    ("TSSolar", "0", "7", "7"),
    ("Villapool Nord", "0", "3", "3"),
    ("Vännfors Bygg", "11", "13", "2"),
))
NIS_FIRST_COUNT = (date(2019, 12, 31), "2019")
NIS_LATEST_COUNT = (date(2022, 10, 31), "okt-22")
NIS_PROGRAMME = "Program för tillväxt"
# What the report prints: the table's sums, and "minst 43 heltidstjänster" in "Resultatet".
NIS_STATED_EMPLOYEES = {"employees_first": D("159.5"), "employees_latest": D(202),
                        "employee_growth": D("43.5")}
NIS_STATED_JOBS = D(43)

# Kreativ region's "Resultatmål" table: each result goal with its own result indicators.
KREATIV_REGION = ProjectIndicators(own=tuple(
    OwnIndicator(name, unit, D(target), goal=goal) for name, unit, target, goal in (
        ("Nya metoder för regional utveckling testade, implementerade och utvärderade",
         "metoder", 3,
         "Ta fram en ny modell för regionalt utvecklings- och attraktivitetsarbete, där "
         "stad-/landperspektivet lyfts fram"),
        ("Profileringsaktiviteter utanför regionen för att locka den kreativa klassen",
         "aktiviteter", 3,
         "Öka befintliga och nya invånares intresse för och kunskap om regionernas livs- och "
         "utvecklingsmiljöer"),
        ("Aktiviteter inom regionen som kommunicerar möjligheterna på ett otraditionellt sätt",
         "aktiviteter", 2,
         "Öka befintliga och nya invånares intresse för och kunskap om regionernas livs- och "
         "utvecklingsmiljöer"),
        ("Nationell konferens om ”Attraktiva arbetsplatser”, årligen från 2013",
         "konferenser", 1,
         "Hitta en nisch där regionerna tar en ledande position och som bidrar till "
         "regionens attraktivitet"),
        ("Profileringsplaner, en för Hamarregionen och en för Falun Borlänge-regionen",
         "planer", 2, "Forma en hållbar och tydlig identitet"),
        ("Värdskapsprogram genomförda", "program", 2,
         "Utveckla en modell så att nyinflyttade snabbare kommer in i nya sociala sammanhang"),
        ("Mötesplatser och nätverk för nyinflyttade och dem som bott här en tid", "mötesplatser",
         6, "Utveckla en modell så att nyinflyttade snabbare kommer in i nya sociala "
            "sammanhang"),
        ("Värdskapsutbildningar genomförda", "utbildningar", 4,
         "Öka kunskaperna om bemötande och värdskap hos dem som tidigt möter inflyttare"),
        ("Erfa-träff där kommunerna i båda regionerna lär av varandras värdskapsarbete",
         "träffar", 1,
         "Öka kunskaperna om bemötande och värdskap hos dem som tidigt möter inflyttare"),
    )
))

SEEDS = {
    "invest-in-norrbotten": INVEST_IN_NORRBOTTEN,
    "nis-6-0": NIS_6_0,
    "kreativ-region-2020": KREATIV_REGION,
    # Kongsberg's sketch names its gevinstområder without a measure for any of them, so
    # no indicator is drawn from them.
}
