"""The registers and what is counted from them: participants by gender and activity type,
companies once per indicator, growth in employees per company and in total."""

from datetime import date

import pytest

from indicators.models import (
    Leadership,
    ParticipantName,
    ProjectIndicator,
    RegisterRule,
    SizeClass,
    StatedMeasure,
)
from indicators.register_selectors import company_register, participant_summary
from indicators.selectors import progress
from indicators.services.companies import (
    CompanyInput,
    EmployeeCountInput,
    add_companies,
    update_company,
)
from indicators.services.errors import EditConflict, InvalidInput
from indicators.services.outcomes import StatedInput, add_stated_figure
from indicators.services.participants import (
    ActivityTypeInput,
    ParticipationInput,
    add_activity_type,
    add_participations,
    remove_names,
    update_participation,
)
from portal.models import AuditEntry
from projects.services.errors import NotAllowed
from tests.indicators.conftest import D, counted, from_catalogue

pytestmark = pytest.mark.usefixtures("in_english")


@pytest.fixture
def follow_up(add, catalogue, years, running):
    """A running project with indicators counted from both registers."""
    made = {
        "people": add(counted(RegisterRule.PARTICIPANTS, "Deltagare", gender_split=True,
                              target=D(100))),
        "events": add(counted(RegisterRule.ACTIVITIES, "Aktiviteter", target=D(10))),
        "co01": add(from_catalogue(catalogue["CO01"], source="register",
                                   rule=RegisterRule.COMPANIES, target=D(5))),
        "co04": add(from_catalogue(catalogue["CO04"], source="register",
                                   rule=RegisterRule.COMPANIES)),
        "co05": add(from_catalogue(catalogue["CO05"], source="register",
                                   rule=RegisterRule.COMPANIES)),
        "growth": add(from_catalogue(catalogue["CO08"], source="register",
                                     rule=RegisterRule.EMPLOYMENT_GROWTH, target=D(4))),
    }
    made["periods"] = years()
    made["project"] = running()
    return made


@pytest.fixture
def visits(follow_up, manager):
    project = follow_up["project"]
    kind = add_activity_type(project=project, actor=manager, data=ActivityTypeInput(
        "Företagsbesök", stated_count=4, stated_source="Slutrapporten"))
    network = add_activity_type(project=project, actor=manager,
                                data=ActivityTypeInput("Nätverksträffar"))
    add_participations(project=project, actor=manager, rows=[
        ParticipationInput(kind.pk, date(2019, 3, 1), "Besök 1", women=1, men=1),
        ParticipationInput(kind.pk, date(2020, 5, 1), "Besök 2", women=2, men=0, other=1),
        ParticipationInput(kind.pk, date(2020, 6, 1), "Besök 3", women=0, men=3),
        ParticipationInput(network.pk, date(2021, 2, 2), "Träff", women=12, men=0,
                           names=["Anna Andersson", "Berit Berg"]),
    ])
    return {"visits": kind, "network": network}


def _found(project, as_at=None):
    return {item.name: item for item in progress(project, as_at=as_at).indicators}


def test_participants_are_counted_by_gender_and_period(follow_up, visits):
    people = _found(follow_up["project"])["Deltagare"]
    assert (people.accumulated, people.women, people.men) == (D(20), D(15), D(4))
    assert [p.value for p in people.periods] == [D(2), D(6), D(12), None]
    assert [p.accumulated for p in people.periods] == [D(2), D(8), D(20), D(20)]
    assert people.women_share == D(75)
    assert _found(follow_up["project"])["Aktiviteter"].accumulated == D(4)


def test_the_participant_summary_sets_the_stated_activity_count_beside_the_records(
        follow_up, visits, manager):
    add_stated_figure(project=follow_up["project"], actor=manager, data=StatedInput(
        StatedMeasure.PARTICIPANTS, D(20), "Slutrapporten"))
    summary = participant_summary(follow_up["project"])
    assert (summary.participants, summary.women, summary.men, summary.other) == (20, 15, 4, 1)
    assert summary.women_share == D(75)
    visits_row = summary.by_type[0]
    assert (visits_row.activities, visits_row.stated_count, visits_row.difference) == (3, 4, 1)
    assert summary.stated[0].agrees
    assert summary.names_kept == 2
    earlier = participant_summary(follow_up["project"], as_at=date(2020, 12, 31))
    assert (earlier.participants, earlier.activities) == (8, 3)


