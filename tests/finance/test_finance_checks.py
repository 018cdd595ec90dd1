"""The rules a budget is checked against: balance per year and in total, caps hard and soft,
preliminary figures, and what blocks submission."""

from decimal import Decimal

import pytest
from django.utils.translation import gettext

from finance.models import CapBasis, FinancingCap, FinancingType, Severity
from finance.summary import project_finance
from portal.models import Organisation, OrganisationKind
from projects.services import workflow
from projects.services.errors import ApplicationIncomplete
from tests.finance.conftest import fill
from tests.projects.helpers import complete_application

T = FinancingType


@pytest.fixture
def region(db):
    return Organisation.objects.create(name="Region Västerbotten", kind=OrganisationKind.REGION,
                                       country="SE")


def codes(findings, severity=None):
    return sorted(f.code for f in findings if severity is None or f.severity == severity)


def summary(project):
    return project_finance(project).budgets[0]


def test_a_balanced_budget_has_no_findings(project, budget, region):
    fill(budget, {"externa-tjanster": [100, 200, 300]},
         [(region, T.PUBLIC_CASH, [100, 200, 300])])
    assert summary(project).findings == ()


def test_an_imbalance_is_shown_per_year_and_in_total_with_the_amounts(project, budget, region):
    fill(budget, {"externa-tjanster": [100, 200, 300]},
         [(region, T.PUBLIC_CASH, [100, 150, 300])])
    findings = summary(project).findings
    assert codes(findings, Severity.HARD) == ["balance_period", "balance_total"]
    period = next(f for f in findings if f.code == "balance_period")
    assert "2020" in period.message and "200" in period.message and "150" in period.message
    assert "−50" in period.message


def test_a_yearly_imbalance_is_a_warning_where_the_programme_says_so(project, budget, region,
                                                                   rules):
    rules.period_balance = Severity.SOFT
    rules.save()
    fill(budget, {"externa-tjanster": [100, 200, 300]},
         [(region, T.PUBLIC_CASH, [200, 100, 300])])
    findings = summary(project).findings
    assert codes(findings, Severity.SOFT) == ["balance_period", "balance_period"]
    assert codes(findings, Severity.HARD) == []


def test_project_income_is_financed_net(project, budget, region):
    fill(budget, {"externa-tjanster": [1000, 0, 0], "projektintakter": [100, 0, 0]},
         [(region, T.PUBLIC_CASH, [900, 0, 0])])
    assert summary(project).findings == ()


def test_the_eu_share_above_its_cap_is_a_hard_finding(project, budget, region):
    fill(budget, {"externa-tjanster": [1000, 0, 0]},
         [(region, T.PUBLIC_CASH, [490, 0, 0]), ("ERUF", T.EU_FUND, [510, 0, 0])])
    finance = project_finance(project)
    caps = [f for f in finance.findings if f.code == "cap"]
    assert len(caps) == 1 and caps[0].is_hard
    assert "510" in caps[0].message and "500" in caps[0].message and "51,0" in caps[0].message


def test_the_eu_share_exactly_at_its_cap_passes(project, budget, region):
    fill(budget, {"externa-tjanster": [1000, 0, 0]},
         [(region, T.PUBLIC_CASH, [500, 0, 0]), ("ERUF", T.EU_FUND, [500, 0, 0])])
    assert project_finance(project).findings == ()


def test_a_soft_cap_per_financier_warns_only(project, budget, region, rules):
    FinancingCap.objects.create(rules=rules, label="Per beslutsfattare", per_financier=True,
                                max_percent=Decimal(50), basis=CapBasis.BUDGET,
                                severity=Severity.SOFT)
    fill(budget, {"externa-tjanster": [1000, 0, 0]},
         [(region, T.PUBLIC_CASH, [600, 0, 0]), ("Kommunerna", T.PUBLIC_CASH, [400, 0, 0])])
    findings = summary(project).findings
    assert [(f.code, f.severity) for f in findings] == [("cap", Severity.SOFT)]
    assert "Region Västerbotten" in findings[0].message


def test_a_cap_on_each_budget_uses_that_budgets_costs(project, make_budget, rules):
    FinancingCap.objects.create(rules=rules, label="IR", financing_type=T.NORWEGIAN_IR,
                                max_percent=Decimal(50), basis=CapBasis.BUDGET)
    norwegian = make_budget(name="Norsk", currency="NOK", country="NO")
    fill(norwegian, {"externa-tjanster": [1000, 0, 0]},
         [("Statliga IR-midler", T.NORWEGIAN_IR, [600, 0, 0]),
          ("Fylket", T.PUBLIC_CASH, [400, 0, 0])])
    findings = project_finance(project).findings
    cap = next(f for f in findings if f.code == "cap")
    assert cap.is_hard and "600\u00a0NOK" in cap.message and "500\u00a0NOK" in cap.message
    # The EU cap on the whole project needs NOK in SEK; without a rate it is a warning.
    assert [(f.code, f.severity) for f in findings if f is not cap] == [("rate_missing", "soft")]


def test_preliminary_figures_and_unallocated_costs_are_warnings(project, budget, region):
    version = fill(budget, {"ej-fordelat": [1000, 0, 0]},
                   [(region, T.PUBLIC_CASH, [1000, 0, 0])])
    source = version.sources.get()
    source.preliminary = True
    source.save()
    findings = summary(project).findings
    assert codes(findings) == ["preliminary", "unallocated"]
    assert all(not f.is_hard for f in findings)


def test_in_kind_costs_and_in_kind_financing_should_match(project, budget, region):
    fill(budget, {"offentligt-bidrag-i-annat-an-pengar": [300, 0, 0],
                  "externa-tjanster": [700, 0, 0]},
         [(region, T.PUBLIC_IN_KIND, [200, 0, 0]), ("Kontant", T.PUBLIC_CASH, [800, 0, 0])])
    assert codes(summary(project).findings) == ["in_kind"]


def test_a_hard_finding_blocks_submission(project, budget, region, manager):
    complete_application(project)
    fill(budget, {"externa-tjanster": [100, 0, 0]}, [(region, T.PUBLIC_CASH, [90, 0, 0])])
    with pytest.raises(ApplicationIncomplete) as raised:
        workflow.submit_application(project=project, actor=manager)
    problems = raised.value.gaps[gettext("Budget and financing")]
    assert any("−10" in problem for problem in problems)


def test_a_soft_finding_does_not_block_submission(project, budget, region, manager):
    complete_application(project)
    version = fill(budget, {"externa-tjanster": [100, 0, 0]},
                   [(region, T.PUBLIC_CASH, [100, 0, 0])])
    version.sources.update(preliminary=True)
    workflow.submit_application(project=project, actor=manager)
    project.refresh_from_db()
    assert project.status == "submitted"
