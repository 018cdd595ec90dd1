"""Seed 002 as data: Region Norrbotten's 2017 grants by focus area as its imported ledger,
the table's total and shares computed from it, the business-support totals held as
reported; the annual report as PDF from the command line; the nightly lights."""

import io
from decimal import Decimal

import pytest
from django.core.management import call_command
from django.utils import translation
from pypdf import PdfReader

from portal.models import Organisation
from projects.models import Project
from reports.portfolio.demo import FOCUS_AREAS, PRINTED_SHARES
from reports.portfolio.models import LedgerEntry, ReportedStatistic, StoredLights
from reports.portfolio.selectors import Criteria
from reports.portfolio.totals import portfolio_totals


@pytest.fixture
def demo(demo_once, db):
    """Region Norrbotten in the demo, loaded once for the module (tests/conftest.py); each
    test's writes are rolled back."""
    return Organisation.objects.get(name="Region Norrbotten")


def test_the_report_is_no_longer_a_project(demo):
    assert not Project.objects.filter(slug="region-norrbotten-2017").exists()
    assert Project.objects.count() == 4


def test_the_focus_area_table_is_computed_from_the_imported_ledger(demo):
    entries = LedgerEntry.objects.filter(funding_body=demo, year=2017)
    assert entries.count() == 7 and all(e.ledger.file_name.endswith(".csv") for e in entries)
    totals = portfolio_totals(demo.pk, Criteria(year=2017))
    assert totals.amount == Decimal("88340842")
    assert [(g.label, g.amount) for g in totals.by_focus_area] == [
        (name, amount) for name, amount in FOCUS_AREAS]
    # 4 773 357 / 88 340 842 = 5.40 %, ..., 40 206 690 / 88 340 842 = 45.51 %
    assert [g.amount_share for g in totals.by_focus_area] == [
        Decimal(s) for s in ("5.4", "11.6", "0.6", "7.6", "3.4", "25.9", "45.5")]
    assert [f.share for f in totals.focus_area_footer] == [Decimal("100.0")]
    assert sum(PRINTED_SHARES) == 101  # as printed; the portal says so beside the table
    assert "101 %" in entries.first().ledger.note


def test_business_support_is_held_as_reported(demo):
    reported = {(s.topic, s.measure): s.value
                for s in ReportedStatistic.objects.filter(funding_body=demo, year=2017)}
    topic = "Regionala företagsstöd och innovationsstöd 2017"
    assert reported[(topic, "applications_received")] == 169
    assert reported[(topic, "applications_granted")] == 138
    assert reported[(topic, "amount_granted")] == Decimal("85000000")
    assert reported[(topic, "expected_jobs")] == 392
    assert (reported[(topic, "led_by_women_pct")], reported[(topic, "led_by_men_pct")],
            reported[(topic, "shared_leadership_pct")]) == (29, 56, 15)


def test_loading_again_changes_nothing(demo):
    call_command("load_demo", stdout=io.StringIO())
    assert LedgerEntry.objects.count() == 7
    assert ReportedStatistic.objects.count() == 20


def test_the_annual_report_renders_as_pdf(demo, tmp_path):
    target = tmp_path / "portfolj-2017.pdf"
    with translation.override("sv"):
        call_command("render_report", "portfolio", "--funding-body", "Region Norrbotten",
                     "--year", "2017", "-o", str(target), stdout=io.StringIO())
    text = " ".join(page.extract_text() for page in PdfReader(target).pages)
    text = text.replace("\u00a0", " ")
    for expected in ("Portföljrapport 2017", "Region Norrbotten", "88 340 842 kr",
                     "Skärningspunkter mellan fokusområden", "45,5 %", "101 %",
                     "som redovisat, inte beräknat", "280 000 000"):
        assert expected in text, expected


def test_the_report_page_shows_the_same(demo, client):
    from portal.models import User

    client.force_login(User.objects.get(username="handlaggare-norrbotten"))
    content = client.get("/portfolj/rapport/", {"year": "2017"},
                         HTTP_ACCEPT_LANGUAGE="sv").content.decode()
    assert "88\u00a0340\u00a0842\u00a0kr" in content and "25,9\u00a0%" in content


def test_nightly_lights_cover_every_granted_project(demo):
    call_command("refresh_status_lights", stdout=io.StringIO())
    granted = Project.objects.filter(status__in=["approved", "running",
                                                 "final_report_submitted", "closed"])
    assert StoredLights.objects.count() == granted.count() > 0


def test_an_unknown_funding_body_is_said_in_words(demo, tmp_path):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="No funding body is named"):
        call_command("render_report", "portfolio", "--funding-body", "Region Atlantis",
                     "--year", "2017", "-o", str(tmp_path / "x.pdf"))
