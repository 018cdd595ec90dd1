"""The funding programmes the four seed projects belong to."""

from dataclasses import dataclass
from datetime import date

from portal.models import Country
from projects.demo import organisations as org
from projects.demo.base import Org
from projects.models import ApplicationForm


@dataclass(frozen=True)
class ProgrammeSeed:
    slug: str
    name: str
    funding_body: Org
    country: str
    form: str
    currency: str
    description: str
    start: date | None = None
    end: date | None = None
    is_open: bool = True


PROGRAMMES = (
    ProgrammeSeed(
        slug="tillvaxtverket-eruf-2014-2020",
        name="Tillväxtverket – Europeiska regionala utvecklingsfonden 2014–2020",
        funding_body=org.TILLVAXTVERKET,
        country=Country.SWEDEN,
        form=ApplicationForm.SWEDISH,
        currency="SEK",
        description=(
            "Regionalfondsprogrammet 2014–2020 som Tillväxtverket förvaltar. Projekten "
            "medfinansieras av regioner och kommuner; Tillväxtverket beslutar om EU-medlen."
        ),
        start=date(2014, 1, 1),
        end=date(2020, 12, 31),
        is_open=False,
    ),
    ProgrammeSeed(
        slug="regionala-utvecklingsmedel-norrbotten",
        name="Regionala utvecklingsmedel Norrbotten (anslag 1:1)",
        funding_body=org.REGION_NORRBOTTEN,
        country=Country.SWEDEN,
        form=ApplicationForm.SWEDISH,
        currency="SEK",
        description=(
            "Projektmedel ur anslaget 1:1 Regionala tillväxtåtgärder som Region Norrbotten "
            "beslutar om som regionalt utvecklingsansvarig sedan den 1 januari 2017."
        ),
    ),
    ProgrammeSeed(
        slug="interreg-sverige-norge-2007-2013",
        name="Interreg IV A Sverige–Norge 2007–2013",
        funding_body=org.LANSSTYRELSEN_JAMTLAND,
        country=Country.SWEDEN,
        form=ApplicationForm.INTERREG,
        currency="EUR",
        description=(
            "Gränsregionalt program med delområdena Nordens Gröna Bälte, Inre Skandinavien "
            "och Gränslöst samarbete. Svenska parter får ERUF-medel, norska parter statliga "
            "IR-midler; programmet redovisar i euro."
        ),
        start=date(2007, 1, 1),
        end=date(2013, 12, 31),
        is_open=False,
    ),
    ProgrammeSeed(
        slug="kongsbergregionen-regionalt-program",
        name="Kongsbergregionen – programområdet Regional innovasjon",
        funding_body=org.KONGSBERGREGIONEN,
        country=Country.NORWAY,
        form=ApplicationForm.PLP,
        currency="NOK",
        description=(
            "Regionrådets programområde for næringsutvikling i de sju kommunene i "
            "Kongsbergregionen. Prosjekter planlegges etter Innovasjon Norges "
            "prosjektlederprosess (PLP)."
        ),
    ),
)
