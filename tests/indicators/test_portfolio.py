"""A funding body's totals over its projects: summed by the database from the totals each
indicator keeps, the largest indicator per project and measure."""

from datetime import date

import pytest

from indicators.portfolio import portfolio_totals, with_indicator_totals
from indicators.services.outcomes import OutcomeInput, save_outcomes
from projects.models import Project
from projects.services.applications import create_project
from tests.indicators.conftest import D, from_catalogue, own


@pytest.fixture
def portfolio(add, catalogue, years, running, manager, personas, programme):
    jobs = add(from_catalogue(catalogue["NAT-JOBB"], target=D(200), target_women=D(90),
                              target_men=D(100)))
    add(from_catalogue(catalogue["CO08"], target=D(150)))  # same measure: the larger counts
    companies = add(from_catalogue(catalogue["CO01"], target=D(400)))
    add(own("Träffar", target=D(9999)))  # not added up anywhere
    periods = years()
    project = running()
    save_outcomes(project=project, indicator_id=jobs.pk, actor=manager, expected_revision=0,
                  reported_on=date(2020, 2, 1),
                  outcomes=[OutcomeInput(periods[0].pk, D(12), women=D(5), men=D(7))])
    save_outcomes(project=project, indicator_id=companies.pk, actor=manager,
                  expected_revision=0, outcomes=[OutcomeInput(periods[1].pk, D(503))])
    other = create_project(actor=manager, title="Annat", slug="annat", programme=programme)
    add(from_catalogue(catalogue["NAT-JOBB"], target=D(40)), target_project=other)
    create_project(actor=manager, title="Utan indikatorer", slug="tomt", programme=programme)
    return project


def test_each_project_carries_its_headline_figures(portfolio):
    rows = {p.slug: p for p in with_indicator_totals(Project.objects.all())}
    nis = rows["nis"]
    assert (nis.expected_jobs, nis.expected_jobs_women, nis.expected_jobs_men) == (
        D(200), D(90), D(100))
    assert (nis.jobs, nis.jobs_women, nis.jobs_men) == (D(12), D(5), D(7))
    assert (nis.expected_enterprises, nis.enterprises) == (D(400), D(503))
    assert rows["annat"].expected_jobs == D(40)
    assert rows["tomt"].expected_jobs == D(0)


def test_the_portfolio_sums_are_made_by_the_database(portfolio):
    totals = portfolio_totals(Project.objects.all())
    assert totals.projects == 3
    assert (totals.expected_jobs, totals.jobs, totals.enterprises) == (D(240), D(12), D(503))
    assert totals.participants == D(0)
    only = portfolio_totals(Project.objects.filter(slug="annat"))
    assert (only.projects, only.expected_jobs) == (1, D(40))
