"""Outcomes per period and what the portal computes from them: accumulated value, progress,
share of women, trend, the off-track rule, and progress as it stood on a date."""

from datetime import date

import pytest

from indicators import progress as arithmetic
from indicators.models import Counting, IndicatorKind, IndicatorOutcome, ProjectIndicator
from indicators.selectors import progress
from indicators.services.errors import EditConflict, InvalidInput
from indicators.services.outcomes import OutcomeInput, StatedInput, add_stated_figure, save_outcomes
from portal.models import AuditEntry
from projects.services.errors import NotAllowed
from tests.indicators.conftest import D, from_catalogue, own

pytestmark = pytest.mark.usefixtures("in_english")


@pytest.mark.parametrize("counting, values, expected", [
    (Counting.SUMMED, [D(3), None, D(4)], [D(3), D(3), D(7)]),
    (Counting.ONCE, [D(100), D(50)], [D(100), D(150)]),  # each period reports the new ones
    (Counting.PER_PERIOD, [D(5), D(8), None, D(6)], [D(5), D(8), D(8), D(6)]),
    (Counting.SUMMED, [None, None], [None, None]),
])
def test_periods_add_up_by_the_indicators_measurement_rule(counting, values, expected):
    assert arithmetic.accumulate(counting, values) == expected


def test_progress_of_a_level_starts_from_its_baseline():
    done = arithmetic.achieved(Counting.PER_PERIOD, D(14), baseline=D(10))
    goal = arithmetic.distance(Counting.PER_PERIOD, D(20), baseline=D(10))
    assert arithmetic.percent_of(done, goal) == D("40.0")
    assert arithmetic.percent_of(D(503), D(400)) == D("125.8")  # beyond the target
    assert arithmetic.percent_of(D(1), None) is None


def test_the_share_of_women_is_of_the_whole_outcome():
    assert arithmetic.women_share(D(1466), D(2949)) == D("49.7")
    assert arithmetic.women_share(None, D(10)) is None


@pytest.mark.parametrize("values, direction", [
    ([D(1), D(3)], "rising"), ([D(3), None, D(3)], "steady"), ([D(5), D(2)], "falling"),
    ([D(5)], ""), ([], ""),
])
def test_the_trend_compares_the_last_two_periods_with_a_value(values, direction):
    assert arithmetic.trend(Counting.SUMMED, values) == direction


def test_the_off_track_rule():
    output = IndicatorKind.OUTPUT
    halfway = D("0.5")
    # 80 of the 100 on pace by now (of a target of 200) is on track; 79 is not.
    assert not arithmetic.verdict(kind=output, progress=D(80), target_distance=D(200),
                                  elapsed=halfway, a_period_has_ended=True).off_track
    behind = arithmetic.verdict(kind=output, progress=D(79), target_distance=D(200),
                                elapsed=halfway, a_period_has_ended=True)
    assert behind.off_track and "100" in behind.reason
    # Before a period has ended nothing is flagged; a result is judged at the end.
    assert not arithmetic.verdict(kind=output, progress=D(0), target_distance=D(200),
                                  elapsed=halfway, a_period_has_ended=False).off_track
    assert not arithmetic.verdict(kind=IndicatorKind.RESULT, progress=D(0),
                                  target_distance=D(40), elapsed=halfway,
                                  a_period_has_ended=True).off_track
    ended = arithmetic.verdict(kind=IndicatorKind.RESULT, progress=D(39),
                               target_distance=D(40), elapsed=D(1), a_period_has_ended=True)
    assert ended.off_track
    assert not arithmetic.verdict(kind=output, progress=D(0), target_distance=None,
                                  elapsed=D(1), a_period_has_ended=True).off_track
    assert "80 per cent" in arithmetic.off_track_rule()


