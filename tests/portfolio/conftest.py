"""Fixtures of the portfolio tests: the funding body's classification and municipalities,
and the finance fixtures for budgets and outcome."""

from decimal import Decimal

import pytest

from portal.models import Country, Organisation, OrganisationKind
from reports.portfolio.models import Classification, FocusArea
from tests.finance.conftest import make_budget, manager, rules, tvv_set  # noqa: F401 - fixtures
from tests.portfolio.running_project import running  # noqa: F401 - fixture


@pytest.fixture
def areas(funding_body):
    classification = Classification.objects.create(funding_body=funding_body,
                                                   name="Smart specialisering")
    return [FocusArea.objects.create(classification=classification, position=n, name=name)
            for n, name in enumerate(["Digitala tjänstenäringar", "Test- och övningsverksamhet",
                                      "Kulturella och kreativa näringar"], start=1)]


@pytest.fixture
def municipalities(db):
    def make(name, code, country=Country.SWEDEN):
        return Organisation.objects.create(name=name, kind=OrganisationKind.MUNICIPALITY,
                                           country=country, municipality_code=code)
    return {"Luleå": make("Luleå kommun", "2580"), "Kiruna": make("Kiruna kommun", "2584"),
            "Umeå": make("Umeå", "2480"), "Kongsberg": make("Kongsberg", "0604", "NO")}


def amount(text: str) -> Decimal:
    return Decimal(text)
