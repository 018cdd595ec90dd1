"""The demo as loaded: the four seed projects, their facts and contradictions, and one login
per role. These tests only read, so the demo is loaded once for the module (`demo_once`)."""

from datetime import date
from decimal import Decimal

import pytest
from django.db.models import Sum

from portal.models import Organisation, StaffRole, User
from projects.access import visible_projects
from projects.demo.people import DEMO_PASSWORD
from projects.models import (
    GroupKind,
    MemberKind,
    ParticipationRole,
    ProjectRole,
    RoleKind,
    VersionKind,
)
from projects.selectors import application_versions
from tests.test_demo import SLUGS, _municipalities, _owner


@pytest.fixture
def demo(demo_once, db):
    return demo_once


def test_every_project_is_in_the_state_its_document_shows(demo):
    assert {slug: project.status for slug, project in demo.items()} == SLUGS


def test_submitted_applications_have_a_frozen_version(demo):
    for slug in ("invest-in-norrbotten", "kreativ-region-2020"):
        versions = list(application_versions(demo[slug]).values_list("kind", flat=True))
        assert versions == [VersionKind.SUBMITTED]
    assert not application_versions(demo["samordnet-naeringsapparat-kongsberg"]).exists()


def test_frozen_versions_include_the_budgets(demo):
    """The other apps' demo parts are loaded before submission, so the freeze holds them."""
    for slug in ("invest-in-norrbotten", "kreativ-region-2020", "nis-6-0"):
        content = application_versions(demo[slug]).get(kind=VersionKind.SUBMITTED).content
        assert content["parts"]["finance"]["budgets"], slug


def test_final_reports_went_through_the_real_workflow(demo):
    for slug in ("nis-6-0",):
        project = demo[slug]
        steps = [(c.from_status, c.to_status, c.actor.username)
                 for c in project.status_changes.filter(document__kind="application")
                 .select_related("actor")]
        officer = "handlaggare"
        assert steps == [
            ("draft", "submitted", "projektledare"),
            ("submitted", "approved", officer),
            ("approved", "running", officer),
            ("running", "final_report_submitted", "projektledare"),
        ]
        # NIS 6.0 revised its budget under a change request during the project.
        changes = [VersionKind.CHANGE] if slug == "nis-6-0" else []
        assert list(application_versions(project).values_list("kind", flat=True)) == [
            VersionKind.SUBMITTED, VersionKind.APPROVED, *changes,
        ]


def test_project_periods(demo):
    periods = {slug: (p.start_date, p.end_date) for slug, p in demo.items()}
    assert periods["kreativ-region-2020"] == (date(2011, 5, 1), date(2013, 12, 31))
    for slug, years in [("invest-in-norrbotten", (2008, 2011)), ("nis-6-0", (2019, 2022)),
                        ("samordnet-naeringsapparat-kongsberg", (2009, 2012))]:
        start, end = periods[slug]
        assert (start.year, end.year) == years


def test_owners_and_programmes(demo):
    assert {slug: _owner(p) for slug, p in demo.items()} == {
        "invest-in-norrbotten": "Norrbottens läns landsting",
        "nis-6-0": "Robertsfors kommun",
        "kreativ-region-2020": "Falun Borlänge-regionen AB",
        "samordnet-naeringsapparat-kongsberg": "Kongsbergregionen",
    }
    programmes = {slug: p.programme for slug, p in demo.items()}
    assert programmes["nis-6-0"].slug == "tillvaxtverket-eruf-2014-2020"
    assert programmes["nis-6-0"].funding_body.name == "Tillväxtverket"
    assert programmes["invest-in-norrbotten"].funding_body.name == "Region Norrbotten"
    interreg = programmes["kreativ-region-2020"]
    assert (interreg.slug, interreg.application_form, interreg.reporting_currency) == (
        "interreg-sverige-norge-2007-2013", "interreg", "EUR")
    plp = programmes["samordnet-naeringsapparat-kongsberg"]
    assert (plp.slug, plp.application_form, plp.country, plp.reporting_currency) == (
        "kongsbergregionen-regionalt-program", "plp", "NO", "NOK")


def test_invest_in_norrbotten_organisation(demo):
    project = demo["invest-in-norrbotten"]
    assert sorted(_municipalities(project)) == sorted([
        "Luleå kommun", "Piteå kommun", "Bodens kommun", "Älvsbyns kommun", "Jokkmokks kommun",
        "Gällivare kommun", "Arvidsjaurs kommun", "Arjeplogs kommun", "Kalix kommun",
        "Övertorneå kommun",
    ])
    steering = project.group_members.filter(group=GroupKind.STEERING)
    assert steering.count() == 5
    assert sorted(steering.values_list("kind", flat=True)) == sorted(
        [MemberKind.EXTERNAL] * 2 + [MemberKind.POLITICIAN] * 3)
    assert project.group_members.filter(group=GroupKind.REFERENCE).count() == 10
    assert project.staff.aggregate(total=Sum("fte"))["total"] == Decimal("2.00")
    assert "200 direkta arbetstillfällen" in project.expected_results


