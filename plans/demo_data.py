"""The seed documents' time and activity plans, carried over as the documents state them:
periods, titles and counts exactly; notes written afresh in the document's language.

A work package is (title, [activity, ...]); an activity is a dict of its fields. Periods are
typed as the plans' own resolution writes them ("2008 Q3", "2019-10").
"""

Q = "quarter"
M = "month"


def act(title, start, end, description="", responsible="", deliverables=(), done=None):
    return {"title": title, "start": start, "end": end, "description": description,
            "responsible": responsible, "deliverables": list(deliverables), "done": done}


# Seed 000: Invest in Norrbotten, "Tids- och aktivitetsplan", 2008 Q3 – 2011 Q2 ------------

INVEST_NOTE = """\
Ansökans tids- och aktivitetsplan är en tabell med tid per kvartal och aktivitet, utan \
ansvarig per rad. Tabellens linjer gick förlorade när dokumentet blev text: rubrikerna i \
aktivitetskolumnen (Projektutveckling, Produktutveckling, Marknadsintroduktion, \
Marknadsföring/försäljning, Investeringsbeslut och etableringshjälp, Etablering av fortsatt \
organisation och Utvärdering) är här arbetspaket och tabellens tolv rader är aktiviteter, \
var och en med sin tid. Leveranserna är de som raderna själva nämner; deras kvartal är \
radens sista."""

INVEST_IN_NORRBOTTEN = {
    "resolution": Q, "word": "", "note": INVEST_NOTE, "meeting_rule": "",
    "packages": [
        ("Projektutveckling", [
            act("Projektetablering", "2008 Q3", "2008 Q4",
                "- Etablera styrgrupp och referensgrupp\n- Rekrytera projektteam\n"
                "- Fastställa ekonomiska rutiner\n- Påbörja kommunala kontakter"),
            act("Utveckling av strategi och nätverk", "2008 Q3", "2008 Q4",
                "- Kartlägga kommunernas behov\n- Presentera projektet för lokala aktörer\n"
                "- Uppgradera och fastställa projektplan",
                deliverables=[("Fastställd projektplan", "2008 Q4")]),
        ]),
        ("Produktutveckling", [
            act("Investeringsmöjligheter (profiler, kluster, etc)", "2008 Q4", "2009 Q3",
                "- Tillsammans med kommunerna välja profiler och utveckla roadmaps\n"
                "- Koordinera och synliggöra identifierade investeringsmöjligheter\n"
                "- Generera underlag till paketering av investeringsmöjligheter\n"
                "- Koordinera erfarenhetsutbyte av offerering och försäljning"),
            act("Kommunikationsutveckling (webb, infomaterial, etc)", "2008 Q4", "2009 Q4",
                "- Fastställa lanseringsplan\n- Utveckla kommunikationsplattform och webb\n"
                "- Sammanställa regionalt marknads- och säljmaterial som beskriver "
                "investeringsmöjligheter\n"
                "- Koordinera erfarenhetsutbyte av offerering och försäljning",
                deliverables=[("Lanseringsplan", ""), ("Kommunikationsplattform och webb", ""),
                              ("Regionalt marknads- och säljmaterial", "")]),
        ]),
        ("Marknadsintroduktion", [
            act("Regional och nationell lansering samt mindre internationell lansering",
                "2009 Q1", "2009 Q3",
                "- Koordinera presentationer av investeringsmöjligheterna för berörda "
                "nationella och regionala parter\n- Koordinera utskick, workshops"),
        ]),
        ("Marknadsföring/försäljning", [
            act("Marknadsaktiviteter (mässor, seminarier, media)", "2009 Q1", "2011 Q2",
                "- Lansera investeringsmöjligheter nationellt och internationellt på valda "
                "marknader och till valda målgrupper\n"
                "- Koordinera kommunernas erfarenhetsutbyte av offerering och försäljning"),
            act("Företagsbesök", "2009 Q1", "2011 Q2",
                "- Besöka och presentera investeringsmöjligheter för potentiella investerare "
                "enligt projektplan\n"
                "- Koordinera kommunernas erfarenhetsutbyte av offerering och försäljning"),
            act("Delegationsbesök och sightinspections", "2009 Q1", "2011 Q2",
                "- I samarbete med den kommunala nivån organisera delegationsbesök och "
                "sightinspections av investerare från bearbetade marknader enligt "
                "projektplan\n- Koordinera erfarenhetsutbyte av offerering och försäljning"),
        ]),
        ("Investeringsbeslut och etableringshjälp", [
            act("Facilitera investeringsbeslut och hjälpa till vid etablering", "2009 Q1",
                "2011 Q2"),
        ]),
        ("Etablering av fortsatt organisation", [
            act("Etablering av fortsatt organisation/verksamhet", "2011 Q1", "2011 Q2",
                "- Uppdrag\n- Finansiering"),
        ]),
        ("Utvärdering", [
            act("Slutrapport", "2011 Q2", "2011 Q2", "- Generera och distribuera slutrapport",
                deliverables=[("Slutrapport", "2011 Q2")]),
            act("Formell utvärdering", "2011 Q2", "2011 Q2",
                "- Delta i formell utvärdering av projektet och dess resultat"),
        ]),
    ],
    "milestones": [],
}


