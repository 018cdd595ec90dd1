"""Seed 003: Kreativ region / "Nordens bästa inlandsregioner 2020", an Interreg Sverige-Norge
application by Falun Borlänge-regionen and Hamarregionen, 2011-05-01 - 2013-12-31.

Submitted application. Its two budgets (SEK and NOK) and financing plans belong to finance.
"""

from datetime import date
from decimal import Decimal

from projects.demo import organisations as org
from projects.demo.base import Goal, Member, ProjectSeed, Staff
from projects.demo.clock import Timeline
from projects.models import GroupKind, HorizontalRating, MemberKind, ParticipationRole
from projects.models import ProjectStatus as Status

SUMMARY = """\
Falun Borlänge-regionen och Hamarregionen vill växa genom att bli attraktiva för kreativa \
människor. Visionen är att bli **Nordens bästa inlandsregioner 2020**. Projektet ska forma en \
hållbar och tydlig identitet som på ett nytt sätt visar regionernas kreativa livsmiljö och \
möjligheterna för den som vill ta ett steg vidare. Ledorden är *Attrahera och Behålla*.

Projektet har tre delar som hänger ihop:

- **Analys** – befintliga studier av innovativa miljöer och företagsklimat fördjupas med \
inriktning på regionernas kreativa kapacitet; resultatet bär hela projektet.
- **Livsmiljö** – alla insatser prövas mot Floridamodellens fyra T: Talent, Tolerance, \
Technology och Territorial assets. De ska göra regionerna mer öppna, välkomnande och \
mångsidiga, stärka värdskapet, ge framtidstro – inte minst hos unga – och hjälpa nyinflyttade \
in i sociala sammanhang.
- **Profilering** – ändra attityder och öka kunskapen om arbets- och livsmiljöer, näringsliv \
och karriärvägar, så att regionerna blir ett självklart nordiskt val för den kreativa klassen.

Teoretisk grund är Floridamodellen och Triple Helix. Erfarenheterna ska kunna användas av \
andra regioner.
"""

BACKGROUND = """\
EU:s femte sammanhållningsrapport betonar regionernas egen förmåga att bli robusta och \
attraktiva, och därmed konkurrenskraftiga. I inre Skandinavien väljer unga med kompetens \
ofta arbetsgivare i centrala, urbana miljöer; landsbygden står svagt i konkurrensen. Många \
regioner har en åldrande befolkning, svag inflyttning och kvalificerade jobb som få känner \
till. Genom Interreg-projektet "Kompetensförsörjning för regional tillväxt och \
konkurrenskraft", som regionerna driver tillsammans sedan våren 2008, har Falun \
Borlänge-regionen och Hamarregionen sett att de har mycket gemensamt.

Generationsväxlingen har varit känd sedan början av 1990-talet. Rekrytering handlar lika \
mycket om den livsmiljö regionen erbjuder som om jobbet. Konkurrensen gällde förr kapital, \
företag och besökare; nu gäller den människor, och regionens livsmiljö, bemötande och \
mångfald väger tyngre än företagsklimatet.

**Teoretisk plattform**

- *Floridamodellen* (Richard Florida): orter som lockar högutbildade, kreativa och öppna \
människor – "den kreativa klassen" – växer. Fokus flyttas från "business climate" till \
"people's climate". Ramverket 4T (Talent, Technology, Tolerance, Territorial assets) förstärker \
sig självt; alla fyra behövs. Källa: Stolarick 2008, föredrag i Hamar 4.11.08.
- *Triple Helix*: samspel mellan politik/samhälle, forskning och näringsliv kring en gemensam \
vision (Tillväxtverket).
- *Nyskapande*: regionerna känner inte till någon annan region som bygger nya metoder på 4T \
för sitt attraktivitetsarbete i den omfattning som planeras här.

Utmaningar som projektet utgår från:

- en växande äldre befolkning och begränsad inflyttning i inre Skandinavien
- generationsväxlingen i näringslivet
- företagens kompetensförsörjning
- ett starkt näringsliv med kvalificerade jobb som allmänheten inte känner till
- föråldrade föreställningar om bruksorter, glesbygd och landsbygd

Kommunerna är var för sig för små för att attrahera den kreativa klassen; projektet lyfter \
frågorna till regional nivå och kompletterar kommunernas ordinarie arbete.
"""

