"""Every organisation the five seed documents name, in one place (seed 002's funding body
holds its portfolio).

Names are the seeds' own (financiers exactly as printed in their financing tables), because
other apps' demo data finds the same organisations by name and country. Municipalities carry
the official four-digit code valid when their document was written: Swedish kommunkoder,
and Norwegian kommunenummer from before the 2020 county reform (Kongsberg 0604, not 3006).
"""

from datetime import date

from portal.models import Country
from portal.models import OrganisationKind as Kind
from projects.demo.base import Org, no_municipality, se_municipality

SE, NO = Country.SWEDEN, Country.NORWAY

# Funding bodies that run the demo programmes.
TILLVAXTVERKET = Org("Tillväxtverket", Kind.FUNDING_BODY, SE)
REGION_NORRBOTTEN = Org("Region Norrbotten", Kind.FUNDING_BODY, SE)
# Managing authority of Interreg IV A Sverige-Norge; seed 003 does not name it.
LANSSTYRELSEN_JAMTLAND = Org("Länsstyrelsen i Jämtlands län", Kind.FUNDING_BODY, SE)
KONGSBERGREGIONEN = Org("Kongsbergregionen", Kind.FUNDING_BODY, NO)
INNOVASJON_NORGE = Org("Innovasjon Norge", Kind.FUNDING_BODY, NO)
BUSKERUD_FYLKESKOMMUNE = Org("Buskerud fylkeskommune", Kind.FUNDING_BODY, NO)

# Seed 000: Invest in Norrbotten.
NORRBOTTENS_LANS_LANDSTING = Org("Norrbottens läns landsting", Kind.REGION, SE)
LULEA = se_municipality("Luleå kommun", "2580")
PITEA = se_municipality("Piteå kommun", "2581")
BODEN = se_municipality("Bodens kommun", "2582")
ALVSBYN = se_municipality("Älvsbyns kommun", "2560")
JOKKMOKK = se_municipality("Jokkmokks kommun", "2510")
GALLIVARE = se_municipality("Gällivare kommun", "2523")
ARVIDSJAUR = se_municipality("Arvidsjaurs kommun", "2505")
ARJEPLOG = se_municipality("Arjeplogs kommun", "2506")
KALIX = se_municipality("Kalix kommun", "2514")
OVERTORNEA = se_municipality("Övertorneå kommun", "2518")
NORRBOTTEN_MUNICIPALITIES = (
    LULEA, PITEA, BODEN, ALVSBYN, JOKKMOKK, GALLIVARE, ARVIDSJAUR, ARJEPLOG, KALIX, OVERTORNEA,
)

# Seed 001: NIS 6.0. Names as in the report's financing table.
ROBERTSFORS = se_municipality("Robertsfors kommun", "2409")
VINDELN = se_municipality("Vindelns kommun", "2404")
VANNAS = se_municipality("Vännäs kommun", "2460")
BJURHOLM = se_municipality("Bjurholms kommun", "2403")
NORDMALING = se_municipality("Nordmalings kommun", "2401")
REGION_VASTERBOTTEN = Org("Region Västerbotten", Kind.REGION, SE)
ALMI_NORD = Org("Almi Företagspartner Nord AB", Kind.COMPANY, SE)

# Seed 002: Region Norrbotten's report for 2017.
LANSSTYRELSEN_NORRBOTTEN = Org("Länsstyrelsen i Norrbottens län", Kind.OTHER, SE)
LTU = Org("Luleå tekniska universitet", Kind.UNIVERSITY, SE)

# Seed 003: Kreativ region. Financiers as in the two financing plans.
FALUN_BORLANGE_REGIONEN = Org("Falun Borlänge-regionen AB", Kind.COMPANY, SE)
HAMARREGIONEN_UTVIKLING = Org("Hamarregionen Utvikling", Kind.OTHER, NO)
REGION_DALARNA = Org("Region Dalarna", Kind.REGION, SE)
REGIONRADET_HAMARREGIONEN = Org("Regionrådet for Hamarregionen", Kind.OTHER, NO)
HEDMARK_FYLKESKOMMUNE = Org("Hedmark Fylkeskommune", Kind.REGION, NO)
HOGSKOLAN_DALARNA = Org("Högskolan Dalarna", Kind.UNIVERSITY, SE)
HOGSKOLEN_HEDMARK = Org("Høgskolen i Hedmark", Kind.UNIVERSITY, NO)
OSTLANDSFORSKNING = Org("Østlandsforskning", Kind.OTHER, NO)
FALUN = se_municipality("Falu kommun", "2080")
BORLANGE = se_municipality("Borlänge kommun", "2081")
GAGNEF = se_municipality("Gagnefs kommun", "2026")
LUDVIKA = se_municipality("Ludvika kommun", "2085")
SMEDJEBACKEN = se_municipality("Smedjebackens kommun", "2061")
SATER = se_municipality("Säters kommun", "2082")
HAMAR = no_municipality("Hamar kommune", "0403")
STANGE = no_municipality("Stange kommune", "0417")
LOTEN = no_municipality("Løten kommune", "0415")
RINGSAKER = no_municipality("Ringsaker kommune", "0412")
FALUN_BORLANGE_MUNICIPALITIES = (FALUN, BORLANGE, GAGNEF, LUDVIKA, SMEDJEBACKEN, SATER)
HAMAR_MUNICIPALITIES = (HAMAR, STANGE, LOTEN, RINGSAKER)

# Seed 004: Kongsbergregionen, population 1 January 2008 ("Innb 010108").
COUNTED = date(2008, 1, 1)
HJARTDAL = no_municipality("Hjartdal kommune", "0827", 1619, COUNTED)
TINN = no_municipality("Tinn kommune", "0826", 6066, COUNTED)
NOTODDEN = no_municipality("Notodden kommune", "0807", 12232, COUNTED)
KONGSBERG = no_municipality("Kongsberg kommune", "0604", 23997, COUNTED)
FLESBERG = no_municipality("Flesberg kommune", "0631", 2521, COUNTED)
ROLLAG = no_municipality("Rollag kommune", "0632", 1419, COUNTED)
NORE_OG_UVDAL = no_municipality("Nore og Uvdal kommune", "0633", 2534, COUNTED)
# In the order of the document's split table.
KONGSBERG_MUNICIPALITIES = (HJARTDAL, TINN, NOTODDEN, KONGSBERG, FLESBERG, ROLLAG, NORE_OG_UVDAL)