# Seed 004: Kongsberg, PLP sketch: delmål with hovedaktiviteter and the fremdriftsplan --------

KONGSBERG_NOTE = """\
Fremdriftsplanen i skissen sier bare når delmålene starter: delmål 1 fra start (oppstart \
vinter/vår 2009), delmål 2 fra 3. kvartal 2009 og delmål 3 fra 4. kvartal 2011. Ingen \
sluttidspunkt er oppgitt, så alle delmål løper her til prosjektets slutt. Skissen sier at \
aktivitetene skal tidfestes ved oppstart; hovedaktivitetene har derfor delmålets periode.

Avsnittet «Beslutningspunkter og oppfølging» definerer ingen beslutningspunkter med dato. \
De to beslutningspunktene under er lest ut av teksten og står uten dato, slik skissen \
beskriver dem."""

KONGSBERG_RULE = """\
Programkoordinator næringsliv inngår i staben til regional koordinator og rapporterer \
status til prosjektansvarlig etter nærmere avtale. Skissen fastsetter ikke hvor ofte det \
skal holdes statusmøter."""

_D1, _D2, _D3, _END = "2009 Q1", "2009 Q3", "2011 Q4", "2012 Q1"

KONGSBERG = {
    "resolution": Q, "word": "Delmål", "note": KONGSBERG_NOTE, "meeting_rule": KONGSBERG_RULE,
    "packages": [
        ("Etablere en regional enhet for næringsutvikling som skal legge til rette for "
         "samhandling og samarbeid", [
            act("Engasjere programkoordinator for næringsutvikling", _D1, _END,
                responsible="Prosjektansvarlig (regional koordinator)"),
            act("Organisere prosjektorganisasjon", _D1, _END,
                "- Etablere prosjektgruppe bestående av dedikert ressurs fra hver av "
                "kommunene"),
            act("Etablere nettverk/arena for samhandling og utvikling – eks «programråd»",
                _D1, _END),
            act("Samordning og koordinering mellom kommunene og det samordnede "
                "næringsapparatet for best mulig ressursutnyttelse", _D1, _END,
                "- Utarbeide plan for, og gjennomføre samarbeidet",
                deliverables=[("Plan for samarbeidet", "")]),
        ]),
        ("Gjennomføre tiltak som fremmer næringsutvikling i Kongsbergregionen", [
            act("Utvikling av «strategisk næringsplan» for Kongsbergregionen", _D2, _END,
                deliverables=[("Strategisk næringsplan", "")]),
            act("Implementering av «strategisk næringsplan» for Kongsbergregionen i kommunene "
                "og i næringslivet", _D2, _END),
            act("Bidra i profileringen av Kongsbergregionen som attraktiv næringsregion", _D2,
                _END),
            act("Være ressursgruppe for og bidra til en forsterket fellesinnsats i de "
                "prioriterte satsningsområder og prosjekter i regi av Kongsbergregionen", _D2,
                _END),
            act("Initiere/foreslå/støtte opp om aktuelle næringsrettede fellessatsninger og "
                "infrastruktur/kommunikasjoner til nytte for næringslivet i regionen", _D2,
                _END),
            act("Etablere arenaer og møteplasser for samordning, samarbeid og koordinering "
                "mellom kommunene og næringslivet i regionen", _D2, _END),
            act("Bidra med kompetanse fra samordnet næringsapparat overfor den enkelte "
                "kommune i regionen – utvikle «vertskapsrollen»", _D2, _END),
            act("Inngå i, og utvikle nye, strategiske partnerskap/allianser som kan støtte opp "
                "under regionens målsettinger for næringsutvikling", _D2, _END),
        ]),
        ("Berede en eventuell permanent videreføring", [
            act("Utarbeide gevinstplan", _D3, _END, deliverables=[("Gevinstplan", "")]),
            act("Evaluering av samordnet næringsapparat", _D3, _END),
            act("Foreslå eventuelt permanent videreføring både mht funksjon og organisasjon",
                _D3, _END),
        ]),
    ],
    "milestones": [
        ("decision_point", "Endelig prosjektplan", None,
         "Skissen skal suppleres på åpne punkter og aktivitetene tidfestes ved oppstart; "
         "kostnads- og finansieringsbudsjett og kontrakter konkretiseres i endelig "
         "prosjektplan. Skissen gir ingen dato."),
        ("decision_point", "Eventuell permanent videreføring", 3,
         "Delmål 3 ender i et forslag om eventuell permanent videreføring av det samordnede "
         "næringsapparatet, både funksjon og organisasjon. Skissen gir ingen dato."),
    ],
}


