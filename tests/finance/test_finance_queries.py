"""Query counts do not grow with the number of budget lines, financing rows or periods."""

from datetime import date
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from finance.forms import cell_name
from finance.models import BudgetVersion, CategoryKind, CostCategory, FinancingType
from finance.services.budgets import create_budget, save_costs
from finance.services.financing import SourceInput, save_financing
from tests.finance.conftest import report_rows

MAX_QUERIES = 40


def build(project, manager, *, categories: int, periods: int, sources: int):
    budget = create_budget(project=project, actor=manager, name=f"B{categories}x{periods}",
                           currency="SEK", country="SE",
                           periods=[(f"P{n}", date(2019, 1, 1), None) for n in range(periods)])
    version = BudgetVersion.objects.get(budget=budget)
    version.budget = budget
    typed = list(CostCategory.objects.filter(category_set=budget.category_set)
                 .exclude(kind=CategoryKind.FLAT_RATE).order_by("position"))[:categories]
    period_list = list(version.periods.order_by("position"))
    save_costs(version=version, actor=manager, expected_revision=None, amounts={
        (c.pk, p.pk): Decimal(1000 + n) for n, (c, p) in
        enumerate((c, p) for c in typed for p in period_list)})
    save_financing(version=version, actor=manager, expected_revision=None, rows=[
        SourceInput(id=None, financier_id=None, description=f"Finansiär {n}",
                    financing_type=FinancingType.PUBLIC_CASH, preliminary=n % 2 == 0,
                    amounts={p.pk: Decimal(10) for p in period_list}) for n in range(sources)])
    report = report_rows(budget, costs={c.pk: Decimal(5) for c in typed},
                         received=[(f"Finansiär {n}", FinancingType.PUBLIC_CASH, Decimal(7))
                                   for n in range(sources)])
    return budget, version, typed, period_list, report


def grid_post(typed, periods):
    return {"revision": "0", **{cell_name(c.pk, p.pk): "1 000" for c in typed for p in periods}}


def financing_post(periods, count):
    data = {"revision": "0", "rows": str(count)}
    for n in range(count):
        data.update({f"s{n}-id": "", f"s{n}-financier": "", f"s{n}-description": f"F{n}",
                     f"s{n}-type": "public_cash"})
        data.update({f"s{n}-p{p.pk}": "10" for p in periods})
    return data


PAGES = [
    ("get", "finance:budgets", False), ("get", "finance:budget", True),
    ("get", "finance:financing", True), ("get", "finance:split", True),
    ("get", "finance:budget_settings", True), ("get", "finance:budget_versions", True),
    ("get", "finance:budget_export", True), ("get", "finance:budget_import", True),
    ("get", "finance_api:budgets", False), ("get", "finance_api:budget", True),
    ("get", "finance:outcome", False), ("get", "finance_api:outcome", False),
    ("get", "finance:outcome_report", "report"), ("get", "finance:budget_version", "version"),
    ("post", "finance:budget_totals", True), ("post", "finance:financing_totals", True),
]


def count_queries(client, project, built, method, name, extra):
    budget, version, typed, periods, report = built
    kwargs = {"slug": project.slug}
    if extra is True:
        kwargs["budget_id"] = budget.pk
    elif extra == "report":
        kwargs["report_id"] = report.pk
    elif extra == "version":
        kwargs.update(budget_id=budget.pk, number=1)
    data = None
    if name == "finance:budget_totals":
        data = grid_post(typed, periods)
    elif name == "finance:financing_totals":
        data = financing_post(periods, 2)
    with CaptureQueriesContext(connection) as queries:
        response = getattr(client, method)(reverse(name, kwargs=kwargs), data or {})
    assert response.status_code == 200, (name, response.status_code)
    return len(queries)


@pytest.mark.parametrize("method,name,extra", PAGES, ids=[p[1] for p in PAGES])
def test_queries_do_not_grow_with_the_lines(client, project, manager, method, name, extra,
                                            django_assert_max_num_queries):
    client.force_login(manager)
    small = build(project, manager, categories=2, periods=5, sources=2)  # 10 lines
    small_count = count_queries(client, project, small, method, name, extra)
    small[0].delete()
    large = build(project, manager, categories=5, periods=40, sources=40)  # 200 lines
    with django_assert_max_num_queries(MAX_QUERIES):
        large_count = count_queries(client, project, large, method, name, extra)
    assert large_count == small_count


def test_saving_the_grid_takes_the_same_queries_for_10_and_200_cells(client, project, manager):
    client.force_login(manager)
    counts = []
    for categories, periods in [(2, 5), (5, 40)]:
        budget, version, typed, period_list, _report = build(
            project, manager, categories=categories, periods=periods, sources=1)
        data = grid_post(typed, period_list)
        data["revision"] = str(BudgetVersion.objects.get(pk=version.pk).cost_revision)
        address = reverse("finance:budget", args=[project.slug, budget.pk])
        with CaptureQueriesContext(connection) as queries:
            response = client.post(address, data)
        assert response.status_code == 302
        counts.append(len(queries))
        budget.delete()
    if connection.vendor == "postgresql":
        assert counts[0] == counts[1], counts
    else:
        # SQLite takes at most 999 parameters per statement, so Django splits the insert of
        # 200 audit entries (11 columns each) into three; nothing is done cell by cell.
        assert counts[1] - counts[0] <= 2, counts