def test_a_date_outside_the_project_period_is_refused(follow_up, visits, manager):
    with pytest.raises(InvalidInput) as refused:
        add_participations(project=follow_up["project"], actor=manager, rows=[
            ParticipationInput(visits["visits"].pk, date(2018, 12, 31), women=1),
            ParticipationInput(visits["visits"].pk, date(2019, 1, 1), women=-1)])
    assert set(refused.value.errors) == {"1:held_on", "2:women"}
    assert participant_summary(follow_up["project"]).activities == 4  # nothing half-added


def test_names_are_removed_on_request_without_trace(follow_up, visits, manager):
    removed = remove_names(project=follow_up["project"], actor=manager, name="anna andersson")
    assert removed == 1
    assert list(ParticipantName.objects.values_list("name", flat=True)) == ["Berit Berg"]
    trail = " ".join(AuditEntry.objects.values_list("new_value", flat=True))
    trail += " ".join(AuditEntry.objects.values_list("old_value", flat=True))
    assert "Anna" not in trail and "Berit" not in trail


def test_a_record_edited_by_two_people_refuses_the_second(follow_up, visits, manager, personas):
    record = visits["network"].records.get()
    data = ParticipationInput(visits["network"].pk, date(2021, 2, 2), "Träff", women=13,
                              id=record.pk, expected_revision=0)
    update_participation(project=follow_up["project"], actor=manager, data=data)
    with pytest.raises(EditConflict):
        update_participation(project=follow_up["project"], actor=personas["member"], data=data)
    assert _found(follow_up["project"])["Deltagare"].accumulated == D(21)


def test_the_registers_wait_for_the_approval(add, project, manager):
    with pytest.raises(NotAllowed):
        add_activity_type(project=project, actor=manager, data=ActivityTypeInput("Besök"))


def company(name, number="", country="SE", counts=(), indicators=(), **extra) -> CompanyInput:
    return CompanyInput(name=name, organisation_number=number, country=country,
                        indicator_ids=[i.pk for i in indicators],
                        employee_counts=[EmployeeCountInput(day, D(n), label)
                                         for day, n, label in counts], **extra)


BEFORE, AFTER = date(2019, 12, 31), date(2022, 10, 31)


@pytest.fixture
def companies(follow_up, manager):
    f = follow_up
    return add_companies(project=f["project"], actor=manager, rows=[
        company("Automattolerans/Smejtec AB", "556036-0793",
                counts=[(BEFORE, "2.5", "2019"), (AFTER, 4, "okt-22")],
                indicators=[f["co04"], f["growth"]], leadership=Leadership.WOMAN,
                size_class=SizeClass.MICRO, supported_from=date(2020, 5, 1)),
        company("Hotell Vännäs", counts=[(BEFORE, 19, "2019"), (AFTER, 17, "okt-22")],
                indicators=[f["co01"], f["growth"]], leadership=Leadership.MAN,
                size_class=SizeClass.SMALL, supported_from=date(2020, 5, 1)),
        company("Nytt bolag", "974 760 673", country="NO", counts=[(AFTER, 3, "okt-22")],
                indicators=[f["co05"], f["co01"]], founded_on=date(2018, 6, 1),
                supported_from=date(2021, 3, 1)),
        company("Gammalt bolag", indicators=[f["co05"]], founded_on=date(2010, 1, 1)),
        company("Norrlands fruktvin", counts=[(BEFORE, 1, "2019"), (AFTER, 1, "okt-22")],
                stated_growth=D(1), indicators=[f["growth"]]),
    ])


def test_growth_is_computed_per_company_and_in_total(follow_up, companies, manager):
    register = company_register(follow_up["project"])
    rows = {c.name: c for c in register.companies}
    assert (rows["Automattolerans/Smejtec AB"].growth,
            rows["Automattolerans/Smejtec AB"].growth_percent) == (D("1.5"), D(60))
    assert rows["Automattolerans/Smejtec AB"].organisation_number == "556036-0793"
    assert rows["Nytt bolag"].organisation_number == "974 760 673"
    assert rows["Hotell Vännäs"].growth == D(-2)
    assert (rows["Norrlands fruktvin"].growth, rows["Norrlands fruktvin"].stated_difference) == (
        D(0), D(1))
    assert rows["Nytt bolag"].growth == D(0)  # one count: no growth yet
    assert rows["Gammalt bolag"].growth is None
    assert (register.employees_first, register.employees_latest, register.growth) == (
        D("25.5"), D(25), D("-0.5"))
    assert register.measurement_labels == ("2019", "okt-22")
    growth = {i.code: i for i in progress(follow_up["project"]).indicators}["CO08"]
    assert growth.accumulated == D("-0.5")


