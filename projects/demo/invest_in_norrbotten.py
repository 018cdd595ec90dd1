"""Seed 000: Invest in Norrbotten, an application (fördjupad projektbeskrivning, 8.1-8.12).

Submitted application; owner Norrbottens läns landsting; time plan 2008 Q3 - 2011 Q2.
"""

from datetime import date
from decimal import Decimal

from projects.demo import organisations as org
from projects.demo.base import Goal, Member, ProjectSeed, Staff
from projects.demo.clock import Timeline
from projects.models import GroupKind, HorizontalRating, MemberKind, ParticipationRole
from projects.models import ProjectStatus as Status

SUMMARY = """\
Invest in Norrbotten bygger upp en regional funktion för investeringsfrämjande som samordnar \
och stöder kommunernas arbete med att locka nationella och internationella etableringar till \
länet. "Invest in" är ett internationellt vedertaget begrepp för de oftast kostnadsfria \
tjänster som ett land, en region eller en kommun erbjuder den som överväger att etablera sig.

Arbetet sker på tre nivåer som är beroende av varandra:

- **Regional nivå** – den enda som ansökan finansierar: samordnar helheten, håller kontakten \
med Invest in Sweden Agency (ISA) och andra nationella aktörer och är ett konkret stöd för \
kommuner som inte bygger en egen Invest in-funktion.
- **Lokal nivå** – kommunerna utformar själva sitt arbete; varje etablering avgörs till sist \
lokalt.
- **Internationell bearbetning** – erbjudanden paketeras för utvalda branscher och marknader.

Kommunerna väljer själva hur mycket de använder den regionala nivån. I första hand söks \
samarbete med Invest in Västerbotten, bland annat inom cleantech där Piteå redan är en tydlig \
aktör. Etableringar är komplexa och personliga processer: personalen behöver värdskap, \
kulturförståelse och mandat att fatta beslut.
"""

BACKGROUND = """\
Högkonjunkturen har gjort Norrbotten intressant för enskilda företag, affärskedjor och \
investerare från Sverige och utlandet. När konjunkturen nu väntas plana ut blir det än \
viktigare med ett målinriktat investeringsfrämjande arbete. Kommunernas näringslivsfunktioner \
gör ett gott arbete, men det saknas en proaktiv och sammanhållen strategi – i länet och i \
kommunerna – som långsiktigt säkrar investeringsklimatet och gör etableringsmöjligheterna \
kända.

Ansökan bygger bland annat på erfarenheterna från:

- Norrlandsfondens separata verksamhet NSIIA 2003–2006
- samarbetet mellan Aurorum Science Park och Teknikbyn i Kemi 2006–2007 för fler \
investeringar inom IKT och processindustri

Var en investering hamnar avgörs till stor del av påverkbara faktorer som kostnader, \
affärsfördelar och tillgång till kompetens – tillsammans investeringsklimatet. Tillväxt \
uppstår när nya företag startas, befintliga företag utvecklas och externa etableringar görs. \
Projektet utgår i första hand från externa etableringar, med inslag av utveckling av \
befintliga företag. Regioner och kommuner konkurrerar om attraktionskraft utan att någon har \
makt över någon annan; ju mindre en etablerare vet om regionen, desto viktigare är det att \
aktörerna samverkar. Den regionala nivån gör inga affärsavslut utan samordnar och stöder \
utifrån kommunernas behov, öppet och underifrån.
"""

PURPOSE = """\
Att genom fokuserat investeringsfrämjande arbete i samverkan öka antalet etableringar och \
investeringar i Norrbotten och därmed tillväxten. Det sker genom att stärka regionens och \
kommunernas attraktionskraft, kompetens och förmåga att lämna offerter till etablerare från \
den nationella och den internationella marknaden.
"""

MAIN_GOAL = """\
När projektet avslutas finns en organisation eller verksamhet med mandat och ansvar för den \
regionala nivån av ett fokuserat investeringsfrämjande arbete i Norrbotten.
"""

EXPECTED_RESULTS = """\
En samordnande och stödjande regional nivå som bygger på de enskilda kommunernas behov. \
Projektet ska:

- bidra till **minst 200 direkta arbetstillfällen**
- påtagligt stärka bilden av Norrbottens investeringsklimat
- säkerställa en organisation eller verksamhet med mandat och ansvar för den regionala nivån \
som tar över när projektet är avslutat
"""

TARGET_GROUPS = "Nationella och internationella investerare och etablerare."

