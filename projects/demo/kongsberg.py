"""Seed 004: Samordnet næringsapparat i Kongsbergregionen, a project sketch in Innovasjon
Norge's PLP form (22 January 2009, adopted by the regional council 3 February 2009).

A plan, so it stays a draft; what the sketch leaves open stays visibly open.
"""

from datetime import date
from decimal import Decimal

from projects.demo import organisations as org
from projects.demo.base import Goal, Member, ProjectSeed, Staff
from projects.demo.clock import Timeline
from projects.models import GroupKind, MemberKind, ParticipationRole
from projects.models import ProjectStatus as Status

# Resource shares of each municipality's dedicated person, from section 3 "Rammer".
RESOURCE_SHARE = {
    org.HJARTDAL: Decimal("0.10"),
    org.TINN: Decimal("0.15"),
    org.NOTODDEN: Decimal("0.20"),
    org.KONGSBERG: Decimal("0.25"),
    org.FLESBERG: Decimal("0.10"),
    org.ROLLAG: Decimal("0.10"),
    org.NORE_OG_UVDAL: Decimal("0.10"),
}

SUMMARY = """\
Kongsbergregionen vil samordne kommunenes næringsapparat i en regional enhet for \
næringsutvikling. Enheten får personressurser fra hver av de sju kommunene og bygger \
nettverk og arenaer for samhandling og utvikling – internt i kommunene, mellom kommunene og \
mellom kommunene og næringslivet. Den skal bidra til at regionen fremstår som attraktiv for \
næringsliv, arbeidskraft, bosetting og kapital.

Skissen er utarbeidet av Invida v/Dag Åsmund Bilstad og Monica Tveit Tjentland i samarbeid \
med Kongsbergregionen v/Jan Erik Innvær, datert 22. januar 2009 og vedtatt av regionrådet \
03.02.09. Den bygger på Innovasjon Norges prosjektlederprosess (PLP) og skal suppleres med \
tidfestede aktiviteter ved oppstart. Økonomisk ramme er anslått til ca. 2,5 mill. kr per år i \
tre år.
"""

BACKGROUND = """\
Næringsutvikling er et av Kongsbergregionens hovedmål. Kommunene og deres organisasjoner er \
en del av virkemiddelapparatet, og ved å koordinere og bruke næringsapparatet bedre – også på \
tvers av kommunegrensene – kan de strategiske målene trolig nås raskere og rimeligere enn når \
hver kommune arbeider alene.

Initiativet kom fra styringsgruppa for det regionale programområdet «Regional innovasjon», og \
regionrådet har sluttet seg til det. Et samordnet næringsapparat skal være en arena for \
koordinering, samhandling og utvikling og et verktøy for regionens satsingsområder, som \
reiseliv, infrastruktur og kommunikasjoner og andre rammebetingelser for næringslivet. \
Tiltaket ses i sammenheng med regionens øvrige satsinger og skal bidra til visjonen om en \
region som skaper verdier i samspillet teknologi–natur–kultur.

Samarbeidet organiseres som prosjekt i startfasen: det gir målrettet og målbar \
gjennomføring, avklarte forventninger, en tidsbegrenset periode, ryddige forhold mellom \
deltakerne og mulighet for delvis ekstern finansiering, og det kan justeres og evalueres før \
en eventuell varig løsning velges. Planarbeidet ble intensivert høsten 2008.
"""

PURPOSE = """\
Å prøve ut et samordnet næringsapparat for de sju kommunene, slik at ressursene brukes best \
mulig og regionens strategiske mål for næringsutvikling nås raskere og rimeligere, og å \
evaluere samarbeidet fortløpende som grunnlag for et valg om varig løsning.
"""

MAIN_GOAL = """\
**Etablere og utvikle et samordnet næringsapparat.**

Det etableres en regional enhet for næringsutvikling som legger til rette for samhandling og \
samarbeid. Enheten skal samordne etablerte og nye nettverk og arenaer i og mellom kommunene og \
mot privat næringsliv, sette i gang utviklingsaktiviteter og markedsføre regionen som \
attraktiv, med et av de beste vertskapstilbudene for næringsutvikling og rekruttering av \
arbeidskraft, en prioritert næringspolitikk og attraktive bosteder – en attraktiv region for \
folk og kapital.
"""

