"""Seed 003's joint Interreg Sverige–Norge final report as its financiers read the PDF: one
report for both sides, a summary of at most one A4 page and one in English, every indicator of
the decision, each side's economy in its own currency and the joint total in euro."""

import re

import pytest

from indicators.demo_data import KREATIV_REGION
from projects.documents.sections import InvalidSection, SectionInput
from projects.documents.services import save_section
from projects.models import Document, DocumentKind
from projects.services import workflow
from reports import demo as report_demo
from reports.demo_joint import KREATIV
from reports.pdf import render_pdf
from reports.report_print import report_print
from reports.shipped_outlines import A4_PAGE
from tests.reports.pdfs import page_texts


@pytest.fixture
def demo(demo_projects):
    """The demo, loaded once for the module (tests/conftest.py) rather than for each test as
    tests/reports/conftest.py does; each test's writes are rolled back."""
    return demo_projects


@pytest.fixture
def joint_report(demo):
    """Kreativ region decided and run, and its joint report written as the demo writes it."""
    kreativ = demo[KREATIV]
    officer = report_demo._case_officer(kreativ)
    workflow.approve_application(project=kreativ, actor=officer, granted_amount=None)
    workflow.start_project(project=kreativ, actor=officer)
    kreativ.refresh_from_db()
    report_demo.follow_up({KREATIV: kreativ})
    return Document.objects.get(project=kreativ, kind=DocumentKind.FINAL_REPORT)


def _pdf_text(report) -> str:
    job = report_print(report)
    return " ".join("\n".join(page_texts(render_pdf(job.template, job.context,
                                                    job.document))).split())


@pytest.mark.django_db
def test_the_joint_report_gives_both_sides_in_their_currencies_and_the_total_in_euro(
        joint_report):
    assert joint_report.outline == "interreg-sverige-norge-slutrapport"
    text = _pdf_text(joint_report)
    assert "Svensk projektbudget (SEK)" in text and "Norsk prosjektbudsjett (NOK)" in text
    assert "Stödberättigande kostnad 9 710 000" in text
    assert "Stödberättigande kostnad 5 250 000" in text
    # 9 710 000 SEK at 9.0298 and 5 250 000 NOK at 7.7934 per euro (the demo's 2011 rates).
    assert "Gemensam summa 1 748 975,3 –" in text  # no side has reported an outcome yet
    assert "Summary in English" in text and "The project set out to make both regions" in text


@pytest.mark.django_db
def test_the_joint_report_gives_every_indicator_of_the_decision(joint_report):
    # A long word in the table's narrow column is hyphenated at the line's end.
    text = re.sub(r"(\w)\u2010 (\w)", r"\1\2", _pdf_text(joint_report))
    for indicator in KREATIV_REGION.own:
        opening = " ".join(indicator.name.split()[:3])
        assert opening in text, indicator.name
    assert len(KREATIV_REGION.own) == 9


@pytest.mark.django_db
def test_the_summary_is_at_most_one_a4_page(joint_report):
    manager = report_demo._manager(joint_report.project)
    state = joint_report.section_states.get(section="summary")
    with pytest.raises(InvalidSection):
        save_section(document=joint_report, key="summary", actor=manager,
                     data=SectionInput(fields={"summary": "Lång text. " * (A4_PAGE // 10)}),
                     expected_revision=state.revision)