# Seed 003: Kreativ region, activities by the 4T areas within 2011-05 – 2013-12 ---------------

KREATIV_NOTE = """\
Tid- och aktivitetsplanen låg i en bilaga ("Se bilaga") som inte följer med dokumentet. \
Aktiviteterna står därför över hela projektperioden 1 maj 2011 – 31 december 2013, utom den \
årliga nationella konferensen, som enligt texten startar 2013. Aktiviteterna är grupperade \
efter Floridamodellens fyra T – Talent, Tolerance, Technology och Territorial assets – och \
insatserna för regionernas kreativa förmåga (analys och omvärldsarbete), som ansökan \
beskriver först, står som ett eget insatsområde."""

_S, _E = "2011-05", "2013-12"

KREATIV_REGION = {
    "resolution": M, "word": "Insatsområde", "note": KREATIV_NOTE, "meeting_rule": "",
    "packages": [
        ("Insatser för regionernas kreativa förmåga", [
            act("Strategiskt omvärldsarbete", _S, _E,
                "En fördjupad omvärlds- och framtidskarta över faktorer, trender och "
                "osäkerheter som påverkar regionernas attraktionskraft för den kreativa "
                "klassen, med erfarenhetsutbyte mellan regionerna."),
            act("Fördjupad analys av nuläget – ”Regionernas kreativa status”", _S, _E,
                "Hur regionerna kan attrahera den kreativa klassen, hur attraktiva de är "
                "jämfört med andra regioner i Sverige, Norge och Europa, och vilka styrkor och "
                "svagheter de har."),
            act("Kommunikationsplan", _S, _E,
                "Hur resultaten sprids, används, dokumenteras och utvärderas.",
                deliverables=[("Kommunikationsplan", "")]),
            act("Seminarieserie", _S, _E,
                "Seminarier i regionerna med erfarenhetsutbyte, om den kreativa klassen och "
                "andra regioners arbete med attraktionskraft."),
            act("Nätverk – ”Kreativ region 2020”", _S, _E,
                "Ett nätverk i vardera regionen för unga entreprenörer och politiker."),
        ]),
        ("Talent – insatser för att locka talanger", [
            act("”Ny karriär, nya möjligheter och nytt liv”", _S, _E,
                "Besök tillsammans med näringslivet i städer utanför regionerna där de "
                "efterfrågade kompetenserna bor."),
            act("”Ung utblick”", _S, _E,
                "Ungdomar besöker företag och får veta mer om arbetsmarknaden i båda "
                "regionerna; uppsatser tillsammans med näringslivet, i samarbete med UNISKA."),
            act("”Attraktivaste arbetsplatsen”", _S, _E,
                "Tävlingarna ”Dalarnas Attraktivaste Arbetsplats” och ”Hamarregionens "
                "Attraktivaste Arbetsplats” med seminarier och föreläsningar, i samarbete "
                "med Högskolan Dalarnas ”Tema Arbetsliv”."),
            act("Årlig nationell konferens om attraktiva arbetsplatser", "2013-01", _E,
                "Med start 2013, i vardera landet; bland andra Högskolan Dalarna och "
                "Östlandsforskning är viktiga samarbetspartner."),
        ]),
        ("Tolerance – insatser för ett öppnare klimat", [
            act("”Inflyttarnätverk”", _S, _E,
                "Mötesplatser för nyinflyttade och för dem som bott här en tid; stöd till "
                "privata initiativ."),
            act("”Värdar för nyinflyttade”", _S, _E,
                "Värdar bland lokalbefolkningen för inflyttade, efter förebild från ”Stanna "
                "i Dalarna”."),
            act("”Värdskapsutbildning”", _S, _E,
                "Utbildningar och seminarier i värdskap för kommunernas tjänstemän, chefer, "
                "politiker och företagare."),
            act("”Erfarenhetsutbyte inom värdskap”", _S, _E,
                "Erfa-träffar där kommunerna i båda regionerna lär av varandras "
                "värdskapsarbete."),
        ]),
        ("Technology – insatser för ökad innovationskraft", [
            act("”Utbildning i företagsetablering på olika språk”", _S, _E,
                "Kurser i företagsetablering på stora gruppers modersmål, t.ex. polska, "
                "turkiska och persiska; antalet efter efterfrågan."),
            act("Floridamodellen i kluster och innovationssystem", _S, _E,
                "Kunskap om Floridamodellen till klustren och innovationssystemen, "
                "erfarenhetsutbyte om klusterarbete och profilering av regionernas kluster."),
        ]),
        ("Territorial assets – insatser för att profilera och utveckla regionspecifika "
         "kvaliteter", [
            act("Profileringsplaner", _S, _E,
                "Föregås av kartläggning och kreativa möten om regionernas egenskaper.",
                deliverables=[("Profileringsplan för Hamarregionen", ""),
                              ("Profileringsplan för Falun Borlänge-regionen", "")]),
            act("Kultur- och näringslivstidning", _S, _E,
                "Ett förslag till aktivitet i profileringsarbetet."),
            act("Årliga möten med regionernas styrelser", _S, _E),
            act("”Coffee-table”-workshops", _S, _E,
                "Samtal om platsens unika kvaliteter, i samverkan med andra aktörer."),
            act("Årligt regionalt kulturarrangemang", _S, _E),
            act("Seminarier om regionala arrangemangs roll i profileringen", _S, _E),
        ]),
    ],
    "milestones": [],
}


