"""Organisation numbers: Swedish with the Luhn check digit, Norwegian with modulus 11."""

import pytest
from django.utils import translation
from hypothesis import given, settings
from hypothesis import strategies as st

from portal.organisation_numbers import (
    InvalidOrganisationNumber,
    display,
    luhn_check_digit,
    mod11_check_digit,
    normalise,
)


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


@pytest.mark.parametrize("typed, country, stored", [
    ("556036-0793", "SE", "5560360793"),
    ("5560360793", "SE", "5560360793"),
    ("16556036-0793", "SE", "5560360793"),  # the century prefix some registers add
    ("974 760 673", "NO", "974760673"),
    ("974760673", "NO", "974760673"),
])
def test_valid_numbers_are_stored_as_digits(typed, country, stored):
    assert normalise(typed, country) == stored


@pytest.mark.parametrize("typed, country, reason", [
    ("556036-0794", "SE", "The check digit of the Swedish organisation number is wrong."),
    ("55603607", "SE", "A Swedish organisation number has 10 digits (NNNNNN-NNNN)."),
    ("974 760 674", "NO", "The check digit of the Norwegian organisation number is wrong."),
    ("5560360793", "NO", "A Norwegian organisation number has 9 digits (NNN NNN NNN)."),
    ("556O36-0793", "SE", "An organisation number has only digits."),
    ("", "SE", "The organisation number is empty."),
    ("974760673", "DK", "Organisation numbers are checked for Sweden and Norway."),
])
def test_invalid_numbers_are_refused_with_the_reason(typed, country, reason):
    with pytest.raises(InvalidOrganisationNumber) as refused:
        normalise(typed, country)
    assert str(refused.value) == reason


def test_numbers_are_shown_the_way_each_country_writes_them():
    assert display("5560360793", "SE") == "556036-0793"
    assert display("974760673", "NO") == "974 760 673"


def test_a_norwegian_number_whose_check_would_be_ten_does_not_exist():
    prefix = next(f"{n:08d}" for n in range(10_000_000, 99_999_999)
                  if mod11_check_digit(f"{n:08d}") is None)
    for last in range(10):
        with pytest.raises(InvalidOrganisationNumber):
            normalise(prefix + str(last), "NO")


nine_digits = st.text(alphabet="0123456789", min_size=9, max_size=9)
eight_digits = st.text(alphabet="0123456789", min_size=8, max_size=8)


@settings(max_examples=200, deadline=None)
@given(nine_digits, st.integers(min_value=0, max_value=9), st.integers(min_value=1,
                                                                       max_value=9))
def test_luhn_catches_every_single_wrong_digit(body, position, change):
    number = body + str(luhn_check_digit(body))
    assert normalise(number, "SE") == number
    wrong = list(number)
    wrong[position] = str((int(wrong[position]) + change) % 10)
    with pytest.raises(InvalidOrganisationNumber):
        normalise("".join(wrong), "SE")


@settings(max_examples=200, deadline=None)
@given(eight_digits, st.integers(min_value=0, max_value=8), st.integers(min_value=1,
                                                                        max_value=9))
def test_modulus_11_catches_every_single_wrong_digit(body, position, change):
    check = mod11_check_digit(body)
    if check is None:
        return  # no such number exists
    number = body + str(check)
    assert normalise(number, "NO") == number
    wrong = list(number)
    wrong[position] = str((int(wrong[position]) + change) % 10)
    with pytest.raises(InvalidOrganisationNumber):
        normalise("".join(wrong), "NO")
