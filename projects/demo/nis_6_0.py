"""Seed 001: NIS 6.0 - Näringsliv i samverkan, a Tillväxtverket final report.

Five municipalities around Umeå, 2019-2022. The application fields are written from what the
final report says about each part; indicators and participants come with a later issue.
"""

from datetime import date

from projects.demo import organisations as org
from projects.demo.base import Goal, Member, ProjectSeed
from projects.demo.clock import Timeline
from projects.models import GroupKind, HorizontalRating, MemberKind, ParticipationRole
from projects.models import ProjectStatus as Status

MUNICIPALITIES = (org.ROBERTSFORS, org.VINDELN, org.VANNAS, org.BJURHOLM, org.NORDMALING)

SUMMARY = """\
NIS 6.0 – Näringsliv i samverkan var ett samverkansprojekt mellan Robertsfors, Vindeln, \
Vännäs, Bjurholm och Nordmaling, fem kranskommuner till Umeå, för att stärka de små och \
medelstora företagens konkurrenskraft och tillväxt. Enligt slutrapporten har projektet:

- bidragit till starkare konkurrensförmåga och tillväxt i kranskommunernas företag
- nått nya grupper av företagare
- bidragit till att fler arbetstillfällen har uppstått
- byggt nätverk över kommungränserna
- nått lika många kvinnor som män: **2 949** deltagare, varav **1 466 kvinnor (49,7 %)**

Projektet nådde **503 företag** (målvärde 400), och sysselsättningen i företagen i Program \
för tillväxt ökade med minst **43 heltidstjänster** (målvärde 40). Totalbudgeten var \
16 713 030 kr och utfallet 15 470 690 kr, 1 242 340 kr under budget.
"""

BACKGROUND = """\
Projektet utgick från Tillväxtverkets och Region Västerbottens beslut och började med att ta \
fram ett målträd som sedan styrde verksamheten.

Under projekttiden ökade tillverkningsindustrin i de fem kommunerna sin omsättning med 12 % \
och sin vinstmarginal från 6,02 % till 11,12 % (Bisnis Analys, årsredovisningar 2019–2021). \
Även handeln ökade omsättning, antal anställda och marginaler trots pandemin. Ökningen kan \
inte direkt tillskrivas projektet, men visar att förutsättningarna för näringslivet blev \
bättre.

**Pandemin.** Från mars 2020 omöjliggjorde restriktionerna fysiska möten. Projektets \
medarbetare fick fler frågor om de nationella och lokala krisstöden, och webben fick länkar \
till stödjande aktörer. I slutet av mars 2020 ansökte projektet om att även omfatta handel \
och besöksnäring, som drabbades hårt; det beviljades av Tillväxtverket, Region Västerbotten \
och de fem kommunerna. Färre resor, lokaler och representation sänkte kostnaderna, och vid \
årsskiftet 2021/2022 justerades budgeten så att mer resurser gick till Program för \
tillväxt. Den digitala mognaden ökade hos både medarbetare och företag, och den effekten \
består.
"""

PURPOSE = """\
Att stärka konkurrensförmågan och tillväxten hos de små och medelstora företagen i Umeås \
kranskommuner genom samverkan – mellan kommunernas näringslivskontor, mellan företagen och \
med de företags- och innovationsfrämjande aktörerna i regionen.
"""

MAIN_GOAL = """\
Slutrapporten återger inte huvudmålet i ord; målträdet fanns som figur. Av rapporten framgår \
att de övergripande målen gällde ökad konkurrensförmåga och tillväxt i företagen i \
kranskommunerna, fler arbetstillfällen och samverkan över kommungränserna. Projektet och \
utvärderarna bedömer att målen har nåtts.
"""

