"""Query counts do not grow with the indicators, the periods, the companies or the records."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from indicators.portfolio import portfolio_totals, with_indicator_totals
from indicators.register_selectors import company_register, participant_summary
from indicators.selectors import progress
from projects.models import Project
from projects.services.applications import create_project
from tests.indicators.builders import build


def queries(action) -> int:
    with CaptureQueriesContext(connection) as captured:
        action()
    return len(captured.captured_queries)


@pytest.fixture
def small_and_large(personas, programme):
    def make(slug, **size):
        made = create_project(actor=personas["manager"], title=slug, slug=slug,
                              programme=programme)
        build(made, **size)
        return made
    return (make("small", indicators=5, periods=12, companies=10, records=20),
            make("large", indicators=100, periods=12, companies=1000, records=2000))


@pytest.mark.parametrize("read", [
    lambda p: progress(p), lambda p: progress(p, as_at=p.start_date.replace(year=2020)),
    lambda p: company_register(p), lambda p: participant_summary(p),
], ids=["progress", "progress-as-at", "company-register", "participants"])
def test_reads_make_as_many_queries_for_a_large_project_as_for_a_small_one(small_and_large,
                                                                           read):
    small, large = small_and_large
    assert queries(lambda: read(large)) == queries(lambda: read(small)) <= 12


def test_the_large_project_holds_what_was_built(small_and_large):
    _small, large = small_and_large
    found = progress(large)
    assert len(found.indicators) == 100
    assert all(len(item.periods) == 12 for item in found.indicators)
    assert company_register(large).count == 1000


def test_portfolio_totals_are_one_query_for_any_number_of_projects(small_and_large):
    assert queries(lambda: list(with_indicator_totals(Project.objects.all()))) == 1
    assert queries(lambda: portfolio_totals(Project.objects.all())) == 1


def test_a_page_of_the_register_reads_its_rows_and_totals_over_every_company(small_and_large):
    _small, large = small_and_large
    whole = company_register(large)
    page = company_register(large, rows=slice(50, 100))
    assert [c.id for c in page.companies] == [c.id for c in whole.companies[50:100]]
    measured = [c for c in whole.companies if c.first is not None]
    assert page.count == 1000
    assert page.employees_first == sum(c.first for c in measured)
    assert page.employees_latest == sum(c.latest for c in measured)
    assert page.growth == sum(c.growth for c in measured)
    assert page.led_by_women == sum(c.leadership == "woman" for c in whole.companies)
    assert page.measurement_labels == whole.measurement_labels


def test_the_register_lists_companies_by_name_as_people_read_it(small_and_large):
    _small, large = small_and_large
    whole = [c.name for c in company_register(large).companies]
    numbers = [int("".join(ch for ch in name if ch.isdigit())) for name in whole]
    assert numbers == sorted(numbers)  # "… 11 …" before "… 107 …", not after "… 107 …"
    page = company_register(large, rows=slice(100, 150))
    assert [c.name for c in page.companies] == whole[100:150]
