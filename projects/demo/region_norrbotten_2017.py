"""Seed 002: Region Norrbotten's report to the government on its regional development
responsibility in 2017 (Återrapportering 1-7): the funding body's own portfolio.

Loaded as a delivered report. The OCR lost the Swedish letters; the texts here have them.
"""

from datetime import date

from projects.demo import organisations as org
from projects.demo.base import Goal, ProjectSeed
from projects.models import HorizontalRating, ParticipationRole
from projects.models import ProjectStatus as Status

SUMMARY = """\
Region Norrbotten redovisar här sitt första år som regionalt utvecklingsansvarig, enligt \
regeringens promemoria av 2017-11-23. Rapporten beskriver arbetet med regional tillväxt, \
samverkan med Länsstyrelsen, jämställd regional tillväxt, lärande, näringslivets \
digitalisering, kommersiell service och handlingsplanen för klimat och miljö.

Beviljade projektmedel ur anslaget 1:1 under 2017, per fokusområde:

| Klassificering | Andel | Beviljat belopp (kr) |
|---|---:|---:|
| 1. Skärningspunkter mellan fokusområden | 5 % | 4 773 357 |
| 2. Teknik- och tjänsteutveckling inom industrin | 12 % | 10 267 744 |
| 3. Test- och övningsverksamhet | 1 % | 525 000 |
| 4. Energi- och miljöteknik/cleantech | 8 % | 6 696 504 |
| 5. Digitala tjänstenäringar | 3 % | 3 022 100 |
| 6. Kulturella och kreativa näringar | 26 % | 22 849 447 |
| 7. Allmänna tillväxtfrämjande insatser | 46 % | 40 206 690 |
| **Totalt** | | **88 340 842** |
"""

BACKGROUND = """\
Region Norrbotten har haft det regionala utvecklingsansvaret sedan den 1 januari 2017. Det \
som landstinget tidigare gjorde inom regional utveckling har vävts samman med de nya \
uppdragen. Vid övergången skulle företag, projektägare och samarbetspartner påverkas så lite \
som möjligt; handläggningstiderna blev något längre den första månaden men återgick sedan \
till tidigare nivå.

Arbetet styrs av den regionala utvecklingsstrategin för hållbar framtid i Norrbotten 2020 \
(RUS), som i stort stämmer med den nationella strategin för hållbar regional tillväxt och \
attraktionskraft 2015–2020. RUS har fem prioriterade områden: livsmiljöer, innovation och \
förnyelse, tillgänglighet, kompetensförsörjning och ökat arbetskraftsutbud samt strategiskt \
gränsöverskridande samarbete. Arbetet med en ny RUS började under året och väntas vara klart \
för beslut första halvåret 2019.

Den regionala innovationsstrategin pekar ut fokusområden för smart specialisering: \
skärningspunkter mellan fokusområdena (som metod), teknik- och tjänsteutveckling inom \
industrin, test- och övningsverksamhet, energi- och miljöteknik/cleantech, digitala \
tjänstenäringar samt kulturella och kreativa näringar.
"""

PURPOSE = """\
Att återrapportera till regeringen hur Region Norrbotten under 2017 har fullgjort det \
regionala utvecklingsansvaret: samordnat det regionala tillväxtarbetet och använt anslaget \
1:1 Regionala tillväxtåtgärder (utgiftsområde 19) till projekt- och företagsstöd.
"""

MAIN_GOAL = """\
En effektiv och resultatinriktad regional tillväxtpolitik i Norrbotten med ett ekonomiskt, \
socialt och miljömässigt hållbart perspektiv, genomförd i brett partnerskap enligt den \
regionala utvecklingsstrategin (RUS).
"""

EXPECTED_RESULTS = """\
**Projektstöd:** 88 340 842 kr beviljades ur anslaget 1:1, fördelat per fokusområde enligt \
tabellen i sammanfattningen. 46 % gick till allmänna tillväxtfrämjande insatser, till exempel \
djuphamnen i Piteå och en inflyttningslots i Gällivare.

**Regionala företagsstöd 2017:**

- 169 ansökningar, varav 138 beviljade
- beviljade stöd totalt 85 miljoner kr, motsvarande investeringar på 280 miljoner kr
- 88 % av stödet till stödområde A; mest stöd till företag i Överkalix, Kalix, Älvsbyn och \
Arjeplog
- tillverkningsindustri, besöksnäring och biltest fick tillsammans 87 % av medlen
- 13 livsmedelsföretag fick sammanlagt 5 miljoner kr (investeringar 15 miljoner kr, 27 väntade \
nya jobb, varav 12 för kvinnor)
- väntad sysselsättningsökning 392 arbetstillfällen, 48 % för kvinnor och 52 % för män
- företagen leds av en kvinna i 29 %, av en man i 56 % och med delat ledarskap i 15 % av fallen
- 75 fysiska uppföljningsbesök; samtliga 14 kommuner besöktes

**Kommersiell service:** servicebidrag 1 219 580 kr till 9 butiker, hemsändningsbidrag \
1 633 346 kr till kommunerna (avser 2015 och 2016) och särskilt driftstöd 5 640 313 kr till \
33 butiker.

**Klimat och miljö:** av handlingsplanens 12 aktiviteter har 9 påbörjats och 3 inte påbörjats.
"""