PURPOSE = """\
Att forma en hållbar och tydlig identitet där regionernas kreativa livsmiljö synliggörs på ett \
nyskapande sätt, som signalerar möjligheter för människor som vill ta ett steg till. \
Regionernas möjligheter till karriär och företagande ska tydliggöras ur ett regionalt \
perspektiv, de kreativa miljöerna, boendemiljöerna och arbetsmarknaden göras kända, och \
föråldrade föreställningar om bruksorter, landsbygd och glesbygd brytas ned.
"""

MAIN_GOAL = """\
**Vision:** Nordens bästa inlandsregioner 2020.

**Övergripande mål:** utveckla och pröva arbetssätt, metoder och aktiviteter som stärker \
regionernas attraktionskraft genom att

- profilera regionernas livs-, arbets- och utvecklingsmiljöer
- stärka och utveckla värdskapet
- plantera framtidstro hos ungdomarna och deras föräldrar
"""

EXPECTED_RESULTS = """\
| Resultatmål | Egna resultatindikatorer |
|---|---|
| En ny modell för regionalt utvecklings- och attraktivitetsarbete där stad–land-perspektivet \
lyfts fram | Minst tre nya metoder för regional utveckling prövade, införda och utvärderade |
| Ökat intresse för och kunskap om regionernas livs- och utvecklingsmiljöer hos befintliga \
och nya invånare | Minst tre profileringsaktiviteter utanför regionen för att locka den \
kreativa klassen; minst två aktiviteter inom regionen som på ett otraditionellt sätt visar \
möjligheterna |
| En nisch där regionerna tar en ledande position, tillsammans med forskning, utbildning och \
företag | Regionerna blir från 2013 årlig värd för en nationell konferens om "Attraktiva \
arbetsplatser" i respektive land |
| En hållbar och tydlig identitet | En profileringsplan för Hamarregionen och en för Falun \
Borlänge-regionen, efter kartläggning och kreativa möten |
| En modell som hjälper nyinflyttade snabbare in i sociala sammanhang | Minst 2 \
värdskapsprogram; minst 6 mötesplatser eller nätverk för nyinflyttade och dem som bott här \
en tid |
| Ökad kunskap om bemötande och värdskap hos dem som tidigt möter inflyttare, även politiker \
och beslutsfattare | Minst fyra värdskapsutbildningar; minst en erfa-träff där kommunerna \
lär av varandras värdskapsarbete |
"""

TARGET_GROUPS = """\
Den kreativa klassen, med dessa prioriterade grupper:

- ungdomar 15–24 år
- entreprenörer
- politiker och beslutsfattare
- yrkeskompetenser inom den kreativa klassen som regionerna behöver rekrytera

Avnämare är alla som bor i eller flyttar till Falun Borlänge- respektive Hamarregionen.
"""

ORGANISATION = """\
- **Projektägare:** Falun Borlänge-regionen AB är huvudprojektägare; Hamarregionen Utvikling \
ansvarar för genomförandet på norsk sida.
- **Projektledare:** Monica Rönnlund, Falun Borlänge-regionen AB.
- **Styrgrupp:** sex personer som representerar Triple Helix – politik, näringsliv och \
forskning/utveckling.
- **Referensgrupper:** flera, en för vart och ett av projektets delområden.
- **Tjänster:** 2,4 i Falun Borlänge-regionen och 1,4 i Hamarregionen.
- **Viktiga samarbetspartner:** Regionrådet for Hamarregionen; Hamarregionen Reiseliv \
(HARR) och Visit Falun Borlänge; kommunerna Hamar, Stange, Løten, Ringsaker, Borlänge, Falun, \
Gagnef, Ludvika, Smedjebacken och Säter; näringslivet i båda regionerna; Högskolan Dalarna; \
Høgskolen i Hedmark; Østlandsforskning; Rekryteringslots Dalarna.
"""

