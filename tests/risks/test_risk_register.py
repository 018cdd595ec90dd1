"""The risk register's rules at the service and the selector: the value is likelihood ×
impact, "not yet assessed" stays unassessed, reviews keep every earlier assessment, and the
register reads as it stood on any past day."""

from datetime import date, timedelta

import pytest
from django.utils import timezone

from projects.services.errors import NotAllowed
from risks.heatmap import heat_map
from risks.integration import submission_check
from risks.models import ProgrammeRiskRules, Risk, RiskReview, RiskStatus
from risks.selectors import RegisterFilter, register_view, risk_detail
from risks.services.errors import InvalidInput
from risks.services.risks import ReviewInput, RiskInput, remove_risk, review_risk, update_risk

pytestmark = pytest.mark.usefixtures("in_english")


def test_a_risk_gets_the_next_number_and_its_value_is_likelihood_times_impact(risk, project):
    first = risk(likelihood=3, impact=4)
    second = risk("Det är en risk att konjunkturen vänder")
    assert (first.code, first.value, second.code, second.value) == ("R1", 12, "R2", None)
    view = register_view(project)
    assert [(r.code, r.value, r.band) for r in view.risks] == [("R1", 12, "high"),
                                                               ("R2", None, "")]
    assert view.risks[1].likelihood_label == "Not yet assessed"


@pytest.mark.parametrize("field,value", [("likelihood", 6), ("impact", 0)])
def test_it_refuses_a_level_outside_one_to_five(risk, project, field, value):
    with pytest.raises(InvalidInput) as refused:
        risk(**{field: value})
    assert refused.value.errors == {field: "A level from 1 to 5, or not yet assessed."}
    assert not Risk.objects.filter(project=project).exists()


def test_a_review_keeps_the_earlier_assessment_and_the_register_reads_as_at_a_past_day(
        risk, project, manager, running):
    made = risk(likelihood=2, impact=4, consequence="Allvarlig negativ konsekvens")
    running()
    today = timezone.localdate()
    RiskReview.objects.filter(risk=made).update(reviewed_on=today - timedelta(days=30))
    Risk.objects.filter(pk=made.pk).update(identified_on=today - timedelta(days=30))
    review_risk(project=project, actor=manager, risk_id=made.pk, expected_revision=0,
                data=ReviewInput(likelihood=4, impact=4, status=RiskStatus.MITIGATING,
                                 note="Två kommuner har hoppat av",
                                 reviewed_on=today - timedelta(days=10)))
    history = risk_detail(project, made.pk).history
    assert [(h.reviewed_on, h.value, h.previous_value, h.recorded_by) for h in history] == [
        (today - timedelta(days=30), 8, None, "Maja Ledare"),
        (today - timedelta(days=10), 16, 8, "Maja Ledare")]
    then = register_view(project, as_at=today - timedelta(days=20)).risks[0]
    assert (then.value, then.status) == (8, RiskStatus.OPEN)
    assert register_view(project, as_at=today - timedelta(days=31)).risks == ()
    assert register_view(project).risks[0].value == 16


def test_a_review_needs_the_project_in_follow_up(risk, project, manager):
    made = risk(likelihood=2, impact=2)
    with pytest.raises(NotAllowed):
        review_risk(project=project, actor=manager, risk_id=made.pk,
                    data=ReviewInput(likelihood=3, impact=2, status=RiskStatus.OPEN))


def test_changing_the_assessment_while_writing_the_application_is_kept_as_a_review(
        risk, project, manager):
    made = risk(likelihood=2, impact=2)
    update_risk(project=project, actor=manager, risk_id=made.pk, expected_revision=0,
                data=RiskInput(title=made.title, likelihood=3, impact=2))
    assert list(made.reviews.values_list("likelihood", flat=True)) == [2, 3]


def test_a_reviewed_risk_is_closed_not_removed(risk, project, manager):
    made = risk(likelihood=2, impact=2)
    update_risk(project=project, actor=manager, risk_id=made.pk, expected_revision=0,
                data=RiskInput(title=made.title, likelihood=3, impact=2))
    with pytest.raises(InvalidInput):
        remove_risk(project=project, actor=manager, risk_id=made.pk)
    fresh = risk("Ny risk")
    remove_risk(project=project, actor=manager, risk_id=fresh.pk)
    assert list(Risk.objects.values_list("number", flat=True)) == [1]


def test_overdue_reviews_are_flagged_and_filtered(risk, project):
    yesterday = timezone.localdate() - timedelta(days=1)
    risk("Försenad", likelihood=2, impact=2, next_review_on=yesterday)
    risk("I tid", likelihood=1, impact=1, next_review_on=yesterday + timedelta(days=30))
    risk("Stängd", likelihood=1, impact=1, status=RiskStatus.CLOSED, next_review_on=yesterday)
    found = register_view(project, filters=RegisterFilter(overdue=True))
    assert [r.title for r in found.risks] == ["Försenad"]


def test_the_register_filters_and_sorts(risk, project):
    risk("A", likelihood=1, impact=2, owner="Eva", category="Förankring")
    risk("B", likelihood=5, impact=5, owner="Olle", category="Ekonomi")
    risk("C", likelihood=3, impact=4, owner="Eva", category="Ekonomi")
    risk("D", impact=4, owner="Eva")
    by_value = register_view(project).risks
    assert [r.title for r in by_value] == ["B", "C", "A", "D"]
    eva = register_view(project, filters=RegisterFilter(owner="Eva", min_value=5))
    assert [r.title for r in eva.risks] == ["C"]
    economy = register_view(project, filters=RegisterFilter(category="Ekonomi", sort="title"))
    assert [r.title for r in economy.risks] == ["B", "C"]
    assert register_view(project).owners == ("Eva", "Olle")


def test_the_heat_map_counts_each_cell_and_keeps_the_unassessed_likelihood_apart(risk,
                                                                                project):
    risk("A", likelihood=3, impact=4)
    risk("B", likelihood=3, impact=4)
    risk("C", impact=4, consequence="Allvarlig negativ konsekvens")
    risk("D")
    risk("E", likelihood=5, impact=5, status=RiskStatus.CLOSED)
    found = heat_map(register_view(project).risks)
    placed = {(c.likelihood, c.impact): (c.count, c.codes)
              for c in (*found.cells, *found.strip) if c.count}
    assert placed == {(3, 4): (2, "R1 R2"), (None, 4): (1, "R3")}
    assert found.unplaced == ("R4",)
    assert "2 risks at likelihood 3, impact 4: R1 A; R2 B." in found.description


def test_a_programme_asking_for_a_risk_analysis_blocks_submission_until_there_is_one(
        risk, project):
    ProgrammeRiskRules.objects.create(programme=project.programme, requires_assessment=True)
    assert submission_check(project) == {"Risk analysis": [
        "The programme asks for a risk analysis: add the risks, or describe them in words."]}
    risk("Oklar risk", impact=3)
    assert submission_check(project) == {"Risk analysis": [
        "R1 Oklar risk: likelihood and impact are not yet assessed."]}


def test_identified_on_is_today(risk):
    assert risk().identified_on == timezone.localdate()
    assert isinstance(risk().identified_on, date)
