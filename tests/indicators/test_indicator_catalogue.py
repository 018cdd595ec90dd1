"""The shipped catalogue: the regulations' indicators, in three languages, with the rules the
programmes state."""

import importlib

import pytest
from django.apps import apps
from django.utils import translation

from indicators.models import CatalogueIndicator, Counting, IndicatorKind, PortfolioMeasure

REQUIRED = [
    "RCO01", "RCO02", "RCO04", "RCO05", "RCO07", "RCO10", "RCO15", "RCO81", "RCO82", "RCO83",
    "RCO84", "RCO85", "RCO86", "RCO87", "RCO115", "RCO116", "RCR01", "RCR02", "RCR03", "RCR04",
    "RCR13", "RCR18", "RCR25", "RCR79", "RCR84", "RCR85", "RCR102", "RCR104", "CO01", "CO02",
    "CO04", "CO05", "CO08", "CO28", "CO29", "CO41", "NAT-DELT", "NAT-JOBB",
]


def test_it_ships_every_indicator_the_programmes_use(catalogue):
    assert set(REQUIRED) <= set(catalogue)
    for entry in catalogue.values():
        assert entry.name_sv and entry.name_nb and entry.name_en, entry.code
        assert entry.unit_sv and entry.unit_nb and entry.unit_en, entry.code
        assert entry.definition, entry.code


def test_it_keeps_tillvaxtverkets_swedish_names_and_the_regulations_units(catalogue):
    assert catalogue["CO01"].name_sv == "Antal företag som får stöd"
    assert catalogue["CO04"].name_sv == "Antal företag som får annat stöd än ekonomiskt stöd"
    assert catalogue["CO05"].name_sv == "Antal nya företag som får stöd"
    assert catalogue["CO08"].name_sv == "Sysselsättningsökning i företag som får stöd"
    assert catalogue["RCO01"].name_en == (
        "Enterprises supported (of which: micro, small, medium, large)")
    assert catalogue["RCR01"].unit_en == "annual FTEs"
    assert catalogue["RCR18"].unit_en == "enterprises/year"
    assert "2021/1059" in catalogue["RCO87"].reference
    assert "1301/2013" in catalogue["CO08"].reference


def test_it_says_where_a_name_is_its_own_translation(catalogue):
    """The regulations have no Norwegian text; unverified Swedish names say so too."""
    for entry in catalogue.values():
        assert "portalens oversettelse" in entry.translation_note, entry.code
    assert "EUR-Lex" in catalogue["RCO04"].translation_note
    assert "EUR-Lex" not in catalogue["CO04"].translation_note  # the issue's own wording


def test_it_expresses_the_counting_rules_programmes_state(catalogue):
    co01 = catalogue["CO01"]
    assert co01.counting == Counting.ONCE  # a company counts once over the whole project
    assert {"CO04", "CO05"} <= set(co01.covers.values_list("code", flat=True))
    assert catalogue["CO05"].new_enterprise_years == 3
    assert {"RCO04", "RCO05"} <= set(catalogue["RCO01"].covers.values_list("code", flat=True))
    assert catalogue["NAT-DELT"].gender_split and catalogue["NAT-JOBB"].gender_split
    assert catalogue["RCR01"].kind == IndicatorKind.RESULT
    assert catalogue["RCR18"].counting == Counting.PER_PERIOD
    headline = {c.code for c in catalogue.values() if c.portfolio_measure}
    assert headline == {"CO01", "RCO01", "CO08", "RCR01", "NAT-JOBB", "NAT-DELT"}
    assert catalogue["NAT-JOBB"].portfolio_measure == PortfolioMeasure.JOBS


def test_names_follow_the_readers_language(catalogue):
    entry = catalogue["RCO87"]
    for language, expected in [("sv", entry.name_sv), ("nb", entry.name_nb),
                               ("en", entry.name_en)]:
        with translation.override(language):
            assert entry.name() == expected
    entry.name_nb = ""
    with translation.override("nb"):
        assert entry.name() == entry.name_sv  # a missing translation falls back to Swedish


def test_running_the_migration_again_keeps_what_administrators_changed(catalogue):
    entry = CatalogueIndicator.objects.get(code="CO01")
    entry.definition = "Ändrad av administratören."
    entry.save()
    entry.covers.clear()
    count = CatalogueIndicator.objects.count()
    importlib.import_module("indicators.migrations.0002_catalogue").create_catalogue(apps, None)
    entry.refresh_from_db()
    assert entry.definition == "Ändrad av administratören."
    assert not entry.covers.exists()
    assert CatalogueIndicator.objects.count() == count


@pytest.mark.parametrize("code", ["CO05", "RCO05"])
def test_new_enterprises_are_defined_from_the_project_start(catalogue, code):
    assert "tre år" in catalogue[code].definition