METHOD = """\
Projektet går motsatt väg mot det vanliga tillväxtfokuset på företag och utgår från \
människorna, särskilt den kreativa klassen. Det hämtar vägledning från en fördjupad \
omvärldsbevakning, dokumenterar sina "experiment" löpande och lägger upp arbetet så att andra \
regioner i Sverige, Norge och Europa kan dra nytta av det. Triple Helix präglar organisation \
och aktiviteter, liksom jämställdhet och mångfald. Idéer fångas upp brett men mäklas vidare \
till andra aktörer när projektets resurser inte räcker.

**Regionernas kreativa förmåga:** strategiskt omvärldsarbete; en fördjupad nulägesanalys, \
"Regionernas kreativa status" (hur regionen kan attrahera den kreativa klassen, hur attraktiv \
den är jämfört med andra regioner i Sverige, Norge och Europa, och vilka styrkor och svagheter \
den har), med stöd av Hamarregionens studier "Hamaras rolle som regionsenter" och \
"Hamar-Florida T/R" från våren 2010; en kommunikationsplan; en seminarieserie; nätverket \
"Kreativ region 2020" för unga entreprenörer och politiker i varje region.

**Talent:** "Ny karriär, nya möjligheter och nytt liv" (besök i städer utanför regionerna \
tillsammans med företag); "Ung utblick" (ungdomar besöker företag; uppsatser tillsammans med \
näringslivet, i samarbete med UNISKA); "Attraktivaste arbetsplatsen" (tävlingarna "Dalarnas \
Attraktivaste Arbetsplats" och "Hamarregionens Attraktivaste Arbetsplats" med Högskolan \
Dalarnas "Tema Arbetsliv") och en årlig nationell konferens från 2013.

**Tolerance:** värdskap – inflyttarnätverk och värdar för nyinflyttade (med erfarenheter från \
"Stanna i Dalarna", Samarkand i Ludvika/Smedjebacken och Gjøvik-regionen), \
värdskapsutbildning för kommunernas personal, chefer, politiker och företagare (med \
erfarenheter från Orsa kommun och Hamarregionen Reiseliv) samt erfa-träffar om värdskap.

**Technology:** komplettera kommunernas näringslivskontor, erbjuda kluster och \
innovationssystem (bland andra Trehusklyngen, Triple Steelix, ITS Sweden, bioteknologi, \
livsmedelsproduktion och High Voltage Valley) kunskap om Floridamodellen, samt utbildning i \
företagsetablering på andra språk, till exempel polska, turkiska och persiska, efter \
efterfrågan.

**Territorial assets:** profileringsplaner utifrån regionernas, städernas, orternas och \
landsbygdens egna kvaliteter, till exempel en kultur- och näringslivstidning, årliga möten \
med regionernas styrelser, "coffee-table"-workshops, ett årligt regionalt kulturarrangemang \
och seminarier om evenemangens roll för regional stolthet.

Tids- och aktivitetsplanen finns i en bilaga som inte ingår i dokumentet.
"""

DELIMITATION = """\
- Projektet studerar och profilerar regionen och utvecklar nya metoder; övriga aktörer tar \
ansvar inom sina egna verksamheter, och projektet ser till att de möts och mobiliseras.
- Arbetet med attraktiv region enligt Floridas 4T är ett nytt angreppssätt som den ordinarie \
verksamheten inte har möjlighet att fokusera på.
- Projektet tar inte över kommunernas uppgifter utan stöder och initierar förbättringar, \
utifrån ett regionalt och inte ett kommunalt perspektiv.
"""