ORGANISATION = """\
- **Projektägare:** Norrbottens läns landsting.
- **Styrgrupp:** fem ledamöter – tre politiker och två externa personer med stor erfarenhet \
av och kunskap om investeringsmarknaden. Jämn könsfördelning eftersträvas. Referensgruppen \
utser därutöver en representant, helst från någon av de mindre kommunerna, som är adjungerad \
till styrgruppen (inte ledamot).
- **Referensgrupp:** de deltagande kommunernas näringslivschefer, vars synpunkter väger tungt \
i det operativa arbetet.
- **Personal:** två heltidstjänster – en investmentmanager som är projektledare och formellt \
underställd styrgruppen, och en person för projektadministration, koordinering och \
projektkommunikation. Webb, presentationsmaterial, PR, specialistkunskaper och konsultstöd \
till kommunerna upphandlas vid behov.
- **Plattform:** projektet är sidoordnat det länsövergripande projektet *Attraktiv Region* \
(Länsstyrelsen, Norrbottens läns landsting, Kommunförbundet Norrbotten och Luleå tekniska \
universitet), som bland annat driver www.norrbotten.se och har tagit fram en gemensam \
plattform för marknadsföring och kommunikation av Norrbotten. Investeringsfrämjandet blir en \
del av den plattformen, från nationell till lokal nivå.
"""

METHOD = """\
Projektet ansvarar för att:

- analysera och segmentera regionens möjliga marknader tillsammans med kommunerna
- samordna produktifieringen av Norrbottens resurser och infrastruktur
- samordna kommunernas erbjudanden till den nationella och internationella marknaden
- vara ett konkret stöd för kommuner utan egen Invest in-funktion
- bygga upp marknadskommunikation från Norrbotten, nationellt och internationellt
- genomföra marknadsaktiviteter som hjälper kommunerna med leadgenerering, affärsavslut och \
implementering
- samordna regionens kompetensbehov inom investeringsfrämjande
- tillsammans med kommunerna marknadsföra sig mot redan etablerade företag
- ge affärsmedia redaktionellt material om regionen och kommunerna

Som strukturerat stöd för kommunernas marknadsbearbetning ska projektet samordna och \
synliggöra inventeringen av möjliga etablerare, stärka kommunernas förmåga att offerera vid \
leadförfrågningar och vara en tydlig partner till nationella aktörer.

Arbetet delas in i fyra horisontella insatsområden – produktutveckling, marknadsföring, \
försäljning och kundvård – som vart och ett berör tre verksamhetsnivåer (se delmålen). I \
första hand gäller det branscher där det regionala utvecklingsprogrammet för hållbar framtid \
i Norrbotten ser särskilt goda förutsättningar. Den regionala nivån ser också till att \
erfarenheter utbyts löpande mellan de lokala aktörerna och hjälper utländska företag med \
kontakter till ledkunder, partner och investeringsobjekt.

**Tidsplan i sammandrag**

| Tid | Aktivitet |
|---|---|
| 2008 kv 3–4 | Projektetablering: styrgrupp och referensgrupp, rekrytering, ekonomirutiner, \
första kommunkontakter |
| 2008 kv 3–4 | Strategi och nätverk: kartlägga kommunernas behov, presentera projektet, \
fastställa projektplanen |
| 2008 kv 4 – 2009 kv 3 | Produktutveckling: profiler och roadmaps med kommunerna, paketering \
av investeringsmöjligheter |
| 2008 kv 4 – 2009 kv 4 | Kommunikationsutveckling: lanseringsplan, kommunikationsplattform och \
webb, regionalt sälj- och marknadsmaterial |
| 2009 kv 1–3 | Marknadsintroduktion: regional och nationell lansering, mindre internationell \
lansering |
| 2009 kv 1 – 2011 kv 2 | Marknadsföring och försäljning, företagsbesök, delegationsbesök, \
stöd vid investeringsbeslut och etablering |
| 2011 kv 1–2 | Fortsatt organisation, uppdrag och finansiering |
| 2011 kv 2 | Slutrapport och formell utvärdering |
"""

DELIMITATION = """\
- Ingen generell näringslivsutveckling i befintliga företag – där finns redan aktörer lokalt \
och regionalt (Almi Företagspartner Nord AB, Norrbottens Handelskammare, Exportrådet m.fl.).
- Ingen nyföretagarverksamhet – start av nya företag stöds redan av entreprenörscentra, \
inkubatorer och liknande.
- Projektet samverkar däremot löpande med de befintliga stödstrukturerna kring \
näringslivsutveckling och processer av gemensamt intresse i regionen.
"""

REGIONAL_BUSINESS = """\
Projektet samordnar marknadsbearbetningen strukturerat genom att:

- bevaka regionen som marknad (lokala och regionala etableringar, \
internationaliseringsstrategier) och bedöma aktiviteternas potential i ett större perspektiv
- koppla lokala aktiviteter till andra lokala och regionala aktörer där det ger ett tydligt \
mervärde
- samverka med Almi Företagspartner Nord AB, Norrbottens Handelskammare, Exportrådet med \
flera kring pågående insatser av gemensamt intresse
"""

