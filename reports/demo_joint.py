"""Seed 003's joint Interreg Sverige–Norge final report: one report for both sides, written
through the report services once Kreativ region has been decided and has run.

The seed is the application (2011); it states the plan, the two budgets, the financing plans
and the result indicators, not what came of them. The texts therefore say what the project set
out to do and point to the tables, which the portal fills from the project's data (each side's
economy in its own currency, the joint total in euro, every indicator of the decision); they
claim no outcome the source does not give."""

from projects.models import Project
from reports import services

KREATIV = "kreativ-region-2020"

SUMMARY = """\
Kreativ region – "Nordens bästa inlandsregioner 2020" var ett gemensamt Interreg Sverige–Norge-\
projekt mellan Falun Borlänge-regionen och Hamarregionen från 1 maj 2011 till 31 december \
2013 (32 månader). Falun Borlänge-regionen AB var huvudprojektägare och Hamarregionen \
Utvikling svarade för genomförandet på norsk sida; projektledare var Monica Rönnlund.

Projektet skulle göra regionerna attraktiva för den kreativa klassen och forma en hållbar och \
tydlig identitet, med ledorden *Attrahera och Behålla*. Arbetet byggde på Floridamodellens \
fyra T – Talent, Tolerance, Technology och Territorial assets – och på Triple Helix, och hade \
tre delar: analys av regionernas kreativa kapacitet, insatser för livsmiljön och profilering.

Resultaten redovisas mot de nio egna resultatindikatorerna i beslutet, från minst tre nya \
metoder för regional utveckling till minst sex mötesplatser för nyinflyttade. Ekonomin \
redovisas för varje sida i dess valuta – 9 710 000 kr i den svenska budgeten och 5 250 000 NOK \
i den norska – och gemensamt i euro.
"""

ENGLISH_SUMMARY = """\
Kreativ region – "The best inland regions of the Nordic countries 2020" was a joint Interreg \
Sweden–Norway project of the Falun Borlänge region and the Hamar region, from 1 May 2011 to \
31 December 2013. Falun Borlänge-regionen AB led the project; Hamarregionen Utvikling carried \
it out on the Norwegian side.

The project set out to make both regions attractive to the creative class, building on \
Richard Florida's four Ts (Talent, Tolerance, Technology, Territorial assets) and on the \
Triple Helix model, through analysis, work on the living environment and profiling. Results \
are reported against the nine result indicators of the decision; the economy is reported in \
each side's currency (SEK 9,710,000 and NOK 5,250,000 budgeted) and jointly in euro.
"""

INDICATORS = """\
Tabellen redovisar varje indikator i beslutet med målvärdet från ansökan och det utfall som \
har registrerats i portalen. Indikatorerna hör till projektets sex resultatmål: en ny modell \
för regionalt utvecklings- och attraktivitetsarbete, ökat intresse för regionernas livsmiljöer, \
en nisch där regionerna leder, en tydlig identitet, en modell för att nyinflyttade snabbare \
kommer in i sociala sammanhang och bättre bemötande och värdskap."""

ACTIVITIES = """\
Aktiviteterna var grupperade efter de fyra T:na och regionernas kreativa förmåga: strategiskt \
omvärldsarbete och nulägesanalysen "Regionernas kreativa status", kommunikationsplan, \
seminarieserie och nätverk; "Ny karriär, nya möjligheter och nytt liv", "Ung utblick" och \
"Attraktivaste arbetsplatsen"; inflyttarnätverk, värdar för nyinflyttade och \
värdskapsutbildning; utbildning i företagsetablering på olika språk; profileringsplaner och \
regionala arrangemang. Planen och dess status står i tabellen."""

CROSS_BORDER = """\
Regionerna utvecklade gemensamma verktyg och metoder utifrån Floridamodellen, genomförde \
aktiviteter med deltagare från båda länderna, körde aktiviteter parallellt på svensk och norsk \
sida och använde varandras erfarenheter. Samarbetet byggde på det Interreg-projekt som \
organisationerna drivit tillsammans sedan våren 2008; skillnaderna mellan de svenska och norska \
systemen för regional utveckling gav grund för erfarenhetsutbyte."""

HORIZONTAL = """\
Projektet värnade jämställdhet och mångfald i sin organisation och i deltagandet, med \
representation från politik, näringsliv och forskning enligt Triple Helix. Toleransinsatserna \
– värdskap och ett öppnare klimat för nyinflyttade – var en del av projektets innehåll."""

ECONOMY = """\
Varje sida redovisar sin budget i egen valuta: den svenska budgeten om 9 710 000 kr, \
finansierad av Region Dalarna, Falun Borlänge-regionen AB, Europeiska regionala \
utvecklingsfonden och projektintäkter, och den norska budgeten om 5 250 000 NOK, finansierad \
av Regionrådet for Hamarregionen, kommunerna, Hedmark fylkeskommune och statliga IR-midler. \
Den gemensamma summan räknas om till euro med kurserna i portalens kurstabell."""

AFTER = """\
Resultaten sprids genom kommunikationsplanen, webben och sociala medier med Interregs och EU:s \
logotyper. En extern utvärderare upphandlas mot slutet av projektet, och metoderna ska kunna \
användas av andra regioner av samma slag."""

TEXTS = {
    "summary": {"summary": SUMMARY},
    "english_summary": {"english_summary": ENGLISH_SUMMARY},
    "indicators": {"indicators": INDICATORS},
    "activities": {"activities": ACTIVITIES},
    "cross_border": {"cross_border": CROSS_BORDER},
    "horizontal": {"horizontal": HORIZONTAL},
    "economy": {"economy": ECONOMY},
    "after": {"after": AFTER},
}


def write_joint_report(project: Project, manager, write) -> None:
    """The joint final report started and every section written by the manager."""
    report = services.start_final_report(project=project, actor=manager)
    write(report, manager, TEXTS)
