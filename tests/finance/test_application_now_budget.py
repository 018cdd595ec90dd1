"""A budget saved through the services shows in the application as it is now at once."""

from projects.application import application_now
from tests.finance.conftest import fill
from tests.projects.test_application_now import fresh


def test_a_budget_change_shows(project, rules, make_budget, personas):
    budget = make_budget()
    before = application_now(project)
    fill(budget, {"externa-tjanster": [100, 200, 300]}, actor=personas["manager"])
    after = application_now(project)
    assert after == fresh(project) != before
