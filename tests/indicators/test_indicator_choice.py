"""Choosing indicators and setting targets: part of the application, so only while it is
open, by the project's writers, checked inside the service."""

import pytest

from indicators.models import (
    IndicatorKind,
    ProgrammeIndicatorRules,
    ProjectIndicator,
    RegisterRule,
    Source,
)
from indicators.services.errors import EditConflict, InvalidInput
from indicators.services.indicators import (
    IndicatorInput,
    add_indicator,
    offered_catalogue,
    remove_indicator,
    update_indicator,
)
from portal.models import AuditEntry
from projects.services import workflow
from projects.services.errors import NotAllowed
from tests.indicators.conftest import D, counted, from_catalogue, own, start_running
from tests.projects.helpers import complete_application

pytestmark = pytest.mark.usefixtures("in_english")


def test_a_catalogue_indicator_takes_its_words_and_rules_from_the_catalogue(add, catalogue):
    indicator = add(from_catalogue(catalogue["NAT-JOBB"], target=D(200), name="ignored",
                                   kind=IndicatorKind.OUTPUT))
    assert (indicator.name, indicator.kind, indicator.gender_split) == ("", "result", True)
    assert indicator.label("sv") == "Antal nya arbetstillfällen"
    assert indicator.unit_label("nb") == "arbeidsplasser"
    assert indicator.portfolio_measure == "jobs"
    assert indicator.target == D(200)


def test_an_own_indicator_needs_a_name_and_a_unit(add):
    with pytest.raises(InvalidInput) as refused:
        add(IndicatorInput(name=" ", unit=""))
    assert set(refused.value.errors) == {"name", "unit"}


def test_targets_for_women_and_men_cannot_exceed_the_target(add, catalogue):
    with pytest.raises(InvalidInput) as refused:
        add(from_catalogue(catalogue["NAT-DELT"], target=D(100), target_women=D(60),
                           target_men=D(50)))
    assert "target_women" in refused.value.errors
    with pytest.raises(InvalidInput) as refused:
        add(from_catalogue(catalogue["CO01"], target=D(100), target_women=D(10)))
    assert refused.value.errors["target_women"] == "This indicator is not split by women and men."


def test_a_reference_year_needs_its_baseline(add):
    with pytest.raises(InvalidInput) as refused:
        add(own("Mötesplatser", baseline_year=2010))
    assert "baseline" in refused.value.errors
    assert add(own("Mötesplatser", baseline=D(2), baseline_year=2010)).baseline == D(2)


def test_the_same_catalogue_indicator_is_chosen_once(add, catalogue):
    add(from_catalogue(catalogue["CO01"]))
    with pytest.raises(InvalidInput) as refused:
        add(from_catalogue(catalogue["CO01"]))
    assert "CO01" in refused.value.errors["catalogue_id"]


def test_a_programme_that_names_its_indicators_offers_only_those(add, catalogue, project):
    catalogue["CO01"].programmes.add(project.programme)
    assert list(offered_catalogue(project)) == [catalogue["CO01"]]
    with pytest.raises(InvalidInput):
        add(from_catalogue(catalogue["RCO01"]))
    ProgrammeIndicatorRules.objects.create(programme=project.programme, only_catalogue=True)
    with pytest.raises(InvalidInput) as refused:
        add(own("Egen"))
    assert "catalogue_id" in refused.value.errors


def test_a_computed_own_indicator_counts_the_way_its_rule_does(add):
    companies = add(counted(RegisterRule.COMPANIES))
    assert companies.counting == "once"
    growth = add(counted(RegisterRule.EMPLOYMENT_GROWTH, gender_split=True))
    assert not growth.gender_split  # employees are not counted by gender
    with pytest.raises(InvalidInput) as refused:
        add(IndicatorInput(name="X", unit="st", source=Source.REGISTER, rule="guess"))
    assert "rule" in refused.value.errors


def test_only_the_projects_writers_choose_indicators(project, personas, catalogue):
    for persona in ("steering", "financier", "viewer", "case_officer", "outsider"):
        with pytest.raises(NotAllowed):
            add_indicator(project=project, actor=personas[persona],
                          data=from_catalogue(catalogue["CO01"]))
    assert add_indicator(project=project, actor=personas["member"],
                         data=from_catalogue(catalogue["CO01"])).pk


def test_targets_are_locked_once_submitted_and_open_again_under_a_change_request(
        add, project, personas, manager):
    indicator = add(own("Träffar", target=D(10)))
    complete_application(project)
    workflow.submit_application(project=project, actor=manager)
    with pytest.raises(NotAllowed):
        update_indicator(project=project, indicator_id=indicator.pk, actor=manager,
                         data=own("Träffar", target=D(12)), expected_revision=0)
    workflow.approve_application(project=project, actor=personas["case_officer"],
                                 granted_amount=D(1))
    workflow.open_change_request(project=project, actor=manager, reason="Fler träffar")
    update_indicator(project=project, indicator_id=indicator.pk, actor=manager,
                     data=own("Träffar", target=D(12)), expected_revision=0)
    assert ProjectIndicator.objects.get(pk=indicator.pk).target == D(12)


def test_the_second_of_two_saves_from_the_same_revision_is_refused(add, manager, personas):
    indicator = add(own("Träffar", target=D(10)))
    update_indicator(project=indicator.project, indicator_id=indicator.pk, actor=manager,
                     data=own("Träffar", target=D(11)), expected_revision=0)
    with pytest.raises(EditConflict):
        update_indicator(project=indicator.project, indicator_id=indicator.pk,
                         actor=personas["member"], data=own("Träffar", target=D(20)),
                         expected_revision=0)
    assert ProjectIndicator.objects.get(pk=indicator.pk).target == D(11)


def test_changes_are_audited_field_by_field(add, manager):
    indicator = add(own("Träffar", target=D(10)))
    update_indicator(project=indicator.project, indicator_id=indicator.pk, actor=manager,
                     data=own("Träffar", target=D("12.50")), expected_revision=0)
    entry = AuditEntry.objects.get(action="indicator:change")
    assert (entry.field, entry.old_value, entry.new_value) == ("target", "10", "12,5")


def test_an_indicator_with_outcomes_stays_on_record(add, project, personas, years, manager):
    from indicators.services.outcomes import OutcomeInput, save_outcomes

    kept = add(own("Träffar", target=D(10)))
    dropped = add(own("Annat"))
    periods = years()
    remove_indicator(project=project, indicator_id=dropped.pk, actor=manager)
    start_running(project, personas)
    save_outcomes(project=project, indicator_id=kept.pk, actor=manager, expected_revision=0,
                  outcomes=[OutcomeInput(periods[0].pk, D(3))])
    workflow.open_change_request(project=project, actor=manager, reason="Ta bort")
    with pytest.raises(InvalidInput):
        remove_indicator(project=project, indicator_id=kept.pk, actor=manager)
    assert list(ProjectIndicator.objects.values_list("name", flat=True)) == ["Träffar"]
