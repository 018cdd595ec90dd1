"""The demo's plans and risks carry the seed documents' facts over exactly."""

from datetime import date

import pytest
from django.core.management import call_command

from plans.gantt import gantt_chart
from plans.models import ActivityStatus
from plans.selectors import plan_view
from projects.selectors import application_versions
from risks.selectors import register_view
from tests.test_demo import _Sink


@pytest.fixture
def demo(demo_projects):
    """The demo, loaded once for the module (tests/conftest.py); each test's writes are
    rolled back."""
    return demo_projects


def test_invest_in_norrbotten_has_every_row_of_its_plan_by_quarter(demo):
    plan = plan_view(demo["invest-in-norrbotten"])
    assert plan.resolution == "quarter"
    rows = [(a.title, a.period_label) for a in plan.activities]
    assert len(rows) == 12
    assert rows[0] == ("Projektetablering", "2008 Q3 – 2008 Q4")
    assert ("Kommunikationsutveckling (webb, infomaterial, etc)",
            "2008 Q4 – 2009 Q4") in rows
    assert ("Etablering av fortsatt organisation/verksamhet", "2011 Q1 – 2011 Q2") in rows
    assert rows[-1] == ("Formell utvärdering", "2011 Q2")
    assert plan.period_label == "2008 Q3 – 2011 Q2"
    assert not plan.conflicts and not plan.late_activities  # submitted, not followed up


def test_invest_in_norrbotten_risks_keep_their_consequence_words_and_no_likelihood(demo):
    register = register_view(demo["invest-in-norrbotten"], )
    risks = sorted(register.risks, key=lambda r: r.number)
    assert len(risks) == 6
    assert [(r.consequence, r.impact, r.likelihood) for r in risks] == (
        [("Allvarlig negativ konsekvens.", 4, None)] * 3
        + [("Negativ konsekvens.", 3, None)] * 3)
    assert risks[0].title.startswith("Förankringsarbetet ej konsistent genomfört")
    assert "Kickoff vid positivt beslut" in risks[0].mitigation
    assert risks[1].owner == "Projektägare/huvudmän"


def test_kongsberg_delmal_follow_the_progress_plan_and_its_decision_points_have_no_dates(
        demo):
    plan = plan_view(demo["samordnet-naeringsapparat-kongsberg"])
    assert plan.work_package_word == "Delmål"
    starts = [(p.number, p.start, len(p.activities)) for p in plan.work_packages]
    assert starts == [("1", date(2009, 1, 1), 4), ("2", date(2009, 7, 1), 8),
                      ("3", date(2011, 10, 1), 3)]
    assert [(m.kind, m.due_on) for m in plan.milestones] == [("decision_point", None)] * 2
    assert "ingen beslutningspunkter med dato" in plan.note
    assert "etter nærmere avtale" in plan.meeting_rule


def test_kreativ_region_groups_its_activities_by_the_4t_areas_and_keeps_its_risk_prose(demo):
    project = demo["kreativ-region-2020"]
    plan = plan_view(project)
    titles = [p.title.split(" – ")[0] for p in plan.work_packages]
    assert titles == ["Insatser för regionernas kreativa förmåga", "Talent", "Tolerance",
                      "Technology", "Territorial assets"]
    assert min(a.start for a in plan.activities) >= date(2011, 5, 1)
    assert max(a.end for a in plan.activities) <= date(2013, 12, 1)
    register = register_view(project)
    assert register.total == 0 and "spänner bågen" in register.text


def test_nis_reports_its_activity_areas_done_with_the_counts_of_its_final_report(demo):
    plan = plan_view(demo["nis-6-0"])
    counts = {a.title: a.done_count for a in plan.activities}
    assert counts["Företagsbesök"] == 259
    assert counts["Näringslivsträffar, näringslivsfrukostar och branschmöten"] == 216
    assert counts["Nätverksträffar"] == 31
    assert counts["Omvärldsbevakning och kunskapsinhämtning"] == 152
    assert all(a.status == ActivityStatus.DONE for a in plan.activities)
    assert len(plan.work_packages) == 12


def test_submitted_versions_hold_the_plan_and_the_register_and_draw_them(demo, client):
    from plans.snapshot import read
    from projects.documents.versions import opened

    version = application_versions(demo["invest-in-norrbotten"]).get()
    part = opened(version)["parts"]
    assert part["plan"]["schema"] == 1 and part["risks"]["schema"] == 1
    assert len(part["risks"]["risks"]) == 6
    frozen = read(part["plan"], version.created_at.date())
    assert len(frozen.activities) == 12
    assert gantt_chart(frozen).pages


def test_loading_the_demo_again_leaves_plans_and_risks_alone(demo):
    from plans.models import Activity
    from risks.models import Risk, RiskReview

    before = (Activity.objects.count(), Risk.objects.count(), RiskReview.objects.count())
    call_command("load_demo", stdout=_Sink())
    assert (Activity.objects.count(), Risk.objects.count(),
            RiskReview.objects.count()) == before
