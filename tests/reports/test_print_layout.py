"""The seed documents as a financier looks at their pages: no table runs past the page's edge,
no text spills out of its cell, no caption is left at the foot of a page without its table,
no heading stands without content, and no budget is converted into its own currency."""

import pytest
from weasyprint.formatting_structure import boxes

from reports.documents import print_job
from tests.reports.layout import laid_out_pages, layout_problems, text_of, walk

DOCUMENTS = [("nis-6-0", "final"), ("nis-6-0", "status"),
             ("invest-in-norrbotten", "application"), ("kreativ-region-2020", "application"),
             ("samordnet-naeringsapparat-kongsberg", "application")]


@pytest.fixture
def demo(demo_projects):
    """The demo, loaded once for the module (tests/conftest.py) rather than for each test as
    tests/reports/conftest.py does; each test's writes are rolled back."""
    return demo_projects


@pytest.mark.django_db
def test_the_seed_documents_pages_have_nothing_cut_spilled_or_left_alone(demo):
    problems = {}
    for slug, document in DOCUMENTS:
        pages = laid_out_pages(print_job(demo[slug], document))
        found = layout_problems(pages)
        # A frozen section keeps its own title; it was once printed as a heading over nothing.
        lines = {line.strip() for page in pages for line in _lines(page)}
        if "title" in lines:
            found.append("a heading “title” over nothing")
        # A budget in the programme's currency was said to be converted at 1 SEK per SEK.
        found += [line for line in lines if "1 SEK per SEK" in line or "1 NOK per NOK" in line]
        if found:
            problems[f"{slug} {document}"] = found
    assert problems == {}


def _lines(page):
    return [text_of(box) for box, _parents in walk(page._page_box)
            if isinstance(box, boxes.LineBox)]


@pytest.mark.django_db
def test_the_risk_registers_narrow_columns_keep_dates_and_words_whole(demo):
    from risks.models import Risk
    from tests.plans.builders import build_register

    project = demo["invest-in-norrbotten"]
    Risk.objects.filter(project=project).delete()
    build_register(project, risks=8)  # "Styrgruppen", "Nästa uppföljning: 2019-03-11", overdue
    pages = laid_out_pages(print_job(project, "application"))
    assert [problem for problem in layout_problems(pages)
            if "spills" in problem or "broken" in problem] == []


def _hidden_text(box, hidden=False):
    """Text boxes inside an element styled for screen readers only."""
    element = getattr(box, "element", None)
    hidden = hidden or "visually-hidden" in ((element.get("class") or "")
                                             if element is not None else "")
    if hidden and isinstance(box, boxes.TextBox) and box.text.strip():
        yield box
    for child in getattr(box, "children", ()):
        yield from _hidden_text(child, hidden)


@pytest.mark.django_db
def test_text_for_screen_readers_only_draws_nothing_on_the_page(demo):
    """A table's hidden caption is in the tagged text but not on paper: a sliver of its
    letters once showed above the first row of every table."""
    from portal.models import User
    from reports.portfolio.printing import dashboard_print

    reader = User.objects.create_superuser("granskare", password="x" * 12)
    pages = laid_out_pages(dashboard_print(demo["nis-6-0"], reader))
    hidden = [box for page in pages for box in _hidden_text(page._page_box)]
    assert hidden, "the report has hidden captions"
    assert {box.style["color"].alpha for box in hidden} == {0}
