"""The starting catalogue: the EU common indicators of 2021–2027 and 2014–2020 that regional
projects report on, and the national ones the seed documents use. Administrators edit them
afterwards in the admin; this migration only creates what is missing.

Names and units follow the regulations' texts. English is the regulations' English text.
Swedish is the Swedish language version, or for 2014–2020 Tillväxtverket's wording; where
that wording could not be checked here the translation note says so. The regulations have no
Norwegian text: the Norwegian names are the portal's own translations, which every entry's
note says.
"""

from django.db import migrations

EU_2021 = "eu_2021_2027"
EU_2014 = "eu_2014_2020"
NATIONAL = "national"

ERDF_2021 = "Förordning (EU) 2021/1058, bilaga I"
INTERREG_2021 = ("Förordning (EU) 2021/1058, bilaga I (Interregspecifika indikatorer, som "
                 "Interregprogrammen använder enligt förordning (EU) 2021/1059, artikel 16)")
ERDF_2014 = "Förordning (EU) nr 1301/2013, bilaga I"
ETC_2014 = "Förordning (EU) nr 1299/2013, bilaga (Europeiskt territoriellt samarbete)"

NB_NOTE = "Forordningen finnes ikke på norsk; det norske navnet er portalens oversettelse."
SV_UNCHECKED = ("Den svenska benämningen är portalens återgivning och har inte kunnat "
                "stämmas av mot förordningens svenska språkversion; kontrollera mot EUR-Lex.")
SV_TVV_UNCHECKED = ("Den svenska benämningen är portalens återgivning och har inte kunnat "
                    "stämmas av mot Tillväxtverkets indikatorlista; kontrollera där.")

UNITS = {
    "enterprises": ("företag", "foretak", "enterprises"),
    "fte": ("årliga heltidsekvivalenter", "årsverk", "annual FTEs"),
    "fte14": ("heltidsekvivalenter", "årsverk", "full time equivalents"),
    "euro": ("euro", "euro", "euro"),
    "research_orgs": ("forskningsorganisationer", "forskningsorganisasjoner",
                      "research organisations"),
    "enterprises_year": ("företag/år", "foretak/år", "enterprises/year"),
    "participations": ("deltaganden", "deltakelser", "participations"),
    "strategies": ("strategier/handlingsplaner", "strategier/handlingsplaner",
                   "strategy/action plan"),
    "pilots": ("pilotåtgärder", "pilottiltak", "pilot actions"),
    "agreements": ("rättsliga eller administrativa avtal", "juridiske eller administrative avtaler",
                   "legal or administrative agreements"),
    "organisations": ("organisationer", "organisasjoner", "organisations"),
    "events": ("evenemang", "arrangementer", "events"),
    "solutions": ("lösningar", "løsninger", "solutions"),
    "persons": ("personer", "personer", "persons"),
    "jobs": ("arbetstillfällen", "arbeidsplasser", "jobs"),
}