EXPECTED_RESULTS = """\
Utfall enligt slutrapporten:

| Resultat | Utfall | Målvärde |
|---|---|---|
| Företag som nåtts av projektet | 503 | 400 |
| Sysselsättningsökning i företagen i Program för tillväxt | minst 43 heltidstjänster | 40 |
| Deltagare i aktiviteterna | 2 949, varav 1 466 kvinnor (49,7 %) | – |

De 32 företagen i Program för tillväxt ökade från 159,5 till 202 anställda mellan 2019 och \
oktober 2022; 40 % av dem hade kvinnor som ägare eller i ledande ställning. Ökningen räknas \
bara på dessa företag: sysselsättningen ökade även i övrigt i kranskommunerna, men där är \
kopplingen till projektet otydlig. Robertsfors står för 14 av de nya arbetstillfällena.

På längre sikt väntas nätverken och samarbetena leva vidare och stärka kranskommunernas \
näringsliv och attraktionskraft för nya etableringar. Deltagarna i Program för tillväxt \
bjuds in till ett uppföljande möte våren 2023.
"""

TARGET_GROUPS = """\
Små och medelstora befintliga företag i Robertsfors, Vindeln, Vännäs, Bjurholm och \
Nordmaling. Särskilt prioriterade var kvinnor och utrikesfödda. Från mars 2020 omfattades \
även handel och besöksnäring.

- **Kvinnor** nåddes tydligt: 49,7 % av deltagarna.
- **Utrikesfödda** är svårare att följa eftersom härkomst inte registreras; de har deltagit \
både i enskilda aktiviteter och i Program för tillväxt.
"""

ORGANISATION = """\
- **Projektägare:** Robertsfors kommun.
- **Samverkande kommuner:** Robertsfors, Vindeln, Vännäs, Bjurholm och Nordmaling. Varje \
kommuns näringslivskontor har projektmedarbetare som tillsammans utgör projektgruppen; \
kompetensutbytet mellan kontoren var en förutsättning för att genomföra alla delar.
- **Finansiärer:** Tillväxtverket (Europeiska regionala utvecklingsfonden), Region \
Västerbotten och de fem kommunerna.
- **Almi Företagspartner Nord AB** var samarbetspartner i Program för tillväxt och \
processledde VD-grupperna.
- **Umeå kommuns upphandlingsbyrå** stod för upphandlingen av konsulterna.
- **Extern utvärderare:** Regionakademien i Umeå.
"""

METHOD = """\
Aktiviteterna anpassades efter företagens behov och efter pandemin, då många mötesplatser \
blev digitala, till exempel näringslivsfrukostar för alla fem kommunerna.

**Program för tillväxt** (maj 2020 – september 2022) var den mest resurskrävande och mest \
framgångsrika aktiviteten. Starten försköts av pandemin. 25 företag deltog från början; efter \
budgetjusteringen utökades programmet till 32 och workshopserien gavs en andra gång. \
Projektmedarbetarna marknadsförde programmet, valde ut företag med slumrande \
tillväxtpotential och följde upp varje företag. För att hushålla med offentliga medel \
samarbetade projektet med Almi.

Stegen i programmet:

- *Behovsanalys* – kort nulägesbeskrivning och behov
- *Utvecklingsdialog* – fördjupad intervju med rapport och spindeldiagram över styrkor och \
utvecklingsområden
- *Visualisera din affär* – två möten om företagets ekonomiska samband, med handlingsplan, \
för dem som behövde en ekonomisk analys
- *Mål och vägval* – vision, mål på 3–5 års sikt, viktigaste aktiviteter och \
finansieringsbehov
- *Coaching* – för alla deltagande företag, även som underlag för konsultinsatserna
- *Hållbarhetsanalys – Framtidsdialog* – nulägesanalys utifrån 36 hållbarhetsområden med \
koppling till Agenda 2030 och ISO 26000
- *Sex workshops*: Ashley Tott, Scalex Growth Partners (10 tips för tillväxt); Lars Dithelm \
(99 regler för tillväxt); Lisa Ek och Niklas Grönberg, LTU Business (omvärlds- och \
trendanalys); Carolina Lundberg, Connetia Sweden (ledarskap); Rikard Lindberg, Thnx \
innovation (digitalisering); Anna-Karin Nyberg, Xpression (utvärdering och lärande)
- *VD-grupper* – sex grupper som träffades lika många gånger som de hade deltagare; varje \
möte ägnades ett av företagen
- *Konsultinsatser* inom CadCam, digital marknadsföring, butikslayout, digitalisering av \
affärssystem, digitalisering av lagersystem, finansiering och lönsamhet, flödesanalyser, \
ledning och ledningsgrupper, ledningssystem, säljkraft, styrning och organisation samt \
översättning
"""

