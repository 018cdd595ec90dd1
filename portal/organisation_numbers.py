"""Swedish and Norwegian organisation numbers: read as people type them, check digit verified.

- Swedish (organisationsnummer, and the personnummer a sole trader uses): 10 digits, the last
  a Luhn check digit over the first nine; written NNNNNN-NNNN.
- Norwegian (organisasjonsnummer): 9 digits, the last a modulus-11 check digit with the
  weights 3 2 7 6 5 4 3 2; written NNN NNN NNN.
"""

import re

from django.utils.translation import gettext as _

_SEPARATORS = re.compile(r"[\s\u00a0\-.]")
NORWEGIAN_WEIGHTS = (3, 2, 7, 6, 5, 4, 3, 2)


class InvalidOrganisationNumber(ValueError):
    """The number cannot be an organisation number of the country; the message says why."""


def luhn_check_digit(digits: str) -> int:
    """The Luhn digit completing `digits`: double every other digit from the right."""
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = int(char)
        if position % 2 == 0:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return (10 - total % 10) % 10


def mod11_check_digit(digits: str) -> int | None:
    """The Norwegian check digit for eight digits; None when no digit can complete them."""
    remainder = sum(int(d) * w for d, w in zip(digits, NORWEGIAN_WEIGHTS, strict=True)) % 11
    check = 11 - remainder
    if check == 11:
        return 0
    return None if check == 10 else check


def normalise(number: str, country: str) -> str:
    """The number in its stored form (digits only), or InvalidOrganisationNumber."""
    digits = _SEPARATORS.sub("", number or "")
    if not digits:
        raise InvalidOrganisationNumber(_("The organisation number is empty."))
    if not digits.isdigit():
        raise InvalidOrganisationNumber(_("An organisation number has only digits."))
    if country == "SE":
        if len(digits) == 12 and digits.startswith(("16", "19", "20")):
            digits = digits[2:]  # the century prefix some registers add
        if len(digits) != 10:
            raise InvalidOrganisationNumber(
                _("A Swedish organisation number has 10 digits (NNNNNN-NNNN)."))
        if luhn_check_digit(digits[:9]) != int(digits[9]):
            raise InvalidOrganisationNumber(
                _("The check digit of the Swedish organisation number is wrong."))
        return digits
    if country == "NO":
        if len(digits) != 9:
            raise InvalidOrganisationNumber(
                _("A Norwegian organisation number has 9 digits (NNN NNN NNN)."))
        if mod11_check_digit(digits[:8]) != int(digits[8]):
            raise InvalidOrganisationNumber(
                _("The check digit of the Norwegian organisation number is wrong."))
        return digits
    raise InvalidOrganisationNumber(_("Organisation numbers are checked for Sweden and Norway."))


def display(digits: str, country: str) -> str:
    """As people write it: 556036-0793 in Sweden, 974 760 673 in Norway."""
    if country == "SE" and len(digits) == 10:
        return f"{digits[:6]}-{digits[6:]}"
    if country == "NO" and len(digits) == 9:
        return f"{digits[:3]} {digits[3:6]} {digits[6:]}"
    return digits