def test_nis_and_kreativ_region_participants(demo):
    assert sorted(_municipalities(demo["nis-6-0"])) == sorted([
        "Robertsfors kommun", "Vindelns kommun", "Vännäs kommun", "Bjurholms kommun",
        "Nordmalings kommun",
    ])
    for figure in ("503", "1 466", "2 949"):
        assert figure in demo["nis-6-0"].summary
    kreativ = demo["kreativ-region-2020"]
    assert len(_municipalities(kreativ)) == 10
    assert kreativ.participations.get(
        organisation__name="Hamarregionen Utvikling").role == ParticipationRole.PARTNER
    assert kreativ.group_members.filter(group=GroupKind.STEERING).count() == 6
    assert kreativ.staff.aggregate(total=Sum("fte"))["total"] == Decimal("3.80")
    assert kreativ.cross_border_value


def test_kongsberg_municipalities_and_benefit_areas(demo):
    project = demo["samordnet-naeringsapparat-kongsberg"]
    found = {
        name.removesuffix(" kommune"): (m.municipality_code, m.population, m.population_date)
        for name, m in _municipalities(project).items()
    }
    counted = date(2008, 1, 1)
    assert found == {
        "Hjartdal": ("0827", 1619, counted), "Tinn": ("0826", 6066, counted),
        "Notodden": ("0807", 12232, counted), "Kongsberg": ("0604", 23997, counted),
        "Flesberg": ("0631", 2521, counted), "Rollag": ("0632", 1419, counted),
        "Nore og Uvdal": ("0633", 2534, counted),
    }
    assert project.benefit_areas.count() == 8
    assert project.sub_goals.count() == 3
    assert project.staff.aggregate(total=Sum("fte"))["total"] == Decimal("1.00")


def test_every_municipality_has_a_four_digit_code(demo):
    codes = Organisation.objects.filter(kind="municipality").values_list(
        "municipality_code", flat=True)
    assert codes and all(len(code) == 4 and code.isdigit() for code in codes)


@pytest.mark.parametrize("slug, phrases", [
    ("invest-in-norrbotten", ["Övertorneå står två gånger", "tio olika kommuner", "Nutek"]),
    ("nis-6-0", ["42,5", "15 477 874", "33 företag"]),
    ("kreativ-region-2020", ["Totalt SEK", "2 420 000", "Ringaker"]),
    ("samordnet-naeringsapparat-kongsberg", ["249 998", "249 999", "dd.mm.2009"]),
])
def test_source_notes_name_the_contradictions(demo, slug, phrases):
    notes = demo[slug].source_notes
    assert notes.startswith("- ")
    for phrase in phrases:
        assert phrase in notes


def test_demo_people_have_their_roles(demo):
    people = {u.username: u for u in User.objects.all()}
    for user in people.values():
        assert user.check_password(DEMO_PASSWORD)
    expected = {
        "projektledare": (RoleKind.MANAGER, set(SLUGS)),
        "medarbetare": (RoleKind.MEMBER, set(SLUGS)),
        "lasare": (RoleKind.VIEWER, set(SLUGS)),
        "styrgrupp": (RoleKind.STEERING, set(SLUGS)),
    }
    for username, (role, slugs) in expected.items():
        roles = ProjectRole.objects.filter(user=people[username])
        assert set(roles.values_list("role", flat=True)) == {role}
        assert set(roles.values_list("project__slug", flat=True)) == slugs
    # The financier has no role set by hand: Region Västerbotten co-finances NIS 6.0 alone.
    financier = people["finansiar"]
    assert not ProjectRole.objects.filter(user=financier).exists()
    assert set(visible_projects(financier).values_list("slug", flat=True)) == {"nis-6-0"}
    admin = people["admin"]
    assert (admin.is_staff, admin.is_superuser, admin.staff_role) == (
        True, True, StaffRole.ADMINISTRATOR)
    assert people["handlaggare"].staff_role == StaffRole.CASE_OFFICER


@pytest.mark.parametrize("username, slugs", [
    ("handlaggare", {"nis-6-0"}),
    ("handlaggare-norrbotten", {"invest-in-norrbotten"}),
    ("handlaggare-interreg", {"kreativ-region-2020"}),
    # Kongsberg's application is a draft, never submitted: its writers' alone.
    ("handlaggare-no", set()),
    ("admin", set(SLUGS) - {"samordnet-naeringsapparat-kongsberg"}),
])
def test_a_case_officer_sees_exactly_his_funding_bodys_projects(demo, username, slugs):
    user = User.objects.get(username=username)
    assert set(visible_projects(user).values_list("slug", flat=True)) == slugs