EXPECTED_RESULTS = """\
Skissen beskriver gevinstene som gevinstområder (se egen liste). En gevinstplan skal \
utarbeides under delmål 3, sammen med en evaluering og et forslag om eventuell permanent \
videreføring av funksjon og organisasjon.
"""

TARGET_GROUPS = """\
Skissen har ikke et eget avsnitt om målgrupper. Ut fra mål og aktiviteter retter prosjektet \
seg mot:

- næringslivet i de sju kommunene
- kommunene og deres lokale næringsapparat
- dem regionen vil tiltrekke seg: arbeidskraft, etablerere og kapital
"""

ORGANISATION = """\
| Rolle | Hvem |
|---|---|
| Prosjekteier | Regionrådet |
| Prosjektansvarlig | Regional koordinator |
| Programkoordinator næringsliv | Engasjeres av prosjektansvarlig |
| Prosjektgruppe | Dedikert ressurs fra hver kommune |
| Referansegruppe/-personer | Etableres eventuelt av prosjektleder |

Hver kommune stiller en dedikert ressurs til staben i det regionale næringsapparatet. Mindre \
kommuner kan samarbeide om dette, men hver kommune skal ha sin tilhørighet, og kommunenes \
lokale næringsapparat og interesser skal være representert ved det felles regionale \
«bordet». Ressursene frigis til det regionale næringsapparatet, som disponerer dem samlet. \
Ressursinnsatsen er i utgangspunktet fordelt slik:

- inntil 10 % hver: Hjartdal, Flesberg, Rollag, Nore og Uvdal
- inntil 15 %: Tinn
- inntil 20 %: Notodden
- inntil 25 %: Kongsberg

Programkoordinator næringsliv inngår i staben til regional koordinator og rapporterer status \
til prosjektansvarlig etter nærmere avtale. Arbeidsgrupper eller programråd kan bli aktuelle \
for å gjennomføre strategier innen de ulike satsingsområdene.
"""

METHOD = """\
**Fremdriftsplan**

| Fase | Start |
|---|---|
| Oppstart | Vinter/vår 2009 |
| Delmål 1 | Fra start |
| Delmål 2 | Fra 3. kvartal 2009 |
| Delmål 3 | Fra 4. kvartal 2011 |

En av de første oppgavene er en strategisk plan for næringsutvikling – ett eller flere \
«program» der satsingsområdene settes i fokus og strategiene omsettes i konkrete tiltak.

**Økonomi.** Samlet ramme ca. 2,5 mill. kr per år i 3 år: 1,25 mill. kr i eksterne kostnader \
og 1,25 mill. kr i egeninnsats fra det offentlige og andre deltakere. Av de eksterne \
kostnadene søkes 750 000 kr per år dekket av eksterne tilskudd, og 500 000 kr per år \
finansieres direkte av kommunene. Kostnadsposter: prosjektledelse; husleie og utstyr; \
konsulenttjenester; materiell og formidlingstjenester; møter og reiser; egeninnsats fra \
kommunene og andre deltakere. Større aktiviteter og fellesprosjekter finansieres for seg, med \
egne skisser og budsjetter.

Kommunenes direkte finansiering per år, 50 % likt og 50 % etter innbyggertall per 1.1.2008 \
(slik skissen trykker tabellen):

| Kommune | Innb. 01.01.08 | 50 % likt | 50 % innb. | Totalt |
|---|---:|---:|---:|---:|
| Hjartdal | 1 619 | 35 714 | 8 033 | 43 747 |
| Tinn | 6 066 | 35 714 | 30 096 | 65 811 |
| Notodden | 12 232 | 35 714 | 60 689 | 96 403 |
| Kongsberg | 23 997 | 35 714 | 119 061 | 154 775 |
| Flesberg | 2 521 | 35 714 | 12 508 | 48 222 |
| Rollag | 1 419 | 35 714 | 7 040 | 42 755 |
| Nore og Uvdal | 2 534 | 35 714 | 12 572 | 48 287 |
| **Sum** | **50 388** | **250 000** | **250 000** | **500 000** |

Budsjett, kontrakter og avtaler konkretiseres i endelig prosjektplan.
"""