DELIMITATION = """\
Slutrapporten anger ingen uttalad avgränsning. Av den framgår att:

- sysselsättningsökningen bara räknas för företagen i Program för tillväxt
- de gröna näringarna inklusive jordbruket, viktiga i alla fem kommunerna, hamnar utanför \
på grund av myndigheternas gränsdragning mellan jordbruk och andra näringar – något \
projektet ser som ett hinder
"""

REGIONAL_BUSINESS = """\
Projektet har gett det lokala näringslivet kontakter med bland andra RISE, DISISS (Digital \
innovationspunkt för smart industri och smarta samhällen), Go-Business, eXpression, Connect \
Norr, Almi, IUC, Buisness Bosten, Ung företagsamhet, Företagarna, BIC Factory, \
Kampradstiftelsen, LTU Business och Norrlandsfonden samt regionens egna projekt.

Branschråd och branschträffar har startats för tillverkningsindustrin, kulturella och \
kreativa näringar, handel och besöksnäring, liksom nätverk för företagande kvinnor. \
Inventeringen av 66 företagsfrämjande aktörer, sorterade i lokala och nationella, ligger kvar \
på webben 2023 och 2024.
"""

OTHER_PROJECTS = """\
- **Almi Företagspartner Nord AB** – samarbetet i Program för tillväxt; fler liknande \
aktiviteter med Almi är troliga.
- **Umeå kommuns näringslivskontor** – gemensamma möten och stöd när industriråd bildades.
- **Regionala inkubatorer** – flera företag deltog i deras program under projekttiden.
- **Coocoon-projektet** (Bjurholm) – ledde till två generationsskiften.
- **RISE och projektet Fairchain** – workshops och en bärfestival i Bjurholm under \
arbetsnamnet "Bär i bygden".
- **Vindeln** – kompetensbehovsinventering hos de tio största tillverkande företagen och en \
utredning om ett kompetenscentrum; nu planeras Vindeln Innovation Center.
- **Efterföljande projekt** – en ny ansökan om samverkansprojekt har lämnats till \
Tillväxtverket och Region Västerbotten.
"""

DISSEMINATION = """\
- Kommunledningar, ledande politiker, allmänheten och det lokala näringslivet informeras.
- Webbplatsen <https://www.nis60.se/> redovisar aktiviteterna och utvärderarnas slutrapport \
och finns kvar 24 månader efter projektslut; de digitala näringslivsfrukostarna ligger kvar \
i ytterligare två år.
- Näringslivet informeras på näringslivsträffar och genom kommunernas nyhetsbrev och sociala \
medier.
- Slutrapporten skickas till alla kommunchefer och kommunstyrelser och publiceras på webben.
"""

EVALUATION = """\
Extern utvärderare var Regionakademien i Umeå. Utvärderingen skulle beskriva genomförande, \
resultat och effekter, bidra till lärande och vara ett bollplank.

- Fortlöpande återkoppling till projektgruppen enligt Tillväxtverkets riktlinjer för \
uppföljning, utvärdering och lärande (projektlogik, process, nyckelaktiviteter, \
nyckelpersoner och nyckeltal, P1–P3 och N1–N3).
- Projektlogik i form av ett målträd och en effektlogikkedja.
- Intervjuer med målgruppen och två enkäter: om nyttan för stödda företag och om bevarade \
och nya arbetstillfällen.
- En halvtidsutvärdering med fördjupad analys och intervjuer med nyckelpersoner.
- Slutredovisning på Tillväxtverkets blankett, med intervjuer med företagen i Program för \
tillväxt; rapporten finns på projektets webbplats.
"""

