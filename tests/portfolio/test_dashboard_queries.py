"""The dashboard (today beside the last meeting, and as at an earlier day) makes as many
queries for a project of several budgets, many financiers, indicators, risks, activities and
steering decisions as for a small one."""

from datetime import date, datetime
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone

from finance.models import (
    BudgetVersion,
    CategoryKind,
    CostCategory,
    FinancingType,
    OutcomeFinancing,
    OutcomeReport,
)
from finance.services.budgets import create_budget, save_costs
from finance.services.financing import SourceInput, save_financing
from portal.models import Country, Organisation, OrganisationKind
from projects.models import Project, ProjectRole
from projects.services.applications import create_project
from tests.finance.conftest import report_rows
from tests.indicators.builders import build as build_indicators
from tests.plans.builders import build_meetings, build_plan, build_register
from tests.portfolio.test_portfolio_queries import queries

AS_AT = date(2021, 6, 1)  # within the project period, after the first outcome report
MADE = timezone.make_aware(datetime(2018, 12, 1))  # before the first steering meeting


def build_budget(project, manager, name: str, financiers: list[Organisation]) -> None:
    """A budget of 12 periods, each financier giving in every period, and an outcome report
    in which each financier is paid a part."""
    budget = create_budget(project=project, actor=manager, name=name, currency="SEK",
                           country="SE",
                           periods=[(f"P{n}", date(2019, 1, 1), None) for n in range(12)])
    version = BudgetVersion.objects.get(budget=budget)
    version.budget = budget
    typed = list(CostCategory.objects.filter(category_set=budget.category_set)
                 .exclude(kind=CategoryKind.FLAT_RATE).order_by("position"))[:2]
    periods = list(version.periods.order_by("position"))
    save_costs(version=version, actor=manager, expected_revision=None, amounts={
        (c.pk, p.pk): Decimal(1000) for c in typed for p in periods})
    save_financing(version=version, actor=manager, expected_revision=None, rows=[
        SourceInput(id=None, financier_id=financier.pk, description="",
                    financing_type=FinancingType.PUBLIC_CASH, preliminary=False,
                    amounts={p.pk: Decimal(100) for p in periods})
        for financier in financiers])
    report = report_rows(budget, costs={c.pk: Decimal(500) for c in typed})
    OutcomeFinancing.objects.bulk_create(
        OutcomeFinancing(report=report, financier=financier,
                         financing_type=FinancingType.PUBLIC_CASH, amount=Decimal(70))
        for financier in financiers)
    OutcomeReport.objects.filter(pk=report.pk).update(created_at=MADE,
                                                      period_end=date(2020, 12, 31))
    BudgetVersion.objects.filter(budget=budget).update(created_at=MADE)


def make(personas, programme, slug, *, budgets, financiers, indicators, risks, packages,
         meetings):
    manager = personas["manager"]
    project = create_project(actor=manager, title=slug, slug=slug, programme=programme)
    ProjectRole.objects.create(project=project, user=personas["steering"], role="steering")
    paying = [Organisation.objects.create(name=f"{slug} finansiär {n}",
                                          kind=OrganisationKind.OTHER, country=Country.SWEDEN)
              for n in range(financiers)]
    for n in range(budgets):
        build_budget(project, manager, f"Budget {n}", paying)
    build_indicators(project, indicators=indicators, periods=12, companies=0)
    build_plan(project, packages=packages, activities=packages)
    build_register(project, risks=risks)
    build_meetings(project, meetings=meetings, actions=3)
    Project.objects.filter(pk=project.pk).update(status="running")
    return project


def make_small(personas, programme):
    return make(personas, programme, "litet", budgets=1, financiers=1, indicators=5,
                risks=5, packages=2, meetings=2)


@pytest.mark.django_db
def test_the_dashboard_costs_the_same_for_many_budgets_financiers_and_indicators(
        client, personas, programme, rules):
    small = make_small(personas, programme)
    large = make(personas, programme, "stort", budgets=4, financiers=12, indicators=60,
                 risks=100, packages=20, meetings=20)
    client.force_login(personas["steering"])
    counts = {}
    for project in (small, large):
        url = reverse("portfolio:dashboard", args=[project.slug])
        page = client.get(url)
        assert page.status_code == 200
        assert "Budget 0" in page.content.decode()
        counts[project.slug] = (queries(lambda url=url: client.get(url)),
                                queries(lambda url=url: client.get(url, {"per": AS_AT})))
    assert counts["stort"] == counts["litet"], counts
    assert max(counts["stort"]) <= 90, counts


def _section(html: str, heading: str) -> str:
    start = html.index(f'id="{heading}"')
    return html[start:html.index("</section>", start)]


def _behind(item) -> tuple:
    return (not item.off_track, item.percent is None, item.percent or 0)


@pytest.mark.django_db
def test_a_large_project_s_dashboard_shows_what_is_furthest_behind_and_says_how_much_more(
        client, personas, programme, rules):
    from reports.portfolio.dashboard import dashboard

    small = make_small(personas, programme)
    large = make(personas, programme, "stort", budgets=1, financiers=1, indicators=30,
                 risks=5, packages=8, meetings=2)
    client.force_login(personas["steering"])
    for project, shortened in ((small, False), (large, True)):
        html = client.get(reverse("portfolio:dashboard", args=[project.slug])).content.decode()
        board = dashboard(Project.objects.get(pk=project.pk))
        results, late = _section(html, "results-heading"), _section(html, "late-heading")
        shown = [i for i in board.indicators if f'<th scope="row">{i.code} {i.name}</th>'
                 .replace("  ", " ") in results]
        hidden = [i for i in board.indicators if i not in shown]
        listed = [a for a in board.late_activities
                  if f"{a.number} {a.title}</strong>" in late]
        if not shortened:
            assert len(shown) == len(board.indicators) and not hidden
            assert len(listed) == len(board.late_activities)
            assert "Visas:" not in html
            continue
        assert len(board.indicators) > 10 and len(shown) == 10
        assert max(_behind(i) for i in shown) <= min(_behind(i) for i in hidden)
        assert f"Visas: de 10 av {len(board.indicators)} indikatorer" in results
        assert reverse("indicators:overview", args=[project.slug]) in results
        assert len(board.late_activities) > 10 and len(listed) == 10
        longest = sorted(board.late_activities, key=lambda a: (a.end, a.start))[:10]
        assert {a.id for a in listed} == {a.id for a in longest}
        assert f"av {len(board.late_activities)} sena aktiviteter" in late
        assert reverse("plans:plan", args=[project.slug]) in late
        # The picture draws the same ten.
        assert results.count("<g transform=") == 10


@pytest.mark.django_db
def test_the_printed_dashboard_keeps_every_indicator_and_late_activity(personas, programme,
                                                                        rules):
    from reports.portfolio.printing import dashboard_print

    large = make(personas, programme, "stort", budgets=1, financiers=1, indicators=30,
                 risks=5, packages=8, meetings=2)
    context = dashboard_print(Project.objects.get(pk=large.pk), personas["steering"]).context
    board = context["board"]
    assert len(board.indicators) > 10 and len(board.late_activities) > 10
    assert context["indicators"].items == board.indicators and not context["indicators"].more
    assert context["late"].items == board.late_activities and not context["late"].more