# code, source, kind, unit, (sv, nb, en), counting, gender split, portfolio measure,
# definition, extra translation note, covers, “new” years
CATALOGUE = [
    # 2021–2027, policy objective 1 ------------------------------------------------------
    ("RCO01", EU_2021, "output", "enterprises",
     ("Företag som får stöd (varav: mikroföretag, små, medelstora och stora företag)",
      "Foretak som mottar støtte (herav: mikro-, små, mellomstore og store foretak)",
      "Enterprises supported (of which: micro, small, medium, large)"),
     "once", False, "enterprises",
     "Företag som får ekonomiskt eller annat stöd. Varje företag räknas en gång, även om det "
     "får flera slags stöd; RCO01 omfattar därför företagen i RCO02, RCO03, RCO04 och RCO05. "
     "Uppdelningen på storlek följer kommissionens rekommendation 2003/361/EG.",
     SV_UNCHECKED, ["RCO02", "RCO03", "RCO04", "RCO05"], None),
    ("RCO02", EU_2021, "output", "enterprises",
     ("Företag som får stöd genom bidrag", "Foretak som mottar støtte gjennom tilskudd",
      "Enterprises supported by grants"),
     "once", False, "", "Företag som får stöd i form av bidrag. Varje företag räknas en gång.",
     SV_UNCHECKED, [], None),
    ("RCO03", EU_2021, "output", "enterprises",
     ("Företag som får stöd genom finansieringsinstrument",
      "Foretak som mottar støtte gjennom finansielle instrumenter",
      "Enterprises supported by financial instruments"),
     "once", False, "", "Företag som får lån, garantier eller riskkapital genom ett "
     "finansieringsinstrument. Varje företag räknas en gång.", SV_UNCHECKED, [], None),
    ("RCO04", EU_2021, "output", "enterprises",
     ("Företag som får icke-finansiellt stöd", "Foretak som mottar ikke-finansiell støtte",
      "Enterprises with non-financial support"),
     "once", False, "", "Företag som får stöd som inte är pengar, till exempel rådgivning, "
     "coachning eller utbildning. Varje företag räknas en gång.", SV_UNCHECKED, [], None),
    ("RCO05", EU_2021, "output", "enterprises",
     ("Nystartade företag som får stöd", "Nyetablerte foretak som mottar støtte",
      "New enterprises supported"),
     "once", False, "", "Företag som är nya när de får stöd. Portalen räknar ett företag som "
     "nytt om det grundades mindre än tre år före projektets start, som för CO05; "
     "kommissionens metodbeskrivning för 2021–2027 kan räkna från stödtillfället – "
     "kontrollera mot programmets anvisning.", SV_UNCHECKED, [], 3),
    ("RCO07", EU_2021, "output", "research_orgs",
     ("Forskningsorganisationer som deltar i gemensamma forskningsprojekt",
      "Forskningsorganisasjoner som deltar i felles forskningsprosjekter",
      "Research organisations participating in joint research projects"),
     "once", False, "", "Forskningsorganisationer som deltar i ett forskningsprojekt "
     "tillsammans med andra. Varje organisation räknas en gång.", SV_UNCHECKED, [], None),
    ("RCO10", EU_2021, "output", "enterprises",
     ("Företag som samarbetar med forskningsorganisationer",
      "Foretak som samarbeider med forskningsorganisasjoner",
      "Enterprises cooperating with research organisations"),
     "once", False, "", "Företag som samarbetar med en forskningsorganisation i ett projekt "
     "som får stöd. Varje företag räknas en gång.", SV_UNCHECKED, [], None),
    ("RCO15", EU_2021, "output", "enterprises",
     ("Skapad kapacitet för inkubation", "Inkubasjonskapasitet som er etablert",
      "Capacity of incubation created"),
     "summed", False, "", "Hur många företag de inkubatorer som får stöd kan ta emot samtidigt, "
     "i ny eller utökad kapacitet.", SV_UNCHECKED, [], None),
    ("RCR01", EU_2021, "result", "fte",
     ("Arbetstillfällen som skapats i enheter som får stöd",
      "Arbeidsplasser skapt i enheter som mottar støtte",
      "Jobs created in supported entities"),
     "summed", False, "jobs", "Nya arbetstillfällen, räknade i årliga heltidsekvivalenter, "
     "som skapats i de enheter som får stöd och som inte hade funnits utan stödet.",
     SV_UNCHECKED, [], None),
    ("RCR02", EU_2021, "result", "euro",
     ("Privata investeringar som matchar offentligt stöd (varav: bidrag, "
      "finansieringsinstrument)",
      "Private investeringer som motsvarer offentlig støtte (herav: tilskudd, finansielle "
      "instrumenter)",
      "Private investments matching public support (of which: grants, financial instruments)"),
     "summed", False, "", "Den privata delen av investeringarna i de projekt som får stöd, i "
     "euro.", SV_UNCHECKED, [], None),
    ("RCR03", EU_2021, "result", "enterprises",
     ("Små och medelstora företag som inför produkt- eller processinnovationer",
      "Små og mellomstore bedrifter som innfører produkt- eller prosessinnovasjon",
      "Small and medium-sized enterprises (SMEs) introducing product or process innovation"),
     "once", False, "", "Små och medelstora företag som får stöd och som inför minst en ny "
     "eller väsentligt förbättrad produkt eller process. Varje företag räknas en gång.",
     SV_UNCHECKED, [], None),
    ("RCR04", EU_2021, "result", "enterprises",
     ("Små och medelstora företag som inför marknadsförings- eller organisationsinnovationer",
      "Små og mellomstore bedrifter som innfører markedsførings- eller "
      "organisasjonsinnovasjon",
      "SMEs introducing marketing or organisational innovation"),
     "once", False, "", "Små och medelstora företag som får stöd och som inför en ny metod för "
     "marknadsföring eller organisation. Varje företag räknas en gång.", SV_UNCHECKED, [],
     None),
    ("RCR13", EU_2021, "result", "enterprises",
     ("Företag som når en hög digital intensitet", "Foretak som når høy digital intensitet",
      "Enterprises reaching high digital intensity"),
     "once", False, "", "Företag som får stöd och som efter stödet når hög digital intensitet "
     "enligt EU:s index för digital intensitet.", SV_UNCHECKED, [], None),
    ("RCR18", EU_2021, "result", "enterprises_year",
     ("Små och medelstora företag som använder inkubatortjänster efter det att inkubatorn "
      "inrättats",
      "Små og mellomstore bedrifter som bruker inkubatortjenester etter at inkubatoren er "
      "etablert",
      "SMEs using incubator services after incubator creation"),
     "per_period", False, "", "Små och medelstora företag som använder tjänsterna i en "
     "inkubator som fått stöd, räknat per år.", SV_UNCHECKED, [], None),
    ("RCR25", EU_2021, "result", "enterprises",
     ("Små och medelstora företag med högre förädlingsvärde per anställd",
      "Små og mellomstore bedrifter med høyere verdiskaping per ansatt",
      "SMEs with higher value added per employee"),
     "once", False, "", "Små och medelstora företag som får stöd och vars förädlingsvärde per "
     "anställd har ökat efter stödet.", SV_UNCHECKED, [], None),
    ("RCR102", EU_2021, "result", "fte",
     ("Forskningsarbetstillfällen som skapats i enheter som får stöd",
      "Forskerstillinger skapt i enheter som mottar støtte",
      "Research jobs created in supported entities"),
     "summed", False, "", "Nya arbetstillfällen inom forskning, i årliga heltidsekvivalenter, "
     "i de enheter som får stöd.", SV_UNCHECKED, [], None),
    # 2021–2027, Interreg ----------------------------------------------------------------
    ("RCO81", EU_2021, "output", "participations",
     ("Deltagande i gemensamma gränsöverskridande åtgärder",
      "Deltakelse i felles grenseoverskridende tiltak",
      "Participations in joint actions across borders"),
     "summed", False, "", "Deltaganden i åtgärder som genomförs gemensamt över gränsen; en "
     "person som deltar i två åtgärder räknas två gånger.", SV_UNCHECKED, [], None),
    ("RCO82", EU_2021, "output", "participations",
     ("Deltagande i gemensamma åtgärder som främjar jämställdhet, lika möjligheter och social "
      "inkludering",
      "Deltakelse i felles tiltak som fremmer likestilling, like muligheter og sosial "
      "inkludering",
      "Participations in joint actions promoting gender equality, equal opportunities and "
      "social inclusion"),
     "summed", False, "", "Deltaganden i gemensamma åtgärder vars syfte är jämställdhet, lika "
     "möjligheter eller social inkludering.", SV_UNCHECKED, [], None),
    ("RCO83", EU_2021, "output", "strategies",
     ("Gemensamt utarbetade strategier och handlingsplaner",
      "Felles utarbeidede strategier og handlingsplaner",
      "Strategies and action plans jointly developed"),
     "summed", False, "", "Strategier och handlingsplaner som partner från båda sidor av "
     "gränsen tagit fram tillsammans i projektet.", SV_UNCHECKED, [], None),
    ("RCO84", EU_2021, "output", "pilots",
     ("Pilotåtgärder som utarbetats och genomförts gemensamt i projekt",
      "Pilottiltak utviklet i fellesskap og gjennomført i prosjekter",
      "Pilot actions developed jointly and implemented in projects"),
     "summed", False, "", "Pilotåtgärder som tagits fram och genomförts gemensamt i projektet.",
     SV_UNCHECKED, [], None),
    ("RCO85", EU_2021, "output", "participations",
     ("Deltagande i gemensamma utbildningsprogram", "Deltakelse i felles opplæringsordninger",
      "Participations in joint training schemes"),
     "summed", False, "", "Deltaganden i utbildningar som tagits fram och genomförs "
     "gemensamt över gränsen.", SV_UNCHECKED, [], None),
    ("RCO86", EU_2021, "output", "agreements",
     ("Undertecknade gemensamma administrativa eller rättsliga avtal",
      "Undertegnede felles administrative eller juridiske avtaler",
      "Joint administrative or legal agreements signed"),
     "summed", False, "", "Administrativa eller rättsliga avtal som parter på båda sidor av "
     "gränsen har undertecknat.", SV_UNCHECKED, [], None),
    ("RCO87", EU_2021, "output", "organisations",
     ("Organisationer som samarbetar över gränserna", "Organisasjoner som samarbeider over "
      "landegrensene", "Organisations cooperating across borders"),
     "once", False, "", "Organisationer som deltar i projektets gränsöverskridande samarbete. "
     "Varje organisation räknas en gång.", SV_UNCHECKED, [], None),
    ("RCO115", EU_2021, "output", "events",
     ("Gemensamt anordnade gränsöverskridande offentliga evenemang",
      "Felles organiserte grenseoverskridende offentlige arrangementer",
      "Public events across borders jointly organised"),
     "summed", False, "", "Offentliga evenemang som partner från båda sidor av gränsen "
     "anordnat tillsammans.", SV_UNCHECKED, [], None),
    ("RCO116", EU_2021, "output", "solutions",
     ("Gemensamt utarbetade lösningar", "Felles utviklede løsninger",
      "Jointly developed solutions"),
     "summed", False, "", "Lösningar (verktyg, metoder, tjänster) som tagits fram "
     "gemensamt i projektet.", SV_UNCHECKED, [], None),
    ("RCR79", EU_2021, "result", "strategies",
     ("Gemensamma strategier och handlingsplaner som organisationer har antagit",
      "Felles strategier og handlingsplaner tatt i bruk av organisasjoner",
      "Joint strategies and action plans taken up by organisations"),
     "summed", False, "", "Gemensamt utarbetade strategier och handlingsplaner som "
     "organisationer har beslutat att genomföra.", SV_UNCHECKED, [], None),
    ("RCR84", EU_2021, "result", "organisations",
     ("Organisationer som samarbetar över gränserna efter projektets slut",
      "Organisasjoner som samarbeider over landegrensene etter prosjektslutt",
      "Organisations cooperating across borders after project completion"),
     "once", False, "", "Organisationer som fortsätter samarbetet över gränsen efter att "
     "projektet avslutats.", SV_UNCHECKED, [], None),
    ("RCR85", EU_2021, "result", "participations",
     ("Deltagande i gemensamma gränsöverskridande åtgärder efter projektets slut",
      "Deltakelse i felles grenseoverskridende tiltak etter prosjektslutt",
      "Participations in joint actions across borders after project completion"),
     "summed", False, "", "Deltaganden i gemensamma gränsöverskridande åtgärder som fortsätter "
     "efter projektets slut.", SV_UNCHECKED, [], None),
    ("RCR104", EU_2021, "result", "solutions",
     ("Lösningar som organisationer har antagit eller skalat upp",
      "Løsninger tatt i bruk eller oppskalert av organisasjoner",
      "Solutions taken up or up-scaled by organisations"),
     "summed", False, "", "Gemensamt utarbetade lösningar som organisationer har börjat "
     "använda eller breddat efter projektet.", SV_UNCHECKED, [], None),
    # 2014–2020 --------------------------------------------------------------------------
    ("CO01", EU_2014, "output", "enterprises",
     ("Antal företag som får stöd", "Antall foretak som mottar støtte",
      "Productive investment: Number of enterprises receiving support"),
     "once", False, "enterprises",
     "Företag som får ekonomiskt eller annat stöd från projektet. Ett företag räknas en gång "
     "per indikator under hela projektet, oavsett hur många gånger det får stöd. CO01 omfattar "
     "företagen i CO02, CO03, CO04 och CO05.", "", ["CO02", "CO03", "CO04", "CO05"], None),
    ("CO02", EU_2014, "output", "enterprises",
     ("Antal företag som får bidrag", "Antall foretak som mottar tilskudd",
      "Productive investment: Number of enterprises receiving grants"),
     "once", False, "", "Företag som får stöd i form av bidrag. Varje företag räknas en gång.",
     SV_TVV_UNCHECKED, [], None),
    ("CO03", EU_2014, "output", "enterprises",
     ("Antal företag som får annat ekonomiskt stöd än bidrag",
      "Antall foretak som mottar annen økonomisk støtte enn tilskudd",
      "Productive investment: Number of enterprises receiving financial support other than "
      "grants"),
     "once", False, "", "Företag som får lån, garantier eller riskkapital. Varje företag "
     "räknas en gång.", SV_TVV_UNCHECKED, [], None),
    ("CO04", EU_2014, "output", "enterprises",
     ("Antal företag som får annat stöd än ekonomiskt stöd",
      "Antall foretak som mottar annen støtte enn økonomisk støtte",
      "Productive investment: Number of enterprises receiving non-financial support"),
     "once", False, "", "Företag som får stöd som inte är pengar: rådgivning, coachning, "
     "utbildning, nätverk. Varje företag räknas en gång under hela projektet.", "", [], None),
    ("CO05", EU_2014, "output", "enterprises",
     ("Antal nya företag som får stöd", "Antall nye foretak som mottar støtte",
      "Productive investment: Number of new enterprises supported"),
     "once", False, "", "Företag som inte fanns tre år före projektets start, det vill säga "
     "som grundades mindre än tre år innan projektet startade. Varje företag räknas en gång.",
     "", [], 3),
    ("CO06", EU_2014, "output", "euro",
     ("Privata investeringar som matchar offentligt stöd till företag (bidrag)",
      "Private investeringer som motsvarer offentlig støtte til foretak (tilskudd)",
      "Productive investment: Private investment matching public support to enterprises "
      "(grants)"),
     "summed", False, "", "Den privata delen av investeringarna i företag som får bidrag, i "
     "euro.", SV_TVV_UNCHECKED, [], None),
    ("CO08", EU_2014, "result", "fte14",
     ("Sysselsättningsökning i företag som får stöd",
      "Sysselsettingsvekst i foretak som mottar støtte",
      "Productive investment: Employment increase in supported enterprises"),
     "summed", False, "jobs", "Hur mycket antalet anställda, räknat i heltidsekvivalenter, "
     "har ökat i de företag som fått stöd, mellan tiden före stödet och efter projektet.", "",
     [], None),
    ("CO26", EU_2014, "output", "enterprises",
     ("Antal företag som samarbetar med forskningsinstitutioner",
      "Antall foretak som samarbeider med forskningsinstitusjoner",
      "Research, Innovation: Number of enterprises cooperating with research institutions"),
     "once", False, "", "Företag som samarbetar med en forskningsinstitution i ett projekt som "
     "får stöd. Varje företag räknas en gång.", SV_TVV_UNCHECKED, [], None),
    ("CO28", EU_2014, "output", "enterprises",
     ("Antal företag som får stöd för att introducera nya produkter på marknaden",
      "Antall foretak som får støtte til å introdusere produkter som er nye for markedet",
      "Research, Innovation: Number of enterprises supported to introduce new to the market "
      "products"),
     "once", False, "", "Företag som får stöd för att ta fram en produkt som är ny för "
     "marknaden. Varje företag räknas en gång.", SV_TVV_UNCHECKED, [], None),
    ("CO29", EU_2014, "output", "enterprises",
     ("Antal företag som får stöd för att introducera produkter som är nya för företaget",
      "Antall foretak som får støtte til å introdusere produkter som er nye for foretaket",
      "Research, Innovation: Number of enterprises supported to introduce new to the firm "
      "products"),
     "once", False, "", "Företag som får stöd för att ta fram en produkt som är ny för "
     "företaget. Varje företag räknas en gång.", SV_TVV_UNCHECKED, [], None),
    ("CO41", EU_2014, "output", "enterprises",
     ("Antal företag som deltar i gränsöverskridande, transnationella eller interregionala "
      "forskningsprojekt",
      "Antall foretak som deltar i grenseoverskridende, transnasjonale eller interregionale "
      "forskningsprosjekter",
      "Number of enterprises participating in cross-border, transnational or interregional "
      "research projects"),
     "once", False, "", "Företag som deltar i ett forskningsprojekt över gränsen inom "
     "europeiskt territoriellt samarbete. Varje företag räknas en gång.", SV_TVV_UNCHECKED, [],
     None),
    # National --------------------------------------------------------------------------
    ("NAT-DELT", NATIONAL, "output", "persons",
     ("Antal deltagare", "Antall deltakere", "Participants"),
     "summed", True, "participants",
     "Deltagare i projektets aktiviteter, fördelade på kvinnor och män. Räknas per aktivitet: "
     "den som deltar i två aktiviteter räknas två gånger. Koden är portalens egen.",
     "", [], None),
    ("NAT-JOBB", NATIONAL, "result", "jobs",
     ("Antal nya arbetstillfällen", "Antall nye arbeidsplasser", "New jobs"),
     "summed", True, "jobs",
     "Nya arbetstillfällen som projektet bidragit till, fördelade på kvinnor och män, så som "
     "regionernas återrapportering redovisar förväntade nya arbetstillfällen per kön. Koden "
     "är portalens egen.", "", [], None),
]

