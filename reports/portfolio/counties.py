"""Counties (län, fylker) from the first two digits of the municipality code, so the
portfolio can filter and sum by county in SQL from the municipality alone."""

from django.utils.translation import gettext as _

SWEDEN = {
    "01": "Stockholms län", "03": "Uppsala län", "04": "Södermanlands län",
    "05": "Östergötlands län", "06": "Jönköpings län", "07": "Kronobergs län",
    "08": "Kalmar län", "09": "Gotlands län", "10": "Blekinge län", "12": "Skåne län",
    "13": "Hallands län", "14": "Västra Götalands län", "17": "Värmlands län",
    "18": "Örebro län", "19": "Västmanlands län", "20": "Dalarnas län",
    "21": "Gävleborgs län", "22": "Västernorrlands län", "23": "Jämtlands län",
    "24": "Västerbottens län", "25": "Norrbottens län",
}
# Kommunenummer of every county layout since 2018 (the demo keeps the pre-2020 numbers).
NORWAY = {
    "01": "Østfold", "02": "Akershus", "03": "Oslo", "04": "Hedmark", "05": "Oppland",
    "06": "Buskerud", "07": "Vestfold", "08": "Telemark", "09": "Aust-Agder",
    "10": "Vest-Agder", "11": "Rogaland", "12": "Hordaland", "14": "Sogn og Fjordane",
    "15": "Møre og Romsdal", "16": "Sør-Trøndelag", "17": "Nord-Trøndelag", "18": "Nordland",
    "19": "Troms", "20": "Finnmark", "30": "Viken", "31": "Østfold", "32": "Akershus",
    "33": "Buskerud", "34": "Innlandet", "38": "Vestfold og Telemark", "39": "Vestfold",
    "40": "Telemark", "42": "Agder", "46": "Vestland", "50": "Trøndelag",
    "54": "Troms og Finnmark", "55": "Troms", "56": "Finnmark",
}
BY_COUNTRY = {"SE": SWEDEN, "NO": NORWAY}


def key(country: str, prefix: str) -> str:
    return f"{country}{prefix}"


def split(county_key: str) -> tuple[str, str]:
    return county_key[:2], county_key[2:4]


def name(county_key: str) -> str:
    """The county's name; a code no county has (a municipality code mistyped or from before
    a reform this table does not know) said in words, never shown bare."""
    country, prefix = split(county_key)
    known = BY_COUNTRY.get(country, {}).get(prefix)
    if known:
        return known
    return _("Unknown county (code %(code)s)") % {"code": county_key}


def is_known(county_key: str) -> bool:
    country, prefix = split(county_key)
    return len(county_key) == 4 and prefix in BY_COUNTRY.get(country, {})