REGIONAL_BUSINESS = """\
Projektet stöder **Dalastrategin**, främst utmaningarna kompetensförsörjning och Dalarnas \
särskildhet, och de målbilder där Falun/Borlänge är en sammanhållen tvåkärnig stadsregion, \
Dalarna är välkomnande och dynamiskt, jämställdhet och mångfald driver utvecklingen och natur- \
och kulturmiljöerna tas tillvara; vägvalen *Det attraktiva Dalarna* och *Det välkomnande \
Dalarna*.

På norsk sida är projektet förankrat i Hedmark fylkeskommunes fylkesplan 2009–2012 och \
Samarbeidsprogrammet for Hedmark (handlingsplan 2010–2011), i Regionrådet for Hamarregionens \
vision "Hamarregionen 100 000 – det mest attraktive boområdet i Innlandet" och i kommunernas \
planer: Hamar ("sentrum for det mest attraktive boområdet i Innlandet", 2005–2016), Løten \
("midtpunkt med mangfold"), Stange ("Vekstkommunen der jord og himmel møtes") och Ringsaker \
("vekst og utvikling!").

Näringslivet deltar i aktiviteterna, och rekryteringsinsatserna görs tillsammans med \
Rekryteringslots Dalarna och dess medlemsföretag.
"""

OTHER_PROJECTS = """\
| Projekt | Koppling |
|---|---|
| Hamarregionen Reiselivs vertskapsprosjekt | Erfarenhetsutbyte om värdskap |
| Hamarregionen Utviklings Interreg-projekt "Næringslivet som motor for inkludering" | \
Erfarenheter för Tolerance och Talent |
| High Voltage Valley, Triple Steelix, DalaBit, Trehusklyngen | Innovativa och kreativa \
miljöer; kunskap om Floridas 4T |
| UNISKA | Examensarbeten |
| Flytta till Dalarna | Utåtriktade aktiviteter inom Talent |
| Stanna i Dalarna | Behålla invånare: inflyttarnätverk och värdar för nyinflyttade |
| Kreativa näringar | Analyser och omvärldsbevakning |
| PADIMA | Attraktivitetsarbete för glesbygd |
| Regional kompetensplattform Dalarna | Kompetensförsörjning, Talent och ungdomars \
möjligheter |
| Falun Borlänge-regionens Mål 2-projekt "Driv Eget – Next Generation" | \
Generationsväxlingen i näringslivet |
| Innowent (Stiftelsen Teknikdalen och Högskolan Dalarna) | Internationellt perspektiv, \
Technology |
| Rekryteringslots Dalarna | Nära samarbete inom Talent, t.ex. Attraktivaste arbetsplatsen |
"""

DISSEMINATION = """\
En informationsplan tas fram som en del av profilerings- och kommunikationsplanen. \
Kommunikation är en stor del av projektets innehåll; lärandet och kapitaliseringen av \
metoderna och "testerna" beskrivs under profileringen. Utöver sedvanlig EU-profilering med \
Interregs och EU:s logotyper läggs information ut på webben och i sociala medier.
"""

EVALUATION = """\
Medarbetarna utvärderar aktiviteter och processer löpande, och en extern utvärderare \
upphandlas mot slutet av projektet. Högskolestudenter kan studera några av processerna. \
Följeforskning vore det bästa men ryms inte i budgeten; projektet söker extern finansiering \
för den i början, och lyckas det ersätter följeforskningen den externa utvärderingen.
"""

