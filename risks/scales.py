"""The scales a risk is judged on: likelihood and impact from 1 to 5 with the words each step
means, the bands of the risk value (likelihood × impact), and reading an impact level from
the words a document uses ("Allvarlig negativ konsekvens")."""

import re
import unicodedata
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

LIKELIHOOD = {
    1: _("Very unlikely"),
    2: _("Unlikely"),
    3: _("Possible"),
    4: _("Likely"),
    5: _("Almost certain"),
}
IMPACT = {
    1: _("Negligible"),
    2: _("Minor"),
    3: _("Moderate"),
    4: _("Serious"),
    5: _("Very serious"),
}
NOT_ASSESSED = _("Not yet assessed")


@dataclass(frozen=True)
class Band:
    key: str
    label: str
    low: int
    high: int
    fill: str  # light enough for dark text on it (WCAG AA)


BANDS = (
    Band("low", _("Low"), 1, 4, "#d6f0dd"),
    Band("medium", _("Medium"), 5, 9, "#fff1c2"),
    Band("high", _("High"), 10, 16, "#ffd9b8"),
    Band("very_high", _("Very high"), 17, 25, "#f7c6c7"),
)


def band_of(value: int | None) -> Band | None:
    if value is None:
        return None
    return next(band for band in BANDS if band.low <= value <= band.high)


def level_words(scale: dict, level: int | None) -> str:
    return f"{level} {scale[level]}" if level else str(NOT_ASSESSED)


def _plain(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.lower())
    return re.sub(r"\s+", " ", "".join(c for c in folded if not unicodedata.combining(c)))


# The words a consequence is stated in, in Swedish, Norwegian and English. The longest phrase
# found in the text decides, so "mindre allvarlig" is not read as "allvarlig". As seed 000
# uses them: "Allvarlig negativ konsekvens" reads 4, "Negativ konsekvens" 3.
IMPACT_WORDS: dict[str, int] = {
    "mycket allvarlig": 5, "svart allvarlig": 5, "katastrof": 5, "kritisk": 5,
    "svært alvorlig": 5, "meget alvorlig": 5, "very serious": 5, "catastroph": 5,
    "critical": 5, "severe": 5,
    "allvarlig": 4, "alvorlig": 4, "serious": 4, "major": 4, "betydande": 4,
    "betydelig": 4,
    "negativ": 3, "mattlig": 3, "moderat": 3, "moderate": 3, "negative": 3,
    "mindre allvarlig": 2, "mindre alvorlig": 2, "begransad": 2, "begrenset": 2,
    "liten": 2, "minor": 2, "limited": 2,
    "obetydlig": 1, "ubetydelig": 1, "negligible": 1,
}
_LONGEST_FIRST = sorted(IMPACT_WORDS, key=len, reverse=True)


def impact_from_words(text: str) -> int | None:
    """The impact level the words of a consequence mean, or None when they say none."""
    plain = _plain(text)
    for phrase in _LONGEST_FIRST:
        if phrase in plain:
            return IMPACT_WORDS[phrase]
    return None
