"""Names ordered as people read them."""

from portal.sorting import natural_key


def test_numbers_in_names_compare_as_numbers_and_case_does_not_matter():
    names = ["Företag 107 AB", "företag 2 AB", "Företag 11 AB", "Företag 11 AB Filial",
             "Aktiebolaget", "", "Företag 1"]
    assert sorted(names, key=natural_key) == [
        "", "Aktiebolaget", "Företag 1", "företag 2 AB", "Företag 11 AB",
        "Företag 11 AB Filial", "Företag 107 AB"]


def test_a_reports_indicators_are_listed_by_code_as_people_read_them():
    from reports.templatetags.report_figures import sorted_items

    frozen = {"1.10": {}, "1.2": {}, "Egen indikator 10": {}, "Egen indikator 9": {}}
    assert [key for key, _row in sorted_items(frozen)] == [
        "1.2", "1.10", "Egen indikator 9", "Egen indikator 10"]