def test_saving_the_financing_plan_takes_the_same_queries_for_2_and_40_rows(client, project,
                                                                          manager):
    client.force_login(manager)
    counts = []
    for sources in (2, 40):
        budget, version, _typed, period_list, _report = build(
            project, manager, categories=1, periods=5, sources=sources)
        data = financing_post(period_list, sources)
        data["revision"] = str(BudgetVersion.objects.get(pk=version.pk).financing_revision)
        with CaptureQueriesContext(connection) as queries:
            response = client.post(reverse("finance:financing",
                                           args=[project.slug, budget.pk]), data)
        assert response.status_code == 302
        counts.append(len(queries))
        budget.delete()
    if connection.vendor == "postgresql":
        assert counts[0] == counts[1], counts
    else:
        assert counts[1] - counts[0] <= 3, counts  # batched inserts only, see above


def test_a_plan_of_20_financiers_over_60_periods_can_be_saved(client, project, manager):
    """About 1 300 fields in one post: more than Django's default limit of 1 000."""
    client.force_login(manager)
    budget, version, _typed, period_list, _report = build(
        project, manager, categories=1, periods=60, sources=20)
    data = financing_post(period_list, 20)
    data["revision"] = str(BudgetVersion.objects.get(pk=version.pk).financing_revision)
    response = client.post(reverse("finance:financing", args=[project.slug, budget.pk]), data)
    assert response.status_code == 302


def many_budgets(project, manager, count: int, prefix: str = "Partner"):
    """`count` budgets of 60 periods, two typed categories (120 cells) and three financiers
    each, one outcome report each: Jems' stress shape."""
    for n in range(count):
        build_named(project, manager, f"{prefix} {n}")


def build_named(project, manager, name):
    budget = create_budget(project=project, actor=manager, name=name, currency="SEK",
                           country="SE",
                           periods=[(f"P{n}", date(2019, 1, 1), None) for n in range(60)])
    version = BudgetVersion.objects.select_related("budget").get(budget=budget)
    typed = list(CostCategory.objects.filter(category_set=budget.category_set)
                 .exclude(kind=CategoryKind.FLAT_RATE).order_by("position"))[:2]
    periods = list(version.periods.order_by("position"))
    save_costs(version=version, actor=manager, expected_revision=None, amounts={
        (c.pk, p.pk): Decimal(100) for c in typed for p in periods})
    save_financing(version=version, actor=manager, expected_revision=None, rows=[
        SourceInput(id=None, financier_id=None, description=f"Finansiär {n}",
                    financing_type=FinancingType.PUBLIC_CASH, preliminary=False,
                    amounts={p.pk: Decimal(50) for p in periods}) for n in range(3)])
    report = report_rows(budget, costs={c.pk: Decimal(5) for c in typed},
                         received=[("Finansiär 0", FinancingType.PUBLIC_CASH, Decimal(7))])
    return budget, version, typed, periods, report


PROJECT_PAGES = ["finance:budgets", "finance:outcome", "finance_api:budgets",
                 "finance_api:outcome"]


def project_page_queries(client, project, name) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(reverse(name, kwargs={"slug": project.slug}))
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("name", PROJECT_PAGES)
def test_project_pages_take_the_same_queries_for_one_budget_and_five(
        client, project, manager, name, django_assert_max_num_queries):
    client.force_login(manager)
    many_budgets(project, manager, 1)
    one = project_page_queries(client, project, name)
    many_budgets(project, manager, 4, prefix="Fler")
    with django_assert_max_num_queries(MAX_QUERIES):
        five = project_page_queries(client, project, name)
    assert five == one, (one, five)


@pytest.mark.parametrize("part", ["submission_check", "snapshot"])
def test_the_submission_check_and_the_frozen_part_take_the_same_queries_for_one_budget_and_five(
        project, manager, part):
    from finance import integration

    build = getattr(integration, part)
    many_budgets(project, manager, 1)
    with CaptureQueriesContext(connection) as one:
        build(project)
    many_budgets(project, manager, 4, prefix="Fler")
    with CaptureQueriesContext(connection) as five:
        result = build(project)
    assert len(five) == len(one), (len(one), len(five))
    if part == "snapshot":
        assert len(result["budgets"]) == 5


def test_checking_a_budget_reads_each_per_period_total_once(project, manager, monkeypatch):
    """The per-period differences are a sum over every period: read once per check, not once
    per period (60 periods made it 3 600 additions per budget)."""
    from finance import checks, figures
    from finance.selectors import budget_figures

    _budget, version, *_rest = build_named(project, manager, "Sextio perioder")
    calls = {"n": 0}
    original = figures.Figures.difference_by_period

    def counted(self):
        calls["n"] += 1
        return original.fget(self)

    monkeypatch.setattr(figures.Figures, "difference_by_period", property(counted))
    checks.check_budget(budget_figures(version), None)
    assert calls["n"] <= 2