@pytest.fixture
def reported(add, catalogue, years, running, manager):
    """Participants (by gender) and companies reported in 2019 and 2020."""
    people = add(from_catalogue(catalogue["NAT-DELT"], target=D(400), target_women=D(200)))
    companies = add(from_catalogue(catalogue["CO01"], target=D(400)))
    periods = years()
    project = running()
    save_outcomes(project=project, indicator_id=people.pk, actor=manager, expected_revision=0,
                  reported_on=date(2020, 1, 15), outcomes=[
                      OutcomeInput(periods[0].pk, D(100), women=D(40), men=D(60))])
    save_outcomes(project=project, indicator_id=people.pk, actor=manager, expected_revision=1,
                  reported_on=date(2021, 1, 15), outcomes=[
                      OutcomeInput(periods[1].pk, D(150), women=D(90), men=D(58))])
    save_outcomes(project=project, indicator_id=companies.pk, actor=manager,
                  expected_revision=0, reported_on=date(2021, 1, 15), outcomes=[
                      OutcomeInput(periods[0].pk, D(200)), OutcomeInput(periods[1].pk, D(303))])
    return {"project": project, "people": people, "companies": companies, "periods": periods}


def _by_code(result):
    return {item.code: item for item in result.indicators}


def test_progress_per_indicator(reported):
    found = _by_code(progress(reported["project"], as_at=date(2021, 6, 30)))
    people = found["NAT-DELT"]
    assert [p.value for p in people.periods] == [D(100), D(150), None]
    assert [p.accumulated for p in people.periods] == [D(100), D(250), D(250)]
    assert (people.accumulated, people.women, people.men) == (D(250), D(130), D(118))
    assert people.women_share == D("52.0")
    assert people.percent == D("62.5")
    assert people.trend == "rising"
    companies = found["CO01"]
    assert (companies.accumulated, companies.percent) == (D(503), D("125.8"))
    assert companies.status_label == "Target reached"
    assert companies.women is None  # not split by gender


def test_an_indicator_behind_pace_is_flagged_with_the_reason(reported):
    """Of 400 participants over 2019–2022, 250 is on pace in February 2021 (208 expected)
    but not in July 2022 (350 expected, 80 % of it is 280), nor when the period has ended."""
    on_pace = _by_code(progress(reported["project"], as_at=date(2021, 2, 1)))["NAT-DELT"]
    assert (on_pace.accumulated, on_pace.off_track) == (D(250), False)
    behind = _by_code(progress(reported["project"], as_at=date(2022, 7, 1)))["NAT-DELT"]
    assert behind.off_track
    assert behind.status_reason == "250 persons so far; 350 would be on pace by now."
    ended = _by_code(progress(reported["project"], as_at=date(2022, 12, 31)))["NAT-DELT"]
    assert ended.off_track and "has ended" in ended.status_reason


def test_progress_as_it_stood_on_a_date_comes_from_the_dated_records(reported, manager):
    project, people, periods = reported["project"], reported["people"], reported["periods"]
    # A correction of 2019 reported in March 2021 supersedes the first record.
    save_outcomes(project=project, indicator_id=people.pk, actor=manager, expected_revision=2,
                  reported_on=date(2021, 3, 1), outcomes=[
                      OutcomeInput(periods[0].pk, D(110), women=D(45), men=D(65))])
    at = {day: _by_code(progress(project, as_at=day))["NAT-DELT"].accumulated
          for day in (date(2020, 1, 14), date(2020, 6, 1), date(2021, 2, 1), date(2021, 3, 1))}
    assert at == {date(2020, 1, 14): None, date(2020, 6, 1): D(100),
                  date(2021, 2, 1): D(250), date(2021, 3, 1): D(260)}
    assert _by_code(progress(project))["NAT-DELT"].accumulated == D(260)
    history = IndicatorOutcome.objects.filter(indicator=people, period=periods[0])
    assert [(o.value, o.superseded_on) for o in history.order_by("id")] == [
        (D(100), date(2021, 3, 1)), (D(110), None)]


def test_the_stored_totals_follow_every_save(reported, manager):
    people = ProjectIndicator.objects.get(pk=reported["people"].pk)
    assert (people.actual, people.actual_women, people.actual_men) == (D(250), D(130), D(118))
    save_outcomes(project=reported["project"], indicator_id=people.pk, actor=manager,
                  expected_revision=2, outcomes=[OutcomeInput(reported["periods"][1].pk, None)])
    people.refresh_from_db()
    assert (people.actual, people.actual_women) == (D(100), D(40))


def test_the_second_save_from_the_same_revision_gets_what_is_saved_now(reported, personas):
    people, periods = reported["people"], reported["periods"]
    with pytest.raises(EditConflict) as conflict:
        save_outcomes(project=reported["project"], indicator_id=people.pk,
                      actor=personas["member"], expected_revision=1,
                      outcomes=[OutcomeInput(periods[1].pk, D(999))])
    assert conflict.value.current[periods[1].pk].value == D(150)
    assert ProjectIndicator.objects.get(pk=people.pk).actual == D(250)