OTHER_PROJECTS = """\
- **De lokala Invest in-projekten**, främst EU-projektet *Invest in Luleå & Piteå*, som visar \
hur den lokala och den regionala nivån ska samverka. Överkalix planerar ett liknande projekt.
- **Delprojektet ICT** inom Invest in Luleå & Piteå och samarbetet med ISA, som ger kopplingen \
till den nationella nivån: IT- och kommunikationsteknologi genom internationella investeringar \
i regioner företrädda av Business Region Göteborg, Luleå Näringsliv, Region Skåne och \
Stockholm Business Region.
- **Attraktiv Region** (Länsstyrelsen, Norrbottens läns landsting, Kommunförbundet Norrbotten \
och Luleå tekniska universitet), med målet att göra Norrbotten känt som en dynamisk \
tillväxtregion med en positiv självbild.
- **Växa genom mångfald** (Länsstyrelsen), eftersom ett tolerant samhälle är en förutsättning \
för tillväxt och etableringar.
"""

DISSEMINATION = """\
Under projektets första del tar projektledningen fram en spridningsplan tillsammans med \
intressenterna. Spridningen sker löpande och utgår från:

- leveranser – uppnådda delmål och produkter
- processer – det lärande som växer fram under projektet

Den planerade webbplattformen och projektets nätverk är basen. Spridning ses som en process \
genom hela projektet, inte som en slutaktivitet, eftersom sen spridning ger resultaten liten \
chans att påverka arbetssätt. Styrgruppens tre politiker ger tidig politisk förankring, och \
referensgruppens näringslivschefer ger kommunerna direkt insyn i det operativa arbetet.
"""