TEXTS = {
    "summary": SUMMARY,
    "background": BACKGROUND,
    "purpose": PURPOSE,
    "main_goal": MAIN_GOAL,
    "expected_results": EXPECTED_RESULTS,
    "target_groups": TARGET_GROUPS,
    "organisation_description": ORGANISATION,
    "method": METHOD,
    "delimitation": DELIMITATION,
    "regional_business_links": REGIONAL_BUSINESS,
    "other_project_links": OTHER_PROJECTS,
    "dissemination": DISSEMINATION,
    "evaluation": EVALUATION,
    "gender_equality_rating": HorizontalRating.ACTIVE,
    "gender_equality": (
        "Jämställdhet beaktades i hela arbetet: 49,7 % av deltagarna var kvinnor, 40 % av "
        "företagen i Program för tillväxt leddes av kvinnor, nätverk för företagande kvinnor "
        "byggdes upp (31 träffar) och hållbarhet och jämställdhet var en egen programpunkt i "
        "Program för tillväxt. Sex externa aktiviteter hade de horisontella kriterierna som "
        "huvudämne."
    ),
    "equal_opportunities_rating": HorizontalRating.PARTLY,
    "equal_opportunities": (
        "Utrikesfödda var en prioriterad målgrupp och har deltagit både i enskilda "
        "aktiviteter och i Program för tillväxt, men härkomst registreras inte och projektet "
        "har valt att inte kartlägga den, så hur väl gruppen nåddes kan inte mätas."
    ),
    "environment_rating": HorizontalRating.PARTLY,
    "environment": (
        "Hållbar utveckling beaktades i arbetet. Företagen i Program för tillväxt erbjöds en "
        "hållbarhetsanalys (Framtidsdialog) utifrån 36 hållbarhetsområden kopplade till "
        "Agenda 2030 och ISO 26000. Digitala möten, som blev vanliga under pandemin, minskade "
        "resorna och beskrivs som hållbara i både tid och miljö."
    ),
}

SUB_GOALS = (
    Goal("Uppsökande verksamhet hos företag",
         "259 redovisade företagsbesök, under pandemin delvis ersatta av andra kontakter, för "
         "att kartlägga konkurrensfördelar, behov och utmaningar."),
    Goal("Mötesplatser och nätverk för kunskapsöverföring och synergier mellan företag",
         "216 redovisade aktiviteter: lokala näringslivsträffar, digitala näringslivsfrukostar "
         "för alla fem kommunerna, branschmöten och kunskapsträffar om bland annat offentlig "
         "upphandling, digitalisering, omvärldsanalys och e-handel."),
    Goal("Nätverk för företagande kvinnor",
         "31 nätverksträffar, många digitala och med deltagare från flera kommuner."),
    Goal("Samordning och stöd vid expansion",
         "103 aktiviteter som förde samman företagsfrämjare, myndigheter och det lokala "
         "näringslivet."),
    Goal("Inventering av företag inom fokusområdena och marknadsföring för expansion",
         "7 större evenemang för att marknadsföra Program för tillväxt och hitta lämpliga "
         "deltagare."),
    Goal("Främja innovation och entreprenörskap",
         "66 aktiviteter med innovations- och entreprenörsfrämjande aktörer och nätverk "
         "mellan företag."),
    Goal("Omvärldsbevakning och kunskapsinhämtning",
         "152 aktiviteter: seminarier, möten med näringslivsfrämjare och inbjudna experter; "
         "kunskapen fördes vidare till företagen."),
    Goal("Samverkan med Umeå",
         "26 aktivitetstillfällen med Umeå näringslivskontor, bland annat stöd när industriråd "
         "bildades och samordning av insatser."),
    Goal("Struktur för företagsfrämjande aktörer",
         "66 aktörer inventerades och publicerades på webben; 68 aktiviteter där aktörer "
         "presenterade sig för företagen."),
    Goal("Integrera kranskommunerna i det regionala innovationssystemet",
         "Parallellt med två föregående områden; flera företag deltog i regionala "
         "inkubatorers program."),
    Goal("Program för tillväxt",
         "Maj 2020 – september 2022, 32 företag (25 från början). Anställda i de deltagande "
         "företagen: 159,5 år 2019 och 202 i oktober 2022."),
)

