"""The demo's indicators and registers carry the seed documents' figures over exactly, and
what the portal computes from the rows stands beside what the documents print."""

from decimal import Decimal as D

import pytest
from django.core.management import call_command

from indicators.models import ProjectIndicator
from indicators.register_selectors import company_register, participant_summary
from indicators.selectors import progress
from tests.test_demo import _Sink


@pytest.fixture
def demo(demo_projects):
    """The demo, loaded once for the module (tests/conftest.py); each test's writes are
    rolled back."""
    return demo_projects


def _by_label(project):
    return {row.name: row for row in progress(project).indicators}


def test_nis_reached_503_companies_against_a_target_of_400(demo):
    row = _by_label(demo["nis-6-0"])["Företag som nåtts av projektet"]
    assert (row.target, row.accumulated, row.percent) == (D(400), D(503), D("125.8"))


def test_nis_participants_are_counted_from_the_register_by_gender(demo):
    summary = participant_summary(demo["nis-6-0"])
    assert (summary.participants, summary.women, summary.men) == (2949, 1466, 1483)
    assert summary.women_share == D("49.7")
    stated = {s.measure: (s.stated, s.computed) for s in summary.stated}
    assert stated["participants"] == (D(2949), D(2949))


def test_nis_activity_types_keep_the_counts_the_report_states(demo):
    summary = participant_summary(demo["nis-6-0"])
    counts = {t.name: t.stated_count for t in summary.by_type}
    assert counts["Uppsökande verksamhet hos företag"] == 259
    assert counts["Omvärldsbevakning och kunskapsinhämtning"] == 152
    assert counts["Integrera kranskommunerna i det regionala innovationssystemet"] is None
    assert sum(c for c in counts.values() if c) == 934


def test_nis_employment_growth_is_computed_from_the_32_companies_beside_the_printed_sum(demo):
    register = company_register(demo["nis-6-0"])
    assert register.count == 32
    assert (register.employees_first, register.employees_latest) == (D("159.5"), D(202))
    # The table prints 43,5: Norrlands fruktvin's row says 1 -> 1 but an increase of 1.
    assert register.growth == D("42.5")
    stated = {s.measure: s.stated for s in register.stated}
    assert stated["employee_growth"] == D("43.5")


def test_nis_jobs_indicator_counts_the_register_and_shows_the_stated_43(demo):
    project = demo["nis-6-0"]
    jobs = ProjectIndicator.objects.get(project=project, catalogue__code="CO08")
    row = next(r for r in progress(project).indicators if r.id == jobs.pk)
    assert (row.target, row.accumulated) == (D(40), D("42.5"))
    assert jobs.stated_figures.get(measure="outcome").value == D(43)


def test_kreativ_region_has_its_own_result_indicators_with_targets(demo):
    rows = _by_label(demo["kreativ-region-2020"])
    assert len(rows) == 9
    assert rows["Värdskapsutbildningar genomförda"].target == D(4)
    assert rows["Mötesplatser och nätverk för nyinflyttade och dem som bott här en tid"
                ].target == D(6)
    assert all(not row.code for row in rows.values())


def test_invest_in_norrbotten_targets_at_least_200_direct_jobs(demo):
    (row,) = progress(demo["invest-in-norrbotten"]).indicators
    assert row.target == D(200)


def test_kongsberg_draws_no_indicator_from_benefit_areas_without_measures(demo):
    project = demo["samordnet-naeringsapparat-kongsberg"]
    assert project.benefit_areas.exists()
    assert not project.indicators.exists()


def test_loading_again_adds_no_indicator_or_record(demo):
    before = (ProjectIndicator.objects.count(),
              demo["nis-6-0"].participation_records.count(),
              demo["nis-6-0"].supported_companies.count())
    call_command("load_demo", stdout=_Sink())
    assert before == (ProjectIndicator.objects.count(),
                      demo["nis-6-0"].participation_records.count(),
                      demo["nis-6-0"].supported_companies.count())