DELIMITATION = """\
Skissen har ingen egen avgrensning. Den sier at større aktiviteter og fellesprosjekter ikke \
inngår i rammen, men finansieres for seg, og at det samordnede næringsapparatet skal bygge på \
– ikke erstatte – kommunenes lokale næringsapparat.
"""

REGIONAL_BUSINESS = """\
Det samordnede næringsapparatet skal etablere arenaer og møteplasser mellom kommunene og \
næringslivet, forankre den strategiske næringsplanen i næringslivet, støtte næringsrettede \
fellessatsinger og infrastruktur og kommunikasjoner som næringslivet har nytte av, og \
profilere Kongsbergregionen som attraktiv næringsregion.
"""

OTHER_PROJECTS = """\
Tiltaket ses i sammenheng med andre satsinger i regi av Kongsbergregionen, for eksempel:

- prosjektet «Bygg og bo i Kongsbergregionen»
- prosjektet «Bærekraftig hytteutvikling i Kongsbergregionen»
- regionrådets reiselivssatsing
- infrastruktur og kommunikasjon
- strategisk partnerskap med andre aktører på regionalt nivå
"""

DISSEMINATION = """\
Skissen beskriver ikke resultatspredning. Profilering av Kongsbergregionen som attraktiv \
næringsregion inngår i delmål 2, og status rapporteres til prosjektansvarlig.
"""