TARGET_GROUPS = """\
Regeringen, som tar emot återrapporteringen. Verksamheten riktar sig till företag, \
projektägare, kommuner och övriga aktörer i det regionala tillväxtarbetet i Norrbottens 14 \
kommuner.
"""

ORGANISATION = """\
Region Norrbotten är regionalt utvecklingsansvarig och leder, samordnar och följer upp \
arbetet med RUS i ett brett partnerskap. Viktiga forum och samarbeten:

- **Tillväxtberedningen** – Region Norrbottens och kommunernas gemensamma beredning i \
regionala tillväxtfrågor
- **Länsstyrelsen i Norrbottens län** – samverkan om strukturfonderna, integration, hållbar \
turism, bredband, service på landsbygden och klimat- och miljöfrågor
- **Luleå tekniska universitet** – bland annat i samverkansprojektet Regional förnyelse \
tillsammans med Länsstyrelsen
- **Regionala kompetensförsörjningsrådet** – en tjänstemannagrupp med bland andra \
Arbetsförmedlingen, utbildningsaktörer, collegesamverkan, Länsstyrelsen och kommuner
- **Fondsamverkan Övre Norrland (FON)**
"""

METHOD = """\
Region Norrbotten prövar ansökningar om projekt- och företagsstöd, medfinansierar EU-projekt \
(bland annat inom Interreg Nord och Kolarctic CBC 2014–2020), driver egna projekt och \
följer upp genom löpande rapportering av status och ekonomi. Lärandet bygger på partnerskap, \
nätverk och besök: alla kommuner besöks en till två gånger om året, och regelbundna rapporter \
om beviljade stöd, fördelning inom länet, väntad sysselsättning och företagsledarnas kön går \
till regionutvecklingsutskottet. Projekt ska vara jämställdhetsintegrerade för att få stöd.
"""

DELIMITATION = """\
Rapporten omfattar Region Norrbottens regionala utvecklingsuppdrag under kalenderåret 2017. \
Investeringsstöden till kommersiell service handläggs från 2017 av Länsstyrelsen inom \
landsbygdsprogrammet och ingår inte.
"""

REGIONAL_BUSINESS = """\
- **Smart industri:** en kartläggning av industrins digitalisering visade att 66 % av de \
anställda hanterar datorer och vanliga program obehindrat, 33 % har problem och 11 % av \
verksamhetsledarna säger att ingen i verksamheten klarar det.
- **Datacenter:** forskningscentret SICS North i Luleå och ICE Modul 2; samarbetet The Node \
Pole har sålts till Vattenfall och Skellefteå Kraft.
- **Besöksnäringen:** 4 068 årsverken i Swedish Lapland 2016 och en sysselsättningsökning på \
9,35 % jämfört med 2015.
- **Företagsstöd:** dialog med Almi, Norrlandsfonden, Finansinvest, Skatteverket och \
kontrollanter; 287 företag träffades under året.
"""

OTHER_PROJECTS = """\
Exempel på projekt som nämns i rapporten:

- Norrbottens innovationssystem (NIS), Interactive Innovation, Design IT, RISE-noden i Luleå \
och Umeå, Arctic Solar – Solel i norra Sverige, C3TS – Arctic platform
- Destination Capacity Building och Visit Arctic Europe (Swedish Lapland Visitors Board)
- Regional förnyelse, Smarta Hållbara Byar, Platsutveckling Kiruna under omvandling, På väg \
mot jämställda kommuner, Haraholmens logistikcentrum i Piteå hamn, Tillväxtspår med \
Norrbotniabanan 2017–2020, Yh Nord och Service som en process i regionen
"""

DISSEMINATION = """\
Rapporten lämnas till regeringen. Region Norrbotten sprider kunskap genom sina nätverk och \
plattformar, bland annat Reglab, Tillväxtverkets erfarenhetsutbyten, tillväxtkonferensen om \
RUS, utbildningen av regionfullmäktige och rapporterna från Regional förnyelse.
"""

