"""The risks part of the demo, written through the risks services as the demo project manager
while the projects are drafts.

- Seed 000 (Invest in Norrbotten): its six risks as written, with the consequence words kept
  as the document has them and read into an impact level; the document gives no likelihood,
  so likelihood stays "not yet assessed". Strategies are kept as written.
- Seed 003 (Kreativ region): its risk section is prose with no risk that can honestly be
  given a likelihood, impact or response, so it is kept as the register's text, summarised.

A project that already has risks or a risk text is left alone.
"""

from django.db import transaction

from portal.models import User
from projects.demo.people import MANAGER
from projects.models import Project
from risks.models import ProgrammeRiskRules, Risk, RiskRegister
from risks.scales import impact_from_words
from risks.services.risks import RiskInput, add_risk, save_register_text

RULES = {
    "interreg-sverige-norge-2007-2013": {"requires_analysis": True},
    "kongsbergregionen-regionalt-program": {"requires_analysis": True},
}

SEVERE, NEGATIVE = "Allvarlig negativ konsekvens.", "Negativ konsekvens."

INVEST_IN_NORRBOTTEN = [
    ("Förankringsarbetet ej konsistent genomfört – förväntningar, engagemang etc ej i fas. "
     "Otydlig relation mellan lokala avnämare och övergripande projektägare/-ledning.",
     SEVERE,
     "- Fortsätta diskussioner och \"planeeringsarbete\" mellan parterna i väntan på beslut.\n"
     "- Kickoff vid positivt beslut där förväntningar, roller och ansvar dokumenteras och "
     "skrivs under.\n"
     "- Kontinuerlig uppföljning av förankringen under hela projektet.", ""),
    ("Konkurrens mellan projektet och befintliga regionala näringslivsorganisationer och "
     "projekt.", SEVERE,
     "- Projektägare/huvudmän ansvarar för att klargöra projektets roll och position i "
     "förhållande till andra projekt och verksamheter – dvs visa behovet och förtydliga "
     "gränssnitten.\n"
     "- Kontinuerlig informationsgivning projektet igenom för att undvika dubbelarbete och "
     "konflikter.", "Projektägare/huvudmän"),
    ("Oförmåga att visa på och kommunicera erbjudanden och möjligheter och att analysera och "
     "tillfredsställa etablerares behov.", SEVERE,
     "- Se till att vi blir en del av Sverige-bilden genom att bli än mer aktiva gentemot "
     "nationella aktörer som bland andra Invest in Sweden Agency (ISA)", ""),
    ("Politiska beslut som begränsar resurser, etableringsvilja etc.", NEGATIVE,
     "- Proaktiv, kontinuerlig omvärldsbevakning, analys och strategi som bas för "
     "projektprocessen. Flexibel management och handlingsplan. Uppföljning av riskanalys och "
     "utfall, revidering vid behov.", ""),
    ("Enskild lokal nivå (kommun) som upplever att projektet inte ger dem vad de förväntat "
     "sig", NEGATIVE,
     "- Öppen dialog med parten kring nya arbetssätt för att säkerställa att rätt insatser "
     "och arbete görs", ""),
    ("Allmän eller branschspecifik konjunkturnedgång.", NEGATIVE,
     "- Proaktiv, kontinuerlig omvärldsbevakning, analys och strategi som bas för "
     "projektprocessen. Flexibel management och handlingsplan. Uppföljning av riskanalys och "
     "utfall, revidering vid behov.", ""),
]

KREATIV_REGION_TEXT = """\
Ansökan beskriver sina risker i löpande text, utan sannolikhet, konsekvens eller hantering \
per risk. Sammanfattning:

- Projektet "spänner bågen": målen är högt ställda och utmaningarna många, vilket i sig gör \
riskerna större. Höga mål ses ändå som nödvändiga för att regionerna ska klara konkurrensen \
om kompetens och invånare.
- Konkurrensen är hård, och större städer har fördelar som inte går att bortse från.
- Projektet prövar nya, oprövade metoder, vilket innebär stor osäkerhet.
- Projektet bygger på att det lyckas utveckla kommunikativa metoder som når målgruppen, i \
ett informationssamhälle där många regioner och städer satsar stort på marknadsföring.

Förutsättningarna bedöms ändå som goda: regionerna har redan bra boende-, livs- och \
arbetsmiljöer som behöver göras kända, och organisationerna har under tre år byggt upp ett \
väl fungerande samarbete. Lyckas projektet finns ett koncept som andra regioner av samma \
slag kan använda."""


def _note(consequence: str, level: int) -> str:
    return (f"Konsekvensnivå {level} är läst ur dokumentets ord ”{consequence.rstrip('.')}”; "
            "dokumentet anger ingen sannolikhet, så den är inte bedömd.")


def application(projects: dict[str, Project]) -> None:
    with transaction.atomic():
        manager = User.objects.get(username=MANAGER.username)
        for project in projects.values():
            if project.programme.slug in RULES:
                ProgrammeRiskRules.objects.get_or_create(
                    programme=project.programme, defaults=RULES[project.programme.slug])
        project = projects.get("invest-in-norrbotten")
        if project is not None and not Risk.objects.filter(project=project).exists():
            for title, consequence, strategy, owner in INVEST_IN_NORRBOTTEN:
                level = impact_from_words(consequence)
                add_risk(project=project, actor=manager, data=RiskInput(
                    title=title, impact=level, likelihood=None, consequence=consequence,
                    mitigation=strategy, owner=owner, note=_note(consequence, level)))
        project = projects.get("kreativ-region-2020")
        if project is not None and not RiskRegister.objects.filter(project=project).exists():
            save_register_text(project=project, actor=manager, text=KREATIV_REGION_TEXT)