@pytest.mark.parametrize("outcome, field_error", [
    (OutcomeInput(0, D(-1)), "An output cannot be negative."),
    (OutcomeInput(0, D(10), women=D(6), men=D(5)), "Women and men together exceed the total."),
    (OutcomeInput(0, None, women=D(1)), "Give the total as well as women and men."),
])
def test_impossible_outcomes_are_refused_with_the_reason(reported, manager, outcome,
                                                         field_error):
    outcome.period_id = reported["periods"][2].pk
    with pytest.raises(InvalidInput) as refused:
        save_outcomes(project=reported["project"], indicator_id=reported["people"].pk,
                      actor=manager, expected_revision=2, outcomes=[outcome])
    assert refused.value.errors == {f"p{outcome.period_id}": field_error}


def test_a_period_is_not_reported_before_it_starts(reported, manager):
    with pytest.raises(InvalidInput):
        save_outcomes(project=reported["project"], indicator_id=reported["people"].pk,
                      actor=manager, expected_revision=2, reported_on=date(2021, 6, 1),
                      outcomes=[OutcomeInput(reported["periods"][3].pk, D(5))])


def test_outcomes_wait_for_the_approval(add, years, manager):
    indicator = add(own("Träffar", target=D(5)))
    periods = years()
    with pytest.raises(NotAllowed):
        save_outcomes(project=indicator.project, indicator_id=indicator.pk, actor=manager,
                      expected_revision=0, outcomes=[OutcomeInput(periods[0].pk, D(1))])


def test_outcomes_are_audited_per_period(reported):
    entries = AuditEntry.objects.filter(action="indicator:outcome",
                                        object_id=str(reported["people"].pk)).order_by("id")
    assert [(e.field, e.new_value) for e in entries] == [
        ("2019", "100 (women 40, men 60)"), ("2020", "150 (women 90, men 58)")]


def test_a_stated_figure_is_shown_beside_the_computed_one(reported, manager):
    add_stated_figure(project=reported["project"], actor=manager, data=StatedInput(
        "outcome", D(260), "Lägesrapport 2020", indicator_id=reported["people"].pk))
    stated = _by_code(progress(reported["project"]))["NAT-DELT"].stated[0]
    assert (stated.stated, stated.computed, stated.difference) == (D(260), D(250), D(10))
    with pytest.raises(InvalidInput):
        add_stated_figure(project=reported["project"], actor=manager, data=StatedInput(
            "participants", D(1), "", indicator_id=reported["people"].pk))


def test_company_indicators_that_cover_others_are_checked(reported, add, catalogue,
                                                          manager, project):
    """CO01 covers CO04: a project cannot count more companies with advice than in all."""
    from projects.services import workflow

    workflow.open_change_request(project=project, actor=manager, reason="CO04")
    advice = add(from_catalogue(catalogue["CO04"]))
    save_outcomes(project=project, indicator_id=advice.pk, actor=manager, expected_revision=0,
                  outcomes=[OutcomeInput(reported["periods"][1].pk, D(600))])
    findings = progress(project).findings
    assert findings == ("CO01 counts 503, fewer than the 600 of CO04, whose companies it "
                        "covers.",)


def test_a_note_changed_alone_is_audited_and_shows_in_the_api_at_the_next_read(
        client, reported, manager):
    from django.urls import reverse

    project, people = reported["project"], reported["people"]
    client.force_login(manager)
    address = reverse("indicators_api:outcomes", args=[project.slug])
    assert client.get(address).json() == client.get(address).json()  # kept
    save_outcomes(project=project, indicator_id=people.pk, actor=manager, expected_revision=2,
                  reported_on=date(2021, 2, 1), outcomes=[OutcomeInput(
                      reported["periods"][1].pk, D(150), women=D(90), men=D(58),
                      note="Två deltagare räknades dubbelt")])
    entry = AuditEntry.objects.filter(action="indicator:outcome").latest("id")
    assert entry.field == "2020" and entry.old_value != entry.new_value
    assert entry.new_value.endswith(" – Två deltagare räknades dubbelt")
    notes = [row["note"] for row in client.get(address).json()["results"]]
    assert "Två deltagare räknades dubbelt" in notes
