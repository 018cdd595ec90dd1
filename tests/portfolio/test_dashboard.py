"""The project status dashboard, today and as it stood on an earlier day (by default the last
steering-group meeting), every figure recomputed from the history the apps keep."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import translation

from finance.models import FinancingType, OutcomeFinancing, OutcomeReport
from portal.models import Country, Organisation, OrganisationKind
from reports.portfolio.dashboard import dashboard, financier_lines
from reports.portfolio.models import StoredLights
from tests.finance.conftest import category, fill, manager  # noqa: F401 - fixture
from tests.portfolio.running_project import MEETING, TODAY


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def test_today_reads_every_part(running):
    board = dashboard(running)
    total = board.totals[0]
    assert (total.approved, total.spent, total.remaining, total.received) == (
        Decimal(1000000), Decimal(550000), Decimal(450000), Decimal(150000))
    assert board.light["money"].light == "green"  # 55 % spent at 66.7 %: 11.7 points
    assert board.light["money"].reading == "Spent 55 % of the budget at 67 % of the period."
    assert [a.title for a in board.late_activities] == ["Besöka 40 företag"]
    assert board.light["time"].light == "amber"
    assert [m.title for m in board.upcoming] == ["Halvtidsutvärdering"]
    assert [(r.code, r.value) for r in board.top_risks] == [("R1", 16)]
    assert [a.title for a in board.open_actions] == ["Skicka inbjudan"]
    assert [a.title for a in board.overdue_actions] == ["Skicka inbjudan"]
    assert board.last_meeting == MEETING


def test_as_at_the_meeting_recomputes_from_history(running):
    board = dashboard(running, as_at=MEETING)
    total = board.totals[0]
    assert (total.spent, total.received) == (Decimal(200000), Decimal(150000))
    assert board.light["money"].light == "amber"  # 20 % spent at 50 %: 30 points
    assert board.late_activities == ()  # its end was still ahead
    assert board.light["time"].light == "green"
    assert [(r.code, r.value) for r in board.top_risks] == [("R1", 6)]
    assert {a.title for a in board.open_actions} == {"Boka lokal", "Skicka inbjudan"}
    assert board.overdue_actions == ()


def test_the_page_compares_with_the_last_meeting_and_marks_changes(running, client, personas):
    client.force_login(personas["steering"])
    response = client.get(reverse("portfolio:dashboard", args=[running.slug]),
                          HTTP_ACCEPT_LANGUAGE="en")
    content = response.content.decode()
    assert response.status_code == 200
    assert f"Compared with the last steering-group meeting, {MEETING.isoformat()}" in content
    assert "Spent 55 % of the budget at 67 % of the period." in content
    assert f"On {MEETING.isoformat()}: Watch. Spent 20 % of the budget" in content
    assert content.count('class="changed-mark"') >= 4  # time, money, burn, risks, actions
    assert "200\u00a0000\u00a0kr on" in content
    stored = StoredLights.objects.get(project=running)
    assert (stored.time, stored.money) == ("amber", "green")


def test_a_chosen_day_replaces_the_meeting(running, client, personas):
    client.force_login(personas["manager"])
    day = TODAY - timedelta(days=3)
    response = client.get(reverse("portfolio:dashboard", args=[running.slug]),
                          {"jamfor": day.isoformat()}, HTTP_ACCEPT_LANGUAGE="en")
    assert f"Compared with {day.isoformat()}" in response.content.decode()


def test_a_financier_sees_only_their_own_share(running, client, personas, owner_organisation):
    financier = personas["financier"]
    client.force_login(financier)
    url = reverse("portfolio:dashboard", args=[running.slug])
    content = client.get(url, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Your organisation has no line in the financing plan." in content
    financier.organisation = owner_organisation
    financier.save()
    content = client.get(url, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Your share" in content and owner_organisation.name in content


def test_an_amount_the_plan_does_not_state_is_said_to_be_not_stated(running, client, personas):
    """A plan of one undivided sum names no financier; the outcome report says who paid. What
    the plan asks of that financier is not stated, not 0 kr (seed 001, NIS 6.0)."""
    financier = personas["financier"]
    financier.organisation = Organisation.objects.create(
        name="Robertsfors kommun", kind=OrganisationKind.OTHER, country=Country.SWEDEN)
    financier.save()
    report = OutcomeReport.objects.get(budget__project=running, number=1)
    OutcomeFinancing.objects.create(report=report, financier=financier.organisation,
                                    financing_type=FinancingType.PUBLIC_CASH,
                                    amount=Decimal(40000))
    lines = {line.name: line for _budget, _currency, line in
             financier_lines(dashboard(running))}
    assert lines[financier.organisation.name].asked is None
    assert lines[financier.organisation.name].received == Decimal(40000)
    assert all(line.asked is not None for name, line in lines.items()
               if name != financier.organisation.name)
    client.force_login(financier)
    for language in ("sv", "nb", "en"):
        with translation.override(language):
            words = translation.gettext("Not stated")
        assert words != "Not stated" or language == "en"
        content = client.get(reverse("portfolio:dashboard", args=[running.slug]),
                             HTTP_ACCEPT_LANGUAGE=language).content.decode()
        share = content[content.index(financier.organisation.name, content.index("<tbody>",
                                      content.index('id="dashboard-t2"'))):]
        row = share[:share.index("</tr>")]
        assert words in row and ">0\xa0kr" not in row and "40\xa0000\xa0kr" in row, row