CROSS_BORDER = """\
Regionerna har direkt nytta av varandra genom att tillsammans utveckla verktyg och metoder \
utifrån Floridamodellen. Mervärdet uppstår genom att:

- genomföra aktiviteter med deltagare från båda länderna
- köra aktiviteterna parallellt på norsk och svensk sida
- använda varandras erfarenheter när aktiviteter planeras och genomförs

Verktyg från Hamarregionen anpassas till Falun Borlänge-regionen och tvärtom. Likheter i \
näringsstruktur, generationsväxling och geografi ger en gemensam grund, och snart tre års \
samarbete i ett Interreg-projekt har gett ett öppet samarbetsklimat. Innovationssystemen \
skiljer sig: på svensk sida finns många organisationer och projekt, med både specialisering \
och överlapp; på norsk sida är aktörerna få och strukturen överblickbar. Svensk sida kan lära \
av norskt utvecklingsarbete inför att EU:s programperiod tar slut 2013, och norsk sida av \
svenska erfarenheter från strukturfondsprojekt.
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
    "cross_border_value": CROSS_BORDER,
    "gender_equality_rating": HorizontalRating.PARTLY,
    "gender_equality": (
        "Projektet ska värna jämställdhet i organisationen och i deltagandet i aktiviteterna, "
        "och Dalastrategins målbild om jämställdhet och mångfald som drivkrafter för "
        "utveckling ingår i förankringen. Hur det ska göras i praktiken beskrivs inte närmare."
    ),
    "equal_opportunities_rating": HorizontalRating.ACTIVE,
    "equal_opportunities": (
        "Tolerance är ett av projektets fyra huvudområden: värdskap, inflyttarnätverk och "
        "värdar för nyinflyttade ska göra regionerna öppnare och mer välkomnande, och "
        "utbildning i företagsetablering erbjuds på bland annat polska, turkiska och persiska. "
        "Etablerade invandrare är en målgrupp för seminarieserien."
    ),
    "environment_rating": HorizontalRating.NOT,
    "environment": (
        "Dokumentet behandlar inte miljö. Det talar om hållbar tillväxt och en hållbar "
        "identitet men beskriver inga miljöeffekter eller miljöinsatser."
    ),
}

SUB_GOALS = (
    Goal("Regionernas kreativa förmåga – analys och omvärld",
         "Strategiskt omvärldsarbete, nulägesanalysen \"Regionernas kreativa status\", "
         "kommunikationsplan, seminarieserie och nätverket \"Kreativ region 2020\"."),
    Goal("Talent – locka och behålla kompetens",
         "\"Ny karriär, nya möjligheter och nytt liv\", \"Ung utblick\", \"Attraktivaste "
         "arbetsplatsen\" och en årlig nationell konferens från 2013."),
    Goal("Tolerance – ett öppnare klimat",
         "Inflyttarnätverk, värdar för nyinflyttade, värdskapsutbildning och erfa-träffar om "
         "värdskap."),
    Goal("Technology – ökad innovationskraft",
         "Stöd till företag som startar eller flyttar hit, kunskap om Floridamodellen till "
         "kluster och innovationssystem, utbildning i företagsetablering på olika språk."),
    Goal("Territorial assets – profilera regionspecifika kvaliteter",
         "Profileringsplaner, kultur- och näringslivstidning, coffee-table-workshops, årligt "
         "kulturarrangemang och seminarier om evenemangens roll."),
)

STEERING = (
    Member(GroupKind.STEERING, "Ledamot, politik (svensk sida)", MemberKind.POLITICIAN,
           role_title="Triple Helix: politik"),
    Member(GroupKind.STEERING, "Ledamot, politik (norsk sida)", MemberKind.POLITICIAN,
           role_title="Triple Helix: politik"),
    Member(GroupKind.STEERING, "Ledamot, näringsliv (svensk sida)", MemberKind.BUSINESS,
           role_title="Triple Helix: näringsliv"),
    Member(GroupKind.STEERING, "Ledamot, näringsliv (norsk sida)", MemberKind.BUSINESS,
           role_title="Triple Helix: näringsliv"),
    Member(GroupKind.STEERING, "Ledamot, FoU (svensk sida)", MemberKind.ACADEMIA,
           role_title="Triple Helix: forskning"),
    Member(GroupKind.STEERING, "Ledamot, FoU (norsk sida)", MemberKind.ACADEMIA,
           role_title="Triple Helix: forskning"),
)
PROJECT_GROUP = (
    Member(GroupKind.PROJECT, "Monica Rönnlund", MemberKind.OFFICIAL,
           organisation=org.FALUN_BORLANGE_REGIONEN, role_title="Projektledare"),
)

STAFF = (
    Staff("Monica Rönnlund med medarbetare", "Projektledning och projektarbete, svensk sida",
          Decimal("2.40"), org.FALUN_BORLANGE_REGIONEN),
    Staff("Prosjektmedarbeidere, Hamarregionen", "Prosjektarbeid, norsk side",
          Decimal("1.40"), org.HAMARREGIONEN_UTVIKLING),
)

SOURCE_NOTES = """\
- **Norsk finansieringsplan** har kolumnrubriken "Totalt SEK", men beloppen är norska kronor \
(den norska budgeten är 5 250 000 NOK); laddad som NOK.
- **Finansiering per år stämmer inte med kostnaderna per år**, bara totalerna stämmer. Svensk \
sida: finansiering 2 420 000 / 3 620 000 / 3 670 000 kr mot kostnader 2 536 400 / 3 808 150 / \
3 365 450 kr (totalt 9 710 000). Norsk sida: 1 375 200 / 1 806 800 / 2 068 000 NOK mot \
1 271 632 / 2 000 650 / 1 977 718 NOK (totalt 5 250 000).
- **Projektägare:** meningen "Huvudprojektägare är Falun Borlänge-regionen AB och \
Hamarregionen. Utvikling svarar för genomförandet på den norska sidan" är trasig. Inlagt: \
Falun Borlänge-regionen AB som projektägare (lead partner) och Hamarregionen Utvikling som \
partner med ansvar för norsk sida.
- **Förvaltande myndighet** namnges inte i dokumentet; programmets förvaltande myndighet var \
Länsstyrelsen i Jämtlands län.
- **Styrgruppen:** sex personer som representerar Triple Helix, utan namn eller fördelning. \
Fördelningen två per sfär och en per land är en tolkning.
- **Stavningar:** försättsbladet skriver "Ringaker" (Ringsaker kommune) och samarbetslistan \
"Höyskolen i Hedmark" (Høgskolen i Hedmark). Det gemensamma Interreg-projektet heter \
"Kompetensförsörjning för regional tillväxt och konkurrenskraft" på svenska och \
"Kompetansetilførsel for regional vekst og kompetanseskraft" på norska. Resultatmålet \
"vårdskapsprogram" avser värdskapsprogram.
- **Kommunernas bidrag** på norsk sida (790 000 NOK) står som en rad för Hamar, Stange, \
Ringsaker och Løten tillsammans, utan fördelning per kommun.
- **Projektintäkter** från seminarier (110 000 kr) står som privat kontant finansiering.
- **Tids- och aktivitetsplanen** hänvisas till en bilaga som saknas.
"""

SEED = ProjectSeed(
    slug="kreativ-region-2020",
    title="Kreativ region – Nordens bästa inlandsregioner 2020",
    programme="interreg-sverige-norge-2007-2013",
    owner=org.FALUN_BORLANGE_REGIONEN,
    start=date(2011, 5, 1),
    end=date(2013, 12, 31),
    status=Status.SUBMITTED,
    # Submitted before the period that begins on 1 May 2011.
    timeline=Timeline(written=date(2011, 1, 17), submitted=date(2011, 2, 28)),
    texts=TEXTS,
    source_notes=SOURCE_NOTES,
    participants=(
        (org.HAMARREGIONEN_UTVIKLING, ParticipationRole.PARTNER),
        *((m, ParticipationRole.MUNICIPALITY) for m in org.FALUN_BORLANGE_MUNICIPALITIES),
        *((m, ParticipationRole.MUNICIPALITY) for m in org.HAMAR_MUNICIPALITIES),
        (org.REGION_DALARNA, ParticipationRole.COFINANCIER),
        (org.REGIONRADET_HAMARREGIONEN, ParticipationRole.COFINANCIER),
        (org.HEDMARK_FYLKESKOMMUNE, ParticipationRole.COFINANCIER),
        (org.HOGSKOLAN_DALARNA, ParticipationRole.PARTNER),
        (org.HOGSKOLEN_HEDMARK, ParticipationRole.PARTNER),
        (org.OSTLANDSFORSKNING, ParticipationRole.PARTNER),
    ),
    sub_goals=SUB_GOALS,
    members=STEERING + PROJECT_GROUP,
    staff=STAFF,
)