REFERENCES = {
    **dict.fromkeys(["RCO81", "RCO82", "RCO83", "RCO84", "RCO85", "RCO86", "RCO87", "RCO115",
                     "RCO116", "RCR79", "RCR84", "RCR85", "RCR104"], INTERREG_2021),
    "CO41": ETC_2014,
}
DEFAULT_REFERENCE = {EU_2021: ERDF_2021, EU_2014: ERDF_2014, NATIONAL: ""}


def create_catalogue(apps, schema_editor):
    Indicator = apps.get_model("indicators", "CatalogueIndicator")
    created = {}
    for position, row in enumerate(CATALOGUE):
        (code, source, kind, unit, names, counting, gender, measure, definition, note,
         _covers, new_years) = row
        unit_sv, unit_nb, unit_en = UNITS[unit]
        notes = " ".join(part for part in (note, NB_NOTE) if part)
        indicator, made = Indicator.objects.get_or_create(code=code, defaults={
            "source": source, "reference": REFERENCES.get(code, DEFAULT_REFERENCE[source]),
            "name_sv": names[0], "name_nb": names[1], "name_en": names[2],
            "unit_sv": unit_sv, "unit_nb": unit_nb, "unit_en": unit_en,
            "definition": definition, "translation_note": notes, "kind": kind,
            "gender_split": gender, "counting": counting, "portfolio_measure": measure,
            "new_enterprise_years": new_years, "position": position})
        if made:
            created[code] = indicator
    by_code = {i.code: i for i in Indicator.objects.all()}
    for code, *_rest, covers, _years in CATALOGUE:
        if code in created and covers:
            created[code].covers.add(*[by_code[c] for c in covers if c in by_code])


class Migration(migrations.Migration):
    dependencies = [("indicators", "0001_initial")]

    operations = [migrations.RunPython(create_catalogue, migrations.RunPython.noop)]