# Seed 001: NIS 6.0, the activity areas of the final report with the counts it reports -------

NIS_NOTE = """\
Slutrapporten redovisar hur många aktiviteter som genomförts inom varje aktivitetsområde \
men inga datum per aktivitet. Aktiviteterna står därför över hela projektperioden, utom \
Program för tillväxt, som enligt rapporten pågick maj 2020 – september 2022. Antalen är \
slutrapportens."""

_N1, _N2 = "2019-10", "2022-09"

NIS_6_0 = {
    "resolution": M, "word": "Aktivitetsområde", "note": NIS_NOTE, "meeting_rule": "",
    "packages": [
        ("Uppsökande verksamhet hos företag", [
            act("Företagsbesök", _N1, _N2, "Under delar av pandemin ersattes besöken av "
                "andra kontakter med företagarna.", done=259)]),
        ("Mötesplatser/nätverk för kunskapsökning/-överföring samt stimulera till synergier "
         "mellan företag", [
            act("Näringslivsträffar, näringslivsfrukostar och branschmöten", _N1, _N2,
                done=216)]),
        ("Utveckla nätverk för företagande kvinnor", [
            act("Nätverksträffar", _N1, _N2, "Många av träffarna hölls digitalt.", done=31)]),
        ("Utveckla samordning och underlätta vid expansion", [
            act("Aktiviteter som underlättar expansion", _N1, _N2, done=103)]),
        ("Inventering av företag inom fokusområdena. Marknadsföringsinsatser som skapar "
         "intresse för expansion", [
            act("Större evenemang", _N1, _N2, "För att marknadsföra Program för tillväxt och "
                "hitta lämpliga deltagare.", done=7)]),
        ("Främja innovation och entreprenörskap", [
            act("Aktiviteter för entreprenörskap och innovation", _N1, _N2, done=66)]),
        ("Omvärldsbevakning och kunskapsinhämtning", [
            act("Omvärldsbevakning och kunskapsinhämtning", _N1, _N2, done=152)]),
        ("Horisontella kriterier", [
            act("Externa aktiviteter om de horisontella kriterierna", _N1, _N2, done=6)]),
        ("Samverkan Umeå", [
            act("Aktivitetstillfällen med Umeå näringslivskontor", _N1, _N2, done=26)]),
        ("Utveckla struktur till företagsfrämjande aktörer", [
            act("Aktiviteter med företagsfrämjande aktörer", _N1, _N2, done=68,
                deliverables=[("Inventering av företagsfrämjande aktörer på projektets webb "
                               "(66 aktörer)", "")])]),
        ("Integrera kranskommunerna till det regionala innovationssystemet", [
            act("Koppling till regionala inkubatorer och innovationsstöd", _N1, _N2,
                "Parallellt med ”Utveckla struktur …” och ”Främja innovation …”; "
                "rapporten anger inget antal.")]),
        ("Program för tillväxt", [
            act("Workshopserie", "2020-05", _N2, "Sex workshops; serien gavs en andra gång "
                "för de företag som tillkom när deltagarna ökade från 25 till 32.", done=6),
            act("Behovsanalys, utvecklingsdialog och coaching", "2020-05", _N2,
                "Samtliga deltagande företag fick coaching.",
                responsible="NIS 6.0 och Almi"),
            act("VD-grupper/strategigrupper", "2020-05", _N2,
                "Sex grupper: fem med fem företag och en med åtta.",
                responsible="Almi (processledning)", done=6),
            act("Konsultinsatser", "2020-05", _N2,
                "Upphandlade i samverkan med Umeå kommuns upphandlingsbyrå inom tolv områden, "
                "från CadCam till översättning."),
        ]),
    ],
    "milestones": [],
}

PLANS = {
    "invest-in-norrbotten": INVEST_IN_NORRBOTTEN,
    "samordnet-naeringsapparat-kongsberg": KONGSBERG,
    "kreativ-region-2020": KREATIV_REGION,
    "nis-6-0": NIS_6_0,
}