PROJECT_GROUP = tuple(
    Member(GroupKind.PROJECT, f"Projektmedarbetare, {municipality.name}", MemberKind.OFFICIAL,
           organisation=municipality, role_title="Näringslivskontorets projektmedarbetare")
    for municipality in MUNICIPALITIES
)

SOURCE_NOTES = """\
- **Sysselsättningstabellen:** raden Norrlands fruktvin har 1 anställd både 2019 och oktober \
2022 men ökningen 1. Ökningskolumnen summerar därför till 43,5, medan 202 − 159,5 = 42,5 \
(26,6 %). Texten använder 43,5 (27 %) och "minst 43 heltidstjänster". Även den beräknade \
ökningen, 42,5, överstiger målvärdet 40. Tabellen laddas med indikatorerna i ett senare steg.
- **Kostnader:** kostnadsslagen summerar till 15 470 694 kr, 4 kr mer än det angivna utfallet \
15 470 690 kr.
- **Finansiering:** finansiärernas belopp summerar till 15 477 874 kr, 7 184 kr mer än \
utfallet. Kommunernas belopp är preliminära (december 2022) och justeras efter \
Tillväxtverkets utbetalningsbeslut, väntat i februari 2023.
- **VD-grupperna:** fem grupper med fem deltagare och en med åtta blir 33 företag, men Program \
för tillväxt hade 32 deltagande företag (tabellen listar 32).
- **Projektägare** anges inte i slutrapporten. Inlagt: Robertsfors kommun, som står först \
bland kommunerna och har den största kommunala medfinansieringen, och som också anges som \
projektägare i kommunernas information om projektet.
- **Projektperiod:** rapporten anger bara åren 2019–2022 och "de tre åren". Inlagt: \
2019-10-01 – 2022-09-30, tre år som i kommunernas projektinformation. Sysselsättningen mäts \
i oktober 2022 och finansieringen redovisas i december 2022, efter det slutdatumet; en \
förlängning kan finnas och bör stämmas av mot beslutet.
- **Målträdet:** rapporten säger att projektet upprättade ett "målråd" som styrde \
verksamheten; troligen avses målträdet, som utvärderarna beskriver. Bilden finns inte i texten.
- **Beviljat belopp** framgår inte (bara totalbudgeten 16 713 030 kr), så det är inte ifyllt.
"""

SEED = ProjectSeed(
    slug="nis-6-0",
    title="NIS 6.0 – Näringsliv i samverkan",
    programme="tillvaxtverket-eruf-2014-2020",
    owner=org.ROBERTSFORS,
    start=date(2019, 10, 1),
    end=date(2022, 9, 30),
    status=Status.FINAL_REPORT_SUBMITTED,
    # Decided before the start on 1 October 2019; the final report is of December 2022.
    timeline=Timeline(written=date(2019, 5, 6), submitted=date(2019, 5, 31),
                      decided=date(2019, 9, 16), started=date(2019, 10, 1),
                      final_report=date(2022, 12, 15)),
    texts=TEXTS,
    source_notes=SOURCE_NOTES,
    participants=(
        *((municipality, ParticipationRole.MUNICIPALITY) for municipality in MUNICIPALITIES[1:]),
        (org.REGION_VASTERBOTTEN, ParticipationRole.COFINANCIER),
        (org.ALMI_NORD, ParticipationRole.PARTNER),
    ),
    sub_goals=SUB_GOALS,
    members=PROJECT_GROUP,
)