def test_a_company_counts_once_per_indicator_and_co01_covers_co04_and_co05(follow_up,
                                                                           companies):
    found = {item.code: item for item in progress(follow_up["project"]).indicators}
    # CO01: its own two, plus Smejtec from CO04 and both companies of CO05, each once
    # (an old company is still a supported one).
    assert found["CO01"].accumulated == D(4)
    assert (found["CO01"].women, found["CO01"].men) == (D(1), D(1))  # led by women / men
    assert dict(found["CO01"].breakdown) == {"micro": D(1), "small": D(1)}
    # CO05 counts only companies founded less than three years before the start (2019-01-01).
    assert found["CO05"].accumulated == D(1)
    assert "left out" in found["CO05"].findings[0]
    assert [p.value for p in found["CO01"].periods] == [None, D(2), D(1), None]
    stored = ProjectIndicator.objects.get(pk=follow_up["co01"].pk)
    assert stored.actual == D(4)


def test_counts_as_at_a_date_use_what_had_happened_by_then(follow_up, companies):
    found = {item.code: item for item in progress(follow_up["project"],
                                                  as_at=date(2020, 12, 31)).indicators}
    assert found["CO01"].accumulated == D(3)  # the new company was supported in 2021
    assert found["CO08"].accumulated == D(0)  # no count after the first one yet
    register = company_register(follow_up["project"], as_at=date(2020, 12, 31))
    assert register.employees_latest == register.employees_first == D("22.5")


@pytest.mark.parametrize("row, key, reason", [
    (company("A", "556036-0794"), "1:organisation_number",
     "The check digit of the Swedish organisation number is wrong."),
    (company("A", "123 456 789", country="NO"), "1:organisation_number",
     "The check digit of the Norwegian organisation number is wrong."),
    (company(""), "1:name", "Give the company's name."),
    (company("A", leadership="boss"), "1:leadership", "Not one of the choices."),
    (company("A", counts=[(BEFORE, 1, ""), (BEFORE, 2, "")]), "1:employees",
     "Two counts of employees on the same date."),
])
def test_a_bad_company_is_refused_with_the_reason(follow_up, manager, row, key, reason):
    with pytest.raises(InvalidInput) as refused:
        add_companies(project=follow_up["project"], actor=manager, rows=[row])
    assert refused.value.errors == {key: reason}


def test_a_company_is_in_the_register_once(follow_up, companies, manager):
    with pytest.raises(InvalidInput) as refused:
        add_companies(project=follow_up["project"], actor=manager, rows=[
            company("Smejtec", "5560360793"), company("Ny", "974760673", country="SE"),
            company("hotell vännäs")])
    assert set(refused.value.errors) == {"1:organisation_number", "2:organisation_number",
                                         "3:name"}


def test_a_company_counts_only_towards_company_indicators(follow_up, manager):
    with pytest.raises(InvalidInput) as refused:
        add_companies(project=follow_up["project"], actor=manager,
                      rows=[company("A", indicators=[follow_up["people"]])])
    assert "1:indicators" in refused.value.errors


def test_a_company_edited_by_two_people_refuses_the_second(follow_up, companies, manager,
                                                          personas):
    hotel = next(c for c in companies if c.name == "Hotell Vännäs")
    row = company("Hotell Vännäs AB", id=hotel.pk, expected_revision=0)
    update_company(project=follow_up["project"], actor=manager, data=row)
    with pytest.raises(EditConflict):
        update_company(project=follow_up["project"], actor=personas["member"], data=row)
    entries = AuditEntry.objects.filter(action="companies:change", object_id=str(hotel.pk))
    assert {e.field for e in entries} >= {"name", "employees 2019-12-31"}


def test_the_api_s_register_is_kept_until_a_company_is_added(client, follow_up, companies,
                                                             manager):
    from django.urls import reverse

    from tests.kept import assert_api_answer_kept_until_change

    client.force_login(manager)
    project = follow_up["project"]
    address = reverse("indicators_api:companies", args=[project.slug]) + "?page_size=2"
    first = client.get(address).json()
    assert first["count"] == 5 and len(first["results"]) == 2
    assert first["employees_latest"] == "25"  # 4 + 17 + 3 + 1, from every company
    assert_api_answer_kept_until_change(
        client, address + "&page=3",
        lambda: add_companies(project=project, actor=manager, rows=[
            company("Örnsköldsviks bryggeri", counts=[(AFTER, 6, "okt-22")])]),
        "Örnsköldsviks bryggeri")
    assert client.get(address).json()["employees_latest"] == "31"
    swedish = client.get(address, HTTP_ACCEPT_LANGUAGE="sv").json()["results"][0]
    english = client.get(address, HTTP_ACCEPT_LANGUAGE="en").json()["results"][0]
    assert swedish["leadership_label"] != english["leadership_label"]  # each in its language