EVALUATION = """\
Utvärderingen är ett verktyg i det löpande arbetet och kombinerar:

- en **formativ ansats** – utvärdering som verksamhetsutveckling, med fortlöpande vägledning \
till personer och organisationer, ständigt lärande och redovisning av resultat och lärdomar \
vid projektets slut
- ett **holistiskt synsätt** – fokus på helheten och relationerna mellan delarna snarare än \
på enskilda prestationer
- **stor delaktighet** från intressenterna, så att resultaten bygger på deras kunskap och \
stöder deras fortsatta arbete

Ansatsen är visionsorienterad snarare än problemfokuserad och ska bidra till reflektion och \
långsiktigt lärande.
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
    "gender_equality_rating": HorizontalRating.PARTLY,
    "gender_equality": (
        "Ansökan tar upp jämställdhet på en punkt: styrgruppen ska ha jämn könsfördelning. "
        "Hur jämställdhet i övrigt integreras i arbetet beskrivs inte."
    ),
    "equal_opportunities_rating": HorizontalRating.NOT,
    "equal_opportunities": (
        "Dokumentet beskriver inte hur lika möjligheter och icke-diskriminering integreras. "
        "Närmast kommer kopplingen till Länsstyrelsens projekt Växa genom mångfald, med "
        "motiveringen att ett tolerant samhälle är en förutsättning för tillväxt och "
        "etableringar."
    ),
    "environment_rating": HorizontalRating.NOT,
    "environment": (
        "Dokumentet innehåller ingen miljöbedömning. Miljö berörs bara genom samarbetet med "
        "Invest in Västerbotten inom cleantech: produkter, tjänster och processer som ger "
        "högre effektivitet till lägre kostnad och minskar eller eliminerar miljöpåverkan."
    ),
}

SUB_GOALS = (
    Goal(
        "1 Produktutveckling",
        "- **Regional nivå:** specificera och sammanställa den regionala resursbasen och "
        "infrastrukturen, samordna erbjudandena\n"
        "- **Lokal nivå:** specificera den lokala resursbasen och infrastrukturen, paketera "
        "erbjudanden för den nationella och internationella marknaden\n"
        "- **Internationell bearbetning:** specificera den nationella resursbasen och "
        "infrastrukturen, paketera erbjudanden för särskilda branscher",
    ),
    Goal(
        "2 Marknadsföring",
        "- **Regional nivå:** stöd till marknadsanalys och segmentering, samordning av de "
        "lokala nivåernas marknadskommunikation\n"
        "- **Lokal nivå:** marknadsanalys, segmentering och marknadskommunikation för den "
        "nationella och internationella marknaden\n"
        "- **Internationell bearbetning:** marknadsanalys, segmentering och "
        "marknadskommunikation inriktad på särskilda branscher",
    ),
    Goal(
        "3 Försäljning",
        "- **Regional nivå:** säljstöd till den lokala nivån för leadgenerering, affärsavslut "
        "och implementering, samt generell leadkommunikation, t.ex. från ISA\n"
        "- **Lokal nivå:** direkta säljaktiviteter – leadgenerering, affärsavslut och "
        "implementering – för den nationella och internationella marknaden\n"
        "- **Internationell bearbetning:** direkta säljaktiviteter inriktade på särskilda "
        "branscher",
    ),
    Goal(
        "4 Kundvård",
        "- **Regional nivå:** stöd till marknadsföring mot redan etablerade företag på lokal "
        "nivå\n"
        "- **Lokal nivå:** marknadsföring mot redan etablerade företag på den nationella och "
        "internationella marknaden\n"
        "- **Internationell bearbetning:** marknadsföring mot redan etablerade utländska "
        "företag inom särskilda branscher",
    ),
)

STEERING = tuple(
    Member(GroupKind.STEERING, f"Politisk ledamot {n}", MemberKind.POLITICIAN,
           role_title="Ledamot")
    for n in (1, 2, 3)
) + tuple(
    Member(GroupKind.STEERING, f"Extern ledamot {n}", MemberKind.EXTERNAL,
           role_title="Ledamot med erfarenhet av investeringsmarknaden")
    for n in (1, 2)
)
REFERENCE = tuple(
    Member(GroupKind.REFERENCE, f"Näringslivschef, {municipality.name}", MemberKind.OFFICIAL,
           organisation=municipality, role_title="Näringslivschef")
    for municipality in org.NORRBOTTEN_MUNICIPALITIES
)

STAFF = (
    Staff("Investmentmanager (rekryteras)", "Investmentmanager och projektledare",
          Decimal("1.00")),
    Staff("Projektadministratör (rekryteras)",
          "Projektadministration, koordinering och projektkommunikation", Decimal("1.00")),
)

SOURCE_NOTES = """\
- **Deltagande kommuner:** listan på försättsbladet har elva namn men Övertorneå står två \
gånger, så bara tio olika kommuner nämns. De tio är inlagda. Rubriken anger inget antal; \
möjligen avsågs Överkalix (som enligt 8.2 planerar ett eget Invest in-projekt), men det \
framgår inte och kommunen är inte tillagd.
- **Projektägarens namn** stavas "Norrbottnens läns landsting" i 8.6 men "Norrbottens läns \
landsting" på försättsbladet; den senare, korrekta formen är inlagd.
- **Program och finansiär:** ansökan är skriven på Nuteks blankett (avsnitt 8.1–8.12, budgeten \
hänvisas till Nuteks ansökningsblankett och bilaga 1). Nutek blev Tillväxtverket 2009. I \
demodata ligger projektet i programmet Regionala utvecklingsmedel Norrbotten med Region \
Norrbotten som finansiär, eftersom Region Norrbotten sedan 2017 har det regionala \
utvecklingsansvaret och har tagit över landstingets regionala utvecklingsarbete; 2008 hade \
Nutek varit beslutande myndighet.
- **Projektperiod:** finansieringsavsnittet anger 2008–2011, tids- och aktivitetsplanen löper \
2008 kv 3 – 2011 kv 2. Inlagt: 2008-07-01 – 2011-06-30. Perioden berör fyra kalenderår men är \
tre år lång, så det framgår inte hur många år kommunernas 50 000 kr "per kommun och år" \
avser.
- **Kommunernas medfinansiering:** 50 000 kr per kommun och år ger 500 000 kr per år med tio \
kommuner men 550 000 kr om listans elva namn räknas. Landstingets regionala \
medfinansiering är 3 000 000 kr totalt över 2008–2011. Någon budget finns inte i dokumentet.
- **Riskanalysen** har kolumnrubriken "Konsekvens (riskvärde x effekt)" men anger bara \
"Allvarlig negativ konsekvens" eller "Negativ konsekvens", inga värden.
- **Horisontella kriterier** behandlas inte i dokumentet; bedömningarna utgår från det lilla \
som texten säger.
"""

SEED = ProjectSeed(
    slug="invest-in-norrbotten",
    title="Invest in Norrbotten",
    programme="regionala-utvecklingsmedel-norrbotten",
    owner=org.NORRBOTTENS_LANS_LANDSTING,
    start=date(2008, 7, 1),
    end=date(2011, 6, 30),
    status=Status.SUBMITTED,
    # Submitted before the period that begins on 1 July 2008.
    timeline=Timeline(written=date(2008, 3, 3), submitted=date(2008, 3, 31)),
    texts=TEXTS,
    source_notes=SOURCE_NOTES,
    participants=tuple(
        (municipality, ParticipationRole.MUNICIPALITY)
        for municipality in org.NORRBOTTEN_MUNICIPALITIES
    ),
    sub_goals=SUB_GOALS,
    members=STEERING + REFERENCE,
    staff=STAFF,
)