EVALUATION = """\
Effektene av samordningen skal kunne erfares over tid, men tidlige resultater skal også \
evalueres fortløpende. Programkoordinator næringsliv rapporterer status til prosjektansvarlig \
etter nærmere avtale. Delmål 3 omfatter en gevinstplan og en evaluering av det samordnede \
næringsapparatet før et forslag om eventuell permanent videreføring. Skissen fastsetter ingen \
beslutningspunkter.
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
    # The sketch says nothing on the horizontal criteria, so they are left unrated.
    "gender_equality": "Skissen omtaler ikke likestilling.",
    "equal_opportunities": "Skissen omtaler ikke like muligheter og ikke-diskriminering.",
    "environment": "Skissen omtaler ikke miljø.",
}

SUB_GOALS = (
    Goal(
        "Delmål 1: Etablere en regional enhet for næringsutvikling som skal legge til rette "
        "for samhandling og samarbeid",
        "- Engasjere programkoordinator for næringsutvikling\n"
        "- Organisere prosjektorganisasjonen, med en prosjektgruppe av dedikerte ressurser "
        "fra hver kommune\n"
        "- Etablere nettverk/arena for samhandling og utvikling, f.eks. et «programråd»\n"
        "- Samordne og koordinere mellom kommunene og det samordnede næringsapparatet for best "
        "mulig ressursutnyttelse; lage plan for og gjennomføre samarbeidet",
    ),
    Goal(
        "Delmål 2: Gjennomføre tiltak som fremmer næringsutvikling i Kongsbergregionen",
        "- Utvikle en «strategisk næringsplan» for Kongsbergregionen\n"
        "- Implementere planen i kommunene og i næringslivet\n"
        "- Bidra til å profilere Kongsbergregionen som attraktiv næringsregion\n"
        "- Være ressursgruppe for og styrke fellesinnsatsen i regionens prioriterte "
        "satsingsområder og prosjekter\n"
        "- Initiere, foreslå og støtte næringsrettede fellessatsinger og infrastruktur/"
        "kommunikasjoner til nytte for næringslivet\n"
        "- Etablere arenaer og møteplasser for samordning, samarbeid og koordinering mellom "
        "kommunene og næringslivet\n"
        "- Tilby kompetanse fra det samordnede næringsapparatet til hver kommune og utvikle "
        "«vertskapsrollen»\n"
        "- Inngå i og utvikle nye strategiske partnerskap og allianser som støtter regionens "
        "mål for næringsutvikling",
    ),
    Goal(
        "Delmål 3: Berede en eventuell permanent videreføring",
        "- Utarbeide gevinstplan\n"
        "- Evaluere det samordnede næringsapparatet\n"
        "- Foreslå eventuell permanent videreføring, både funksjon og organisasjon",
    ),
)

BENEFIT_AREAS = tuple(
    Goal(title)
    for title in (
        "Effektive, fleksible og tilrettelagte vertskapstjenester for næringsutvikling",
        "God lønnsomhet i næringslivet",
        "God tilgang på arbeidsplasser",
        "God rekruttering av arbeidskraft",
        "God tilgang på kapital",
        "Godt tilrettelagt infrastruktur og kommunikasjon for næringslivet",
        "Forsterket posisjon i forhold til påvirkningsmuligheter knyttet til andre "
        "rammevilkår for et samlet næringsliv",
        "Interkommunalt samarbeid og samordnet næringsapparat oppleves positivt",
    )
)

PROJECT_GROUP = tuple(
    Member(GroupKind.PROJECT, f"Dedikert ressurs, {municipality.name}", MemberKind.OFFICIAL,
           organisation=municipality,
           role_title=f"Ressursinnsats inntil {share * 100:.0f} %")
    for municipality, share in RESOURCE_SHARE.items()
)
STAFF = tuple(
    Staff(f"Dedikert ressurs, {municipality.name}", "Stab i det regionale næringsapparatet",
          share, municipality)
    for municipality, share in RESOURCE_SHARE.items()
)

SOURCE_NOTES = """\
- **Fordelingstabellen summerer ikke:** kolonnen «50 % likt» er 7 × 35 714 = 249 998, men \
summen er trykt som 250 000; kolonnen «50 % innb» summerer til 249 999, trykt 250 000. For \
Tinn, Rollag og Nore og Uvdal er radsummen 1 kr høyere enn delene (65 810 mot 65 811, 42 754 \
mot 42 755 og 48 286 mot 48 287). Radsummene er de eksakte andelene avrundet til hele kroner \
og summerer til 500 000. Tabellen er gjengitt slik den er trykt; fordelingen beregnes på nytt \
i økonomidelen.
- **Prosjektperiode:** skissen skriver «dd.mm.2009 – dd.mm.2012, 3 år» og «Oppstart \
vinter/vår 2009». Lagt inn: 2009-03-01 – 2012-02-29, tre år fra våren etter regionrådets \
vedtak 03.02.09.
- **Egeninnsats:** linjen «Kr 1 250 000.- finansieres i egeninnsats» mangler «pr år», men \
rammen på 2,5 mill. kr per år (1,25 mill. eksternt + 1,25 mill. egeninnsats) viser at det \
gjelder per år.
- **Eksterne tilskudd** på 750 000 kr per år: finansiøren er ikke navngitt. Aktuelle er \
Innovasjon Norge, hvis PLP-mal skissen bygger på, og fylkeskommunene (Buskerud for Kongsberg, \
Flesberg, Rollag og Nore og Uvdal; Telemark for Hjartdal, Tinn og Notodden). Ingen av dem er \
lagt inn som deltaker.
- **Ressursinnsats:** prosentene («inntil») summerer til 100 %. De er lagt inn som \
stillingsandeler, til sammen ett årsverk; skissen sier ikke om de er andeler av en stilling \
eller en fordeling av den samlede innsatsen.
- **Tittel:** rollen kalles «programkoordinator næringsliv», «prosjektkoordinator \
næringsliv» og «programkoordinator for næringsutvikling» i ulike avsnitt.
- **Beslutningspunkter:** avsnitt 6 har overskriften, men definerer bare krav til \
statusrapportering, ingen beslutningspunkter.
- **Horisontale kriterier** omtales ikke og er ikke vurdert; skissen er ikke en fullstendig \
søknad.
- Kommunenummer er de som gjaldt i 2009 (før regionreformen 2020).
"""

SEED = ProjectSeed(
    slug="samordnet-naeringsapparat-kongsberg",
    title="Samordnet næringsapparat i Kongsbergregionen",
    programme="kongsbergregionen-regionalt-program",
    owner=org.KONGSBERGREGIONEN,
    start=date(2009, 3, 1),
    end=date(2012, 2, 29),
    status=Status.DRAFT,
    # A draft written before the period that would begin on 1 March 2009.
    timeline=Timeline(written=date(2008, 11, 17)),
    texts=TEXTS,
    source_notes=SOURCE_NOTES,
    participants=tuple(
        (municipality, ParticipationRole.MUNICIPALITY)
        for municipality in org.KONGSBERG_MUNICIPALITIES
    ),
    sub_goals=SUB_GOALS,
    benefit_areas=BENEFIT_AREAS,
    members=PROJECT_GROUP,
    staff=STAFF,
)
