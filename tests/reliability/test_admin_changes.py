"""Nothing an administrator changes in the admin moves what a project submitted: names and
default rates may change (submitted budgets keep theirs), exchange rates and programme rules
convert drafts only, a category a budget uses is not removed, what a submitted budget is
computed from is not changed, and a report outline's new wording applies to reports still
being written."""

from datetime import date
from decimal import Decimal

import pytest
from django.urls import reverse

from finance.models import (
    BudgetVersion,
    CategoryKind,
    CostCategory,
    CurrencyRule,
    FinancingType,
)
from finance.selectors import budget_figures
from projects.services import workflow
from reports import services as report_services
from reports.models import ReportOutline
from reports.outlines import outline_for
from tests.finance.conftest import category, fill
from tests.finance.test_finance_rules import admin_post_data
from tests.projects.helpers import complete_application
from tests.reports.helpers import fill as fill_report
from tests.reports.helpers import start_running


def current(budget):
    version = BudgetVersion.objects.get(budget=budget, superseded_at__isnull=True)
    version.budget = budget
    return version


@pytest.fixture
def administrator(personas):
    user = personas["administrator"]
    user.is_superuser = user.is_staff = True
    user.save()
    return user


@pytest.fixture
def submitted(project, make_budget, manager):
    budget = make_budget(name="Inlämnad")
    fill(budget, {"egen-personal": [100000, 0, 0]},
         [("Region", FinancingType.PUBLIC_CASH, [115000, 0, 0])])
    complete_application(project)
    workflow.submit_application(project=project, actor=manager)
    return budget


def set_form(client, tvv_set):
    address = f"/admin/finance/costcategoryset/{tvv_set.pk}/change/"
    return address, admin_post_data(client.get(address))


def row_prefix(data, pk) -> str:
    return next(k for k, v in data.items() if k.endswith("-id") and v == str(pk))[:-len("-id")]


def test_a_category_renamed_in_the_admin_keeps_its_old_name_in_a_submitted_budget(
        client, administrator, submitted, tvv_set):
    client.force_login(administrator)
    address, data = set_form(client, tvv_set)
    staff = category(tvv_set, "egen-personal")
    data[row_prefix(data, staff.pk) + "-name_sv"] = "Nytt namn"
    assert client.post(address, data).status_code == 302
    assert CostCategory.objects.get(pk=staff.pk).name_sv == "Nytt namn"
    labels = [row.label for row in budget_figures(current(submitted)).rows]
    assert "Egen personal" in labels and "Nytt namn" not in labels


def test_a_category_a_submitted_budget_uses_is_not_removed_in_the_admin(
        client, administrator, submitted, tvv_set, settings):
    settings.LANGUAGE_CODE = "en"
    client.force_login(administrator)
    before = budget_figures(current(submitted)).eligible_total
    for code in ("schablonkostnader", "egen-personal"):  # computed, and with amounts
        address, data = set_form(client, tvv_set)
        data[row_prefix(data, category(tvv_set, code).pk) + "-DELETE"] = "on"
        response = client.post(address, data, HTTP_ACCEPT_LANGUAGE="en")
        assert response.status_code == 200  # the form again, with the reason
        said = response.content.decode()  # ours, or Django's for a category with amounts
        assert "cannot be removed" in said or "protected related objects" in said
        assert CostCategory.objects.filter(category_set=tvv_set, code=code).exists()
    assert budget_figures(current(submitted)).eligible_total == before


def test_what_a_submitted_budget_is_computed_from_does_not_change_in_the_admin(
        client, administrator, submitted, tvv_set, settings):
    settings.LANGUAGE_CODE = "en"
    client.force_login(administrator)
    address, data = set_form(client, tvv_set)
    staff = category(tvv_set, "egen-personal")
    data[row_prefix(data, staff.pk) + "-kind"] = CategoryKind.INCOME
    response = client.post(address, data, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200 and "cannot change" in response.content.decode()
    assert CostCategory.objects.get(pk=staff.pk).kind == CategoryKind.COST


def test_a_fixed_rate_changed_in_the_programme_rules_moves_open_budgets_only(
        client, administrator, two_sides, project, manager, rules):
    _, norwegian = two_sides
    complete_application(project)
    workflow.submit_application(project=project, actor=manager)
    frozen = current(norwegian)
    assert frozen.rate == Decimal(8)
    client.force_login(administrator)
    address = f"/admin/finance/programmerules/{rules.pk}/change/"
    data = admin_post_data(client.get(address))
    rule = CurrencyRule.objects.get(rules=rules, currency="NOK")
    data[row_prefix(data, rule.pk) + "-fixed_rate"] = "12"
    response = client.post(address, data)
    assert response.status_code == 302, sorted(data.items())
    assert CurrencyRule.objects.get(pk=rule.pk).fixed_rate == Decimal(12)
    after = current(norwegian)
    assert (after.rate, after.reporting_eligible_total) == (
        Decimal(8), frozen.reporting_eligible_total)


def test_an_outline_reworded_in_the_admin_leaves_a_submitted_report_as_it_was(
        client, project, personas):
    running = start_running(project, personas)
    report = report_services.start_status_report(
        project=running, actor=personas["manager"], period_start=date(2020, 1, 1),
        period_end=date(2020, 6, 30))
    outline = outline_for(running, report.kind)
    first = outline.sections[0]
    old_title = first["title"]["sv"]
    fill_report(report, personas["manager"])
    report_services.submit_report(document=report, actor=personas["manager"])
    sections = [dict(s) for s in outline.sections]
    sections[0] = {**first, "title": {**first["title"], "sv": "Helt ny rubrik"}}
    ReportOutline.objects.filter(pk=outline.pk).update(sections=sections)
    client.force_login(personas["manager"])
    page = client.get(reverse("reports:report", args=[running.slug, "lagesrapport",
                                                      report.number])).content.decode()
    assert old_title in page and "Helt ny rubrik" not in page
