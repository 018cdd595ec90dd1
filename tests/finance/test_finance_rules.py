"""Finance services own their rules, and what a frozen budget depends on stays as it was:
the right and the state are checked by the services themselves; a cost category's default
rate moves draft budgets only; every change to the finance catalogues is audited."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.utils import timezone

from finance.models import BudgetVersion, ExchangeRate, FinancingSource, FinancingType
from finance.selectors import budget_figures
from finance.services.budgets import create_budget, save_costs
from finance.services.catalogue import save_category
from finance.services.errors import BudgetLocked
from finance.services.financing import SourceInput, save_financing
from finance.services.outcome import create_report
from portal.models import AuditEntry, Organisation, OrganisationKind
from projects.services import workflow
from projects.services.errors import NotAllowed
from tests.finance.conftest import category, fill
from tests.projects.helpers import complete_application

T = FinancingType


def current(budget):
    version = BudgetVersion.objects.get(budget=budget, superseded_at__isnull=True)
    version.budget = budget
    return version


def one_cell(budget):
    version = current(budget)
    return {(category(budget.category_set, "egen-personal").pk,
             version.periods.get(label="2019").pk): Decimal(5)}


@pytest.mark.parametrize("persona", ["steering", "financier", "viewer", "outsider",
                                     "case_officer"])
def test_only_the_projects_writers_may_save_a_budget_whatever_the_page_says(
        budget, personas, persona):
    with pytest.raises(NotAllowed):
        save_costs(version=current(budget), actor=personas[persona], amounts=one_cell(budget),
                   expected_revision=None)
    assert not current(budget).lines.exists()


def test_nobody_unnamed_writes_a_budget(budget, project):
    with pytest.raises(NotAllowed):
        save_costs(version=current(budget), actor=None, amounts=one_cell(budget),
                   expected_revision=None)
    with pytest.raises(NotAllowed):
        create_budget(project=project, actor=None, name="X", currency="SEK", country="SE",
                      periods=[("2019", None, None)])


def test_a_submitted_budget_is_refused_by_the_service_itself(budget, project, manager):
    complete_application(project)
    workflow.submit_application(project=project, actor=manager)
    with pytest.raises(BudgetLocked):
        save_costs(version=current(budget), actor=manager, amounts=one_cell(budget),
                   expected_revision=None)
    with pytest.raises(BudgetLocked):
        save_financing(version=current(budget), actor=manager, expected_revision=None, rows=[
            SourceInput(id=None, financier_id=None, description="Sent", preliminary=False,
                        financing_type=T.PUBLIC_CASH)])
    with pytest.raises(BudgetLocked):
        create_budget(project=project, actor=manager, name="Sen", currency="SEK",
                      country="SE", periods=[("2019", None, None)])


def test_outcome_is_refused_before_approval_by_the_service(budget, manager):
    with pytest.raises(BudgetLocked):
        create_report(budget=budget, actor=manager, label="2019")


def test_a_change_of_the_default_flat_rate_moves_drafts_only_and_is_audited(
        project, make_budget, manager, personas, programme, tvv_set, administrator_user):
    submitted = make_budget(name="Inlämnad")
    fill(submitted, {"egen-personal": [1000000, 0, 0]},
         [("Region", T.PUBLIC_CASH, [1150000, 0, 0])])
    complete_application(project)
    workflow.submit_application(project=project, actor=manager)
    from projects.services.applications import create_project

    other = create_project(actor=manager, title="Utkast", slug="utkast", programme=programme)
    draft = make_budget(name="Utkast", target=other)
    fill(draft, {"egen-personal": [1000000, 0, 0]})

    flat = category(tvv_set, "schablonkostnader")
    old = flat.flat_rate_percent
    assert old == Decimal(15)
    flat.flat_rate_percent = Decimal(25)
    save_category(category=flat, actor=administrator_user)

    def flat_total(budget):
        return next(r.total for r in budget_figures(current(budget)).rows if r.computed)

    assert flat_total(submitted) == Decimal(150000)  # as submitted
    assert flat_total(draft) == Decimal(250000)  # a draft follows the programme's new rate
    assert BudgetVersion.objects.get(budget=draft).flat_rate_total == Decimal(250000)
    assert BudgetVersion.objects.get(budget=submitted).flat_rate_total == Decimal(150000)
    entry = AuditEntry.objects.get(action="admin:costcategory", field="flat_rate_percent")
    assert (entry.actor, entry.old_value, entry.new_value) == (
        administrator_user, "15.00000", "25")
    moved = AuditEntry.objects.filter(action="budget:default_rate")
    assert moved.filter(project_id=other.pk).exists()
    assert not moved.filter(project_id=project.pk).exists()


@pytest.fixture
def region(db):
    return Organisation.objects.create(name="Region Västerbotten", kind=OrganisationKind.REGION,
                                       country="SE")


@pytest.fixture
def administrator_user(personas):
    user = personas["administrator"]
    user.is_superuser = True
    user.save()
    return user


def test_exchange_rates_added_in_the_admin_are_audited_and_convert_open_budgets(
        client, administrator_user, make_budget, project):
    programme = project.programme
    programme.reporting_currency = "EUR"
    programme.save()
    budget = make_budget()
    fill(budget, {"externa-tjanster": [1000, 0, 0]})
    assert current(budget).reporting_eligible_total is None  # no rate yet
    client.force_login(administrator_user)
    day = timezone.localdate() - timedelta(days=1)
    response = client.post("/admin/finance/exchangerate/add/", {
        "currency": "SEK", "per_currency": "EUR", "rate": "10", "valid_from": day.isoformat(),
        "source": "ECB"})
    assert response.status_code == 302, response.content.decode()[:2000]
    rate = ExchangeRate.objects.get()
    entries = AuditEntry.objects.filter(action="admin:exchangerate", object_id=str(rate.pk))
    assert {e.field: e.new_value for e in entries}["rate"] == "10"
    assert entries.first().actor == administrator_user
    assert current(budget).reporting_eligible_total == Decimal("100.00")


def test_a_change_to_one_of_two_rows_of_the_same_financier_and_type_is_audited(
        budget, manager, region):
    version = fill(budget, {"externa-tjanster": [300, 0, 0]},
                   [(region, T.PUBLIC_CASH, [100, 0, 0]), (region, T.PUBLIC_CASH, [200, 0, 0])])
    first, second = FinancingSource.objects.filter(version=version).order_by("position")
    periods = {p.label: p.pk for p in version.periods.all()}
    version.budget = budget
    save_financing(version=version, actor=manager, expected_revision=None, rows=[
        SourceInput(id=first.pk, financier_id=region.pk, description="", preliminary=False,
                    financing_type=T.PUBLIC_CASH, amounts={periods["2019"]: Decimal(150)}),
        SourceInput(id=second.pk, financier_id=region.pk, description="", preliminary=False,
                    financing_type=T.PUBLIC_CASH, amounts={periods["2019"]: Decimal(200)})])
    changed = AuditEntry.objects.filter(action="budget:financing", new_value="150")
    assert [(e.old_value, e.new_value) for e in changed] == [("100", "150")]


def admin_post_data(response) -> dict:
    """The admin change form as it stands, ready to post back: the object's fields and
    every inline row."""
    data = {}

    def add(form):
        for name in form.fields:
            value = form[name].value()
            if value is None or value is False:
                continue
            data[form.add_prefix(name)] = "on" if value is True else (
                [str(v) for v in value] if isinstance(value, list | tuple) else str(value))

    add(response.context["adminform"].form)
    for inline in response.context["inline_admin_formsets"]:
        formset = inline.formset
        add(formset.management_form)
        for form in formset.forms:
            add(form)
    return data


def test_the_admin_changes_a_default_rate_through_the_same_rule(
        client, administrator_user, make_budget, project, manager, tvv_set):
    submitted = make_budget(name="Inlämnad")
    fill(submitted, {"egen-personal": [1000000, 0, 0]},
         [("Region", T.PUBLIC_CASH, [1150000, 0, 0])])
    complete_application(project)
    workflow.submit_application(project=project, actor=manager)
    client.force_login(administrator_user)
    address = f"/admin/finance/costcategoryset/{tvv_set.pk}/change/"
    data = admin_post_data(client.get(address))
    flat = category(tvv_set, "schablonkostnader")
    key = next(k for k, v in data.items() if k.endswith("-id") and v == str(flat.pk))
    data[key.replace("-id", "-flat_rate_percent")] = "25"
    response = client.post(address, data)
    assert response.status_code == 302, response.context["errors"] if response.context else ""
    flat.refresh_from_db()
    assert flat.flat_rate_percent == Decimal(25)
    version = current(submitted)
    assert next(r.total for r in budget_figures(version).rows if r.computed) == Decimal(150000)
    assert AuditEntry.objects.filter(action="admin:costcategory", actor=administrator_user,
                                     field="flat_rate_percent").exists()
