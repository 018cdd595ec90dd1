"""Seed 001's final report as the demo writes it: the real tables of NIS 6.0's final report,
frozen when the project's final report was submitted, and printed from the frozen version."""

import pytest

from finance.models import OutcomeCost
from projects.documents.versions import opened
from projects.models import Document, DocumentKind, ReportStatus
from reports.documents import print_job
from reports.pdf import render_pdf
from tests.reports.pdfs import page_texts, toc


@pytest.fixture
def demo(demo_projects):
    """The demo, loaded once for the module (tests/conftest.py) rather than for each test as
    tests/reports/conftest.py does; each test's writes are rolled back."""
    return demo_projects


@pytest.fixture
def nis_final(demo):
    return Document.objects.get(project=demo["nis-6-0"], kind=DocumentKind.FINAL_REPORT)


def test_the_final_report_was_submitted_with_the_project(nis_final):
    assert nis_final.status == ReportStatus.SUBMITTED
    assert nis_final.project.status == "final_report_submitted"
    assert nis_final.outline == "slutrapport"


def test_the_frozen_figures_are_seed_001s_tables(nis_final):
    figures = opened(nis_final.versions.get())["figures"]
    budget = figures["finance"]["budgets"][0]
    assert budget["cost_total"]["budget"] == "16713030"
    outcome = {row["label"]: row["outcome"] for row in budget["costs"]}
    assert {k: outcome[k] for k in ("Egen personal", "Externa tjänster", "Lokalkostnader",
                                     "Resekostnader")} == {
        "Egen personal": "7095150", "Externa tjänster": "2931397",
        "Lokalkostnader": "565350", "Resekostnader": "120266"}
    received = {row["label"]: row["received"] for row in budget["financing"]}
    assert received["Tillväxtverket"] == "7735351"
    assert received["Bjurholms kommun"] == "794841"
    reached = [row for row in figures["indicators"]["indicators"].values()
               if row["target"] == "400"]  # CO01, companies reached
    assert [row["outcome"] for row in reached] == ["503"]
    assert (figures["participants"]["participants"], figures["participants"]["women"]) == (
        2949, 1466)
    companies = figures["companies"]
    assert companies["count"] == 32
    assert (companies["employees_first"], companies["employees_latest"],
            companies["growth"]) == ("159.5", "202", "42.5")
    assert companies["stated_growth"] == "43.5"  # the report's own sum, shown beside


def test_the_pdf_shows_the_tables_and_its_contents_point_at_them(nis_final):
    job = print_job(nis_final.project, "final")
    data = render_pdf(job.template, job.context, job.document)
    pages = page_texts(data)
    text = "\n".join(pages)
    for line in ("Stödberättigande kostnad 16 713 030", "Egen personal 0 7 095 150 +7 095 150",
                 "Tillväxtverket 0 7 735 351 +7 735 351", "Summa anställda 159,5 202 +42,5",
                 "uppgivet +43,5", "Totalt 1 2 949 1 466 1 483"):
        assert line in text, line
    entries = toc(data)
    assert [title for title, _n in entries][:3] == [
        "1. Sammanfattning", "2. Har projektets syfte uppnåtts?", "3. Har projektets mål uppnåtts?"]
    assert len(entries) == 13
    for title, number in entries:
        assert title in pages[number - 1]


def test_a_submitted_report_keeps_its_figures_when_the_data_changes(nis_final):
    OutcomeCost.objects.filter(report__budget__project=nis_final.project,
                               amount=7095150).update(amount=1)
    job = print_job(nis_final.project, "final", version=1)
    text = "\n".join(page_texts(render_pdf(job.template, job.context, job.document)))
    assert "Egen personal 0 7 095 150" in text


def test_a_status_report_of_the_running_project_was_approved(demo):
    report = Document.objects.get(project=demo["nis-6-0"], kind=DocumentKind.STATUS_REPORT)
    assert report.status == ReportStatus.APPROVED
    assert list(report.versions.values_list("kind", flat=True)) == [
        "report_submitted", "report_approved"]
    sections = opened(report.versions.last())["sections"]
    assert [s["key"] for s in sections] == [
        "overview", "organisation", "activities", "results", "economy"]
