"""The project list's filters (status, programme, year, municipality) narrow what a person
may see and never widen it, alone and together."""

from datetime import date

import pytest
from django.urls import reverse

from portal.models import Country
from projects.models import Participation, ParticipationRole, ProjectStatus
from tests import factories


@pytest.fixture
def portfolio(db):
    """A funding body's case officer, two of its programmes, and projects across the years;
    one project of another funding body."""
    body = factories.funding_body("Region Västerbotten")
    officer = factories.case_officer(body)
    manager = factories.person()
    first, second = factories.programme(body), factories.programme(body)
    umea = factories.municipality("Umeå kommun", code="2480")
    projects = {
        # Submitted once (drafts are their writers' alone); "late" waits for a decision.
        "early": factories.submitted_project(manager, programme=first, title="Tidigt",
                                             status=ProjectStatus.RETURNED,
                                 start=date(2018, 1, 1), end=date(2019, 12, 31), owner=umea),
        "late": factories.submitted_project(manager, programme=first, title="Sent",
                                start=date(2021, 3, 1), end=date(2023, 6, 30)),
        "open_ended": factories.submitted_project(manager, programme=second, title="Utan slut",
                                                  status=ProjectStatus.RETURNED,
                                      start=date(2019, 6, 1)),
        "undated": factories.submitted_project(manager, programme=second, title="Odaterat",
                                               status=ProjectStatus.RETURNED),
    }
    Participation.objects.create(project=projects["late"], organisation=umea,
                                 role=ParticipationRole.PARTNER)
    elsewhere = factories.programme(factories.funding_body("Innovasjon Norge",
                                                           country=Country.NORWAY))
    projects["foreign"] = factories.submitted_project(manager, programme=elsewhere,
                                                      title="Utrikes",
                                          start=date(2019, 1, 1), end=date(2019, 12, 31),
                                          owner=umea)
    return {"officer": officer, "manager": manager, "first": first, "second": second,
            "umea": umea, **projects}


def titles(client, user, **query):
    client.force_login(user)
    page = client.get(reverse("projects:list"), query).context["page"]
    return sorted(card.title for card in page.object_list)


def test_without_filters_a_case_officer_sees_the_funding_bodys_projects(client, portfolio):
    assert titles(client, portfolio["officer"]) == ["Odaterat", "Sent", "Tidigt", "Utan slut"]


def test_the_status_filter(client, portfolio):
    assert titles(client, portfolio["officer"], status="submitted") == ["Sent"]
    assert titles(client, portfolio["officer"], status="returned") == [
        "Odaterat", "Tidigt", "Utan slut"]
    assert titles(client, portfolio["officer"], status="draft") == []


def test_the_programme_filter(client, portfolio):
    assert titles(client, portfolio["officer"], programme=portfolio["second"].pk) == [
        "Odaterat", "Utan slut"]


def test_a_year_finds_projects_running_that_year_and_those_without_dates(client, portfolio):
    assert titles(client, portfolio["officer"], year=2019) == [
        "Odaterat", "Tidigt", "Utan slut"]
    assert titles(client, portfolio["officer"], year=2022) == ["Odaterat", "Sent", "Utan slut"]
    assert titles(client, portfolio["officer"], year=2017) == ["Odaterat"]


def test_filters_combine(client, portfolio):
    assert titles(client, portfolio["officer"], programme=portfolio["first"].pk,
                  year=2019) == ["Tidigt"]
    assert titles(client, portfolio["officer"], municipality="Umeå kommun",
                  status="submitted") == ["Sent"]


def test_a_filter_never_shows_a_project_the_person_may_not_see(client, portfolio):
    # Umeå takes part in a project of another funding body: that one stays hidden.
    assert titles(client, portfolio["officer"], municipality="2480") == ["Sent", "Tidigt"]
    assert titles(client, portfolio["manager"], municipality="2480") == [
        "Sent", "Tidigt", "Utrikes"]


def test_a_value_that_is_not_a_choice_is_said_at_the_filter(client, portfolio):
    client.force_login(portfolio["officer"])
    response = client.get(reverse("projects:list"), {"status": "nonsense", "year": "tjugo"})
    assert response.status_code == 200
    form = response.context["filter"].form
    assert form.errors["status"] and form.errors["year"]