EVALUATION = """\
Uppföljning av RUS och den nationella strategin sker genom kvartals- och årsredovisning, \
ekonomisk uppföljning av anslaget och den årliga rapporteringen till regeringen. Region \
Norrbotten deltar i Reglabs lärprojekt Regionala resultat och i Tillväxtverkets arbete med \
ett nytt uppföljningssystem för anslaget 1:1 och referensgruppen för NYPS 2020. Uppföljningen \
av anslaget 1:1 utvecklas för att visa hur prioriteringarna påverkar kvinnor och män med \
olika bakgrund.
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
        "Handlingsplanen för jämställd regional tillväxt vilar på jämställt arbetsliv, "
        "jämställt näringsliv och jämställt ledningsarbete. Företag i åtta av länets fjorton "
        "kommuner fick kunskapsstöd, tre företagsfrämjare (Almi Företagspartner, "
        "Hushållningssällskapet och LTU Business) fick fördjupat processtöd, och en "
        "genusvetenskaplig analys av RUS presenterades för 250 deltagare."
    ),
    "equal_opportunities_rating": HorizontalRating.ACTIVE,
    "equal_opportunities": (
        "Region Norrbotten medverkar i Länsstyrelsens projekt Integration och tillväxt och "
        "har en intern arbetsgrupp för integration. Efter #metoo begärde regionen en "
        "redovisning från kulturorganisationerna och samlade länets 25 största arbetsgivare. "
        "Informationsinsatser riktades till entreprenörer med utländsk bakgrund."
    ),
    "environment_rating": HorizontalRating.ACTIVE,
    "environment": (
        "En regional handlingsplan för att integrera klimat- och miljöperspektiven i det "
        "regionala tillväxtarbetet 2017–2020 har tagits fram med Energikontor Norr och "
        "Länsstyrelsen; 9 av 12 aktiviteter har påbörjats."
    ),
}

SUB_GOALS = (
    Goal("Återrapportering 1 – sammanfattning av verksamhet inom regional tillväxt",
         "Innovation och företagande, attraktiva livsmiljöer och tillgänglighet, "
         "kompetensförsörjning, internationellt samarbete och redovisning av använda medel."),
    Goal("Återrapportering 2 – samverkan med länsstyrelsen",
         "Strukturfonderna, integration, kompetensförsörjningsrådet, hållbar turism, "
         "bredband, service på landsbygden och klimatfrågor."),
    Goal("Återrapportering 3 – jämställd regional tillväxt",
         "Handlingsplanen 2017–2018 med jämställt arbetsliv, näringsliv och ledningsarbete."),
    Goal("Återrapportering 4 – strategiskt och långsiktigt arbete med lärande",
         "Partnerskap, uppföljning av anslaget 1:1, Reglab och Regional förnyelse."),
    Goal("Återrapportering 6 – näringslivets digitalisering",
         "Smart industri och den regionala digitaliseringsagendan 2017–2019."),
    Goal("Återrapportering 7 – kommersiell service",
         "Servicebidrag, hemsändningsbidrag, särskilt driftstöd och regional serviceplan."),
    Goal("Pågående uppdrag – klimat och miljö i det regionala tillväxtarbetet 2017–2020",
         "Handlingsplan framtagen; 9 av 12 aktiviteter påbörjade."),
)

SOURCE_NOTES = """\
- **Fokusområdestabellen:** beloppen summerar exakt till 88 340 842 kr, men de avrundade \
andelarna (5+12+1+8+3+26+46) blir 101 %. Exakta andelar: 5,40 / 11,62 / 0,59 / 7,58 / 3,42 / \
25,87 / 45,51 %.
- **Besöks- och biltestnäringen:** andelen företag som beviljats stöd anges till 32 % i \
avsnittet om internationellt samarbete men 33 % i redovisningen av använda medel.
- **Företagsträffar:** "ca 287 företag, fördelat på ca 164 kvinnor och ca 253 män" – 164 + 253 \
= 417, inte 287; troligen räknas personer, inte företag.
- **Antal kommuner:** rapporten säger att länet har 14 kommuner men beskriver Destination \
Capacity Building med "regionens 16 kommuner/lokala destinationsorganisationer".
- **Numreringen** hoppar från Återrapportering 4 till 6; någon Återrapportering 5 finns inte.
- **Årtal:** rapporten för 2017 beskriver arbete "under 2018" (kompetensförsörjningen) och \
säger att OECD-studien "publiceras i början av 2017".
- **Två slags stöd:** de 85 miljoner kr i företagsstöd är skilda från de 88 340 842 kr i \
projektstöd; båda redovisas.
- Texten kommer från OCR som tappat å, ä och ö; bokstäverna är återställda i demotexterna.
"""

SEED = ProjectSeed(
    slug="region-norrbotten-2017",
    title="Region Norrbottens återrapportering 2017 – regionalt utvecklingsansvar",
    programme="regionala-utvecklingsmedel-norrbotten",
    owner=org.REGION_NORRBOTTEN,
    start=date(2017, 1, 1),
    end=date(2017, 12, 31),
    status=Status.FINAL_REPORT_SUBMITTED,
    texts=TEXTS,
    source_notes=SOURCE_NOTES,
    participants=(
        (org.LANSSTYRELSEN_NORRBOTTEN, ParticipationRole.PARTNER),
        (org.LTU, ParticipationRole.PARTNER),
    ),
    sub_goals=SUB_GOALS,
)
