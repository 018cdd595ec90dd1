"""The finance pages doing their work: grids that keep what was typed, live totals, the
financing plan, the split, periods and rates, outcome, the frozen version and the API."""

from decimal import Decimal

import pytest
from django.urls import reverse

from finance.forms import cell_name
from finance.models import Budget, BudgetVersion, FinancingType, OutcomeReport
from finance.selectors import budget_figures
from portal.models import AuditEntry, Organisation, OrganisationKind
from projects.selectors import application_versions
from projects.services import workflow
from tests.factories import past_submission
from tests.finance.conftest import category, fill, report_rows
from tests.projects.helpers import complete_application

T = FinancingType


def current(budget):
    version = BudgetVersion.objects.get(budget=budget, superseded_at__isnull=True)
    version.budget = budget
    return version


def cells(budget, code):
    version = current(budget)
    cat = category(budget.category_set, code)
    return [cell_name(cat.pk, p.pk) for p in version.periods.order_by("position")]


@pytest.fixture
def logged_in(client, manager):
    client.force_login(manager)
    return client


def test_a_budget_is_created_with_one_column_per_year(logged_in, project, tvv_set):
    response = logged_in.post(reverse("finance:budget_create", args=[project.slug]), {
        "name": "Svensk projektbudget", "currency": "SEK", "country": "SE",
        "category_set": tvv_set.pk, "first_year": 2011, "last_year": 2013})
    budget = Budget.objects.get(project=project)
    assert response.status_code == 302
    assert [p.label for p in current(budget).periods.order_by("position")] == [
        "2011", "2012", "2013"]
    again = logged_in.post(reverse("finance:budget_create", args=[project.slug]), {
        "name": "Svensk projektbudget", "currency": "SEK", "country": "SE",
        "category_set": tvv_set.pk, "first_year": 2011, "last_year": 2013})
    assert again.status_code == 400 and again.context["form"].errors["name"]


def test_a_bad_cell_is_marked_and_everything_typed_stays(logged_in, budget):
    personnel = cells(budget, "egen-personal")
    travel = cells(budget, "resekostnader")
    response = logged_in.post(reverse("finance:budget", args=[budget.project.slug, budget.pk]),
                              {"revision": "0", personnel[0]: "1 095 400", personnel[1]: "12x",
                               travel[2]: "-5"})
    assert response.status_code == 200
    assert set(response.context["errors"]) == {personnel[1], travel[2]}
    html = response.content.decode()
    assert 'value="1 095 400"' in html and 'value="12x"' in html and 'value="-5"' in html
    assert f'id="err-{personnel[1]}"' in html and 'aria-invalid="true"' in html
    assert not current(budget).lines.exists()  # nothing saved


def test_a_saved_grid_is_audited_cell_by_cell(logged_in, budget):
    personnel = cells(budget, "egen-personal")
    response = logged_in.post(reverse("finance:budget", args=[budget.project.slug, budget.pk]),
                              {"revision": "0", personnel[0]: "1 000", personnel[2]: "2000,50"})
    assert response.status_code == 302
    entries = AuditEntry.objects.filter(project_id=budget.project_id, action="budget:costs")
    assert sorted((e.field, e.old_value, e.new_value) for e in entries) == [
        ("Egen personal 2019", "0", "1000"), ("Egen personal 2021", "0", "2000,5")]


def test_a_flat_rate_cell_posted_by_hand_is_ignored(logged_in, budget):
    flat = cells(budget, "schablonkostnader")
    logged_in.post(reverse("finance:budget", args=[budget.project.slug, budget.pk]),
                   {"revision": "0", flat[0]: "999"})
    assert not current(budget).lines.exists()


def test_live_totals_follow_what_is_typed_without_saving(logged_in, budget):
    personnel = cells(budget, "egen-personal")
    response = logged_in.post(
        reverse("finance:budget_totals", args=[budget.project.slug, budget.pk]),
        {"revision": "0", personnel[0]: "1 000 000", personnel[1]: "oops"})
    html = response.content.decode()
    flat = cells(budget, "schablonkostnader")[0]
    assert f'id="cell-{flat}" hx-swap-oob="true">150\u00a0000<' in html  # 15 % flat rate
    assert 'id="t-cost-total" hx-swap-oob="true">1\u00a0150\u00a0000<' in html
    assert 'id="grid-status"' in html and "1" in html
    assert not current(budget).lines.exists()


def test_the_financing_plan_takes_rows_and_refuses_a_nameless_one(logged_in, budget):
    periods = list(current(budget).periods.order_by("position"))
    address = reverse("finance:financing", args=[budget.project.slug, budget.pk])
    row = {"s0-id": "", "s0-financier": "", "s0-description": "ERUF", "s0-type": "eu_fund",
           **{f"s0-p{p.pk}": "500" for p in periods}}
    nameless = {"s1-id": "", "s1-financier": "", "s1-description": "", "s1-type": "public_cash",
                f"s1-p{periods[0].pk}": "100"}
    refused = logged_in.post(address, {"revision": "0", "rows": "2", **row, **nameless})
    assert refused.status_code == 200 and "s1-financier" in refused.context["errors"]
    assert 'value="ERUF"' in refused.content.decode()
    saved = logged_in.post(address, {"revision": "0", "rows": "1", **row})
    assert saved.status_code == 302
    figures = budget_figures(current(budget))
    assert [(r.source.name, r.total) for r in figures.sources] == [("ERUF", Decimal(1500))]
    source = figures.sources[0].source
    removed = logged_in.post(address, {"revision": "1", "rows": "1", "s0-id": source.pk,
                                       "s0-financier": "", "s0-description": "ERUF",
                                       "s0-type": "eu_fund", "s0-delete": "on"})
    assert removed.status_code == 302 and not current(budget).sources.exists()


def test_the_split_becomes_financing_rows(logged_in, budget, municipality_factory):
    kongsberg = municipality_factory("Kongsberg", 23997)
    hjartdal = municipality_factory("Hjartdal", 1619)
    address = reverse("finance:split", args=[budget.project.slug, budget.pk])
    preview = logged_in.get(address, {"amount": "100 000", "mode": "mix", "equal_percent": "50",
                                      "municipality": [kongsberg.pk, hjartdal.pk]})
    shares = {s.municipality.name: s.amount for s in preview.context["shares"]}
    assert sum(shares.values()) == 100000
    periods = list(current(budget).periods.order_by("position"))
    response = logged_in.post(address, {
        "amount": "100000", "mode": "mix", "equal_percent": "50", "apply": "1",
        "municipality": [kongsberg.pk, hjartdal.pk], "period": [periods[0].pk, periods[2].pk],
        "financing_type": "public_cash", "revision": "0"})
    assert response.status_code == 302
    rows = {r.source.financier.name: r.ordered for r in budget_figures(current(budget)).sources}
    assert rows == {"Kongsberg": [Decimal(shares["Kongsberg"]), None,
                                  Decimal(shares["Kongsberg"])],
                    "Hjartdal": [Decimal(shares["Hjartdal"]), None, Decimal(shares["Hjartdal"])]}


def test_the_split_needs_populations_for_the_population_part(logged_in, budget,
                                                             municipality_factory):
    municipality_factory("Utan siffra", None)
    response = logged_in.get(reverse("finance:split", args=[budget.project.slug, budget.pk]),
                             {"amount": "1000", "mode": "population"})
    assert "municipality" in response.context["errors"] and response.context["shares"] is None


def test_periods_and_rates_are_edited_and_a_period_with_amounts_is_kept(logged_in, budget):
    fill(budget, {"egen-personal": [100, 0, 0]})
    periods = list(current(budget).periods.order_by("position"))
    flat = category(budget.category_set, "schablonkostnader")
    address = reverse("finance:budget_settings", args=[budget.project.slug, budget.pk])
    data = {"revision": str(current(budget).cost_revision), "name": "Svensk budget",
            "note": "Enligt ansökan", "periods": "4", f"rate-{flat.pk}": "20"}
    for n, period in enumerate(periods):
        data.update({f"period-{n}-id": period.pk, f"period-{n}-label": period.label})
    data["period-1-delete"] = "on"  # empty: goes
    data["period-3-label"] = "2022"  # new
    assert logged_in.post(address, data).status_code == 302
    version = current(budget)
    assert [p.label for p in version.periods.order_by("position")] == ["2019", "2021", "2022"]
    rows = {r.category.code: r for r in budget_figures(version).rows}
    assert rows["schablonkostnader"].total == Decimal(20)
    assert version.note == "Enligt ansökan"

    data = {"revision": str(version.cost_revision), "name": "Svensk budget", "periods": "1",
            "period-0-id": periods[2].pk, "period-0-label": "2021"}  # 2019 holds 100 kr
    response = logged_in.post(address, data)
    assert response.status_code == 200
    assert current(budget).periods.count() == 3


@pytest.fixture
def approved(project, budget, manager, personas):
    fill(budget, {"egen-personal": [1000, 1000, 0], "externa-tjanster": [500, 0, 0]},
         [("Region", T.PUBLIC_CASH, [1650, 1150, 0])])
    complete_application(project)
    workflow.submit_application(project=project, actor=manager)
    workflow.approve_application(project=project, actor=personas["case_officer"],
                                 granted_amount=None)
    return budget


def test_outcome_shows_approved_previous_this_period_accumulated_remaining(logged_in, approved):
    slug = approved.project.slug
    personnel = category(approved.category_set, "egen-personal")
    services = category(approved.category_set, "externa-tjanster")
    first = reverse("finance:outcome_create", args=[slug, approved.pk])
    logged_in.post(first, {"label": "2019"})
    report = OutcomeReport.objects.get(budget=approved, number=1)
    address = reverse("finance:outcome_report", args=[slug, report.pk])
    saved = logged_in.post(address, {
        "revision": "0", f"cost-{personnel.pk}": "800", f"cost-{services.pk}": "100",
        "received": "1", "recv-0-financier": "", "recv-0-description": "Region",
        "recv-0-type": "public_cash", "recv-0-amount": "900"})
    assert saved.status_code == 302
    logged_in.post(address, {"action": "submit"})

    logged_in.post(first, {"label": "2020"})
    second = OutcomeReport.objects.get(budget=approved, number=2)
    address = reverse("finance:outcome_report", args=[slug, second.pk])
    logged_in.post(address, {"revision": "0", f"cost-{personnel.pk}": "1 100", "received": "0"})
    table = logged_in.get(address).context["table"]
    lines = {line.label: line for line in table.costs}
    personnel_line = lines["Egen personal"]
    assert (personnel_line.approved, personnel_line.previous, personnel_line.this_period,
            personnel_line.accumulated, personnel_line.remaining) == (
        Decimal(2000), Decimal(800), Decimal(1100), Decimal(1900), Decimal(100))
    flat = lines["Schablonkostnader"]  # 15 % of each report's own personnel
    assert (flat.approved, flat.previous, flat.this_period) == (
        Decimal(300), Decimal(120), Decimal(165))
    assert table.cost_total.accumulated == Decimal(800 + 100 + 120 + 1100 + 165)

    submitted = logged_in.post(reverse("finance:outcome_report", args=[slug, report.pk]),
                               {"revision": "1", f"cost-{personnel.pk}": "5"})
    assert submitted.status_code == 200  # a submitted report does not change
    assert OutcomeReport.objects.get(pk=report.pk).costs.get(category=personnel).amount == 800


def test_a_bad_outcome_amount_keeps_the_typing(logged_in, approved):
    report_url = reverse("finance:outcome_create", args=[approved.project.slug, approved.pk])
    logged_in.post(report_url, {"label": "2019"})
    report = OutcomeReport.objects.get(budget=approved)
    personnel = category(approved.category_set, "egen-personal")
    response = logged_in.post(
        reverse("finance:outcome_report", args=[approved.project.slug, report.pk]),
        {"revision": "0", f"cost-{personnel.pk}": "tusen", "received": "0"})
    assert response.status_code == 200 and f"cost-{personnel.pk}" in response.context["errors"]
    assert 'value="tusen"' in response.content.decode()


def test_the_submitted_version_holds_the_budget_and_the_plan(approved):
    version = application_versions(approved.project).get(number=1)
    part = version.content["parts"]["finance"]
    budget = part["budgets"]["Svensk budget"]
    assert budget["costs"]["Egen personal"]["amounts"] == {"2019": "1000", "2020": "1000"}
    assert budget["costs"]["Schablonkostnader"]["percent"] == "15"
    (plan,) = budget["financing"].values()
    assert plan["amounts"] == {"2019": "1650", "2020": "1150"}
    assert budget["eligible_cost"] == budget["financing_total"] == "2800"


def test_the_api_gives_budgets_with_totals_and_findings(client, budget, personas):
    fill(budget, {"egen-personal": [100, 0, 0]}, [("Region", T.PUBLIC_CASH, [100, 0, 0])])
    past_submission(budget.project)  # a financier reads it once submitted
    client.force_login(personas["financier"])
    data = client.get(reverse("finance_api:budgets", args=[budget.project.slug])).json()
    (item,) = data["results"]
    assert item["totals"]["eligible_cost"] == "115" and item["totals"]["financing"] == "100"
    assert [f["code"] for f in item["findings"]] == ["balance_total", "balance_period"]
    assert data["reporting_currency"] == "SEK" and data["joint"]["eligible_cost"] == "115"
    detail = client.get(reverse("finance_api:budget", args=[budget.project.slug, budget.pk]))
    assert detail.json()["costs"][0]["amounts"]["2019"] == "100"


def test_long_names_fit_the_audit_trail(logged_in, budget):
    long_name = "Egeninnsats fra kommunene, lokalt næringsapparat og andre deltakere " * 2
    periods = list(current(budget).periods.order_by("position"))
    response = logged_in.post(
        reverse("finance:financing", args=[budget.project.slug, budget.pk]),
        {"revision": "0", "rows": "1", "s0-id": "", "s0-financier": "",
         "s0-description": long_name, "s0-type": "public_in_kind",
         f"s0-p{periods[0].pk}": "1 250 000"})
    assert response.status_code == 302
    fields = AuditEntry.objects.filter(action="budget:financing").values_list("field", flat=True)
    assert all(len(field) <= 100 for field in fields)
    assert any(field.endswith("… 2019") for field in fields)


def test_a_name_or_label_too_long_is_refused_with_a_message_not_a_failure(logged_in, budget):
    periods = list(current(budget).periods.order_by("position"))
    data = {"revision": "0", "name": "x" * 300, "periods": "1",
            "period-0-id": periods[0].pk, "period-0-label": "2019"}
    response = logged_in.post(
        reverse("finance:budget_settings", args=[budget.project.slug, budget.pk]), data)
    assert response.status_code == 200
    budget.refresh_from_db()
    assert budget.name == "Svensk budget"


def test_a_budget_not_broken_down_by_category_is_not_read_as_overspent(logged_in, budget):
    from finance.outcome import outcome_table

    fill(budget, {"ej-fordelat": [1000, 0, 0]},
         [("Beslut", FinancingType.PUBLIC_CASH, [1000, 0, 0])])
    services = category(budget.category_set, "externa-tjanster")
    report = report_rows(budget, costs={services.pk: Decimal(400)},
                         received=[("Kommunen", FinancingType.PUBLIC_CASH, Decimal(400))])
    table = outcome_table(report, budget_figures(budget.versions.get()))
    assert table.budget_unallocated
    assert table.cost_total.remaining == Decimal(600)  # what remains, read from the total
    page = logged_in.get(reverse("finance:outcome_report",
                                 args=[budget.project.slug, report.pk])).content.decode()
    assert "inte fördelad på kostnadsslag" in page
    assert "−400" not in page  # no category, and no financier outside the plan, "overspent"
    assert "ej fördelat" in page and "ej i planen" in page


def test_a_financier_not_in_the_plan_is_searched_for_never_listed(logged_in, approved):
    """Thousands of organisations: the report's page costs the same with 3 or 300, and a
    name typed without JavaScript is taken when it means one organisation."""
    slug = approved.project.slug
    logged_in.post(reverse("finance:outcome_create", args=[slug, approved.pk]),
                   {"label": "2019"})
    report = OutcomeReport.objects.get(budget=approved, number=1)
    address = reverse("finance:outcome_report", args=[slug, report.pk])
    logged_in.get(address)  # the message that the report was started
    few = len(logged_in.get(address).content.decode())
    Organisation.objects.bulk_create(
        Organisation(name=f"Stiftelsen nummer {n}", kind=OrganisationKind.OTHER, country="SE")
        for n in range(300))
    page = logged_in.get(address).content.decode()
    assert "Stiftelsen nummer" not in page and len(page) == few
    extra = f"recv-{len(logged_in.get(address).context['table'].financing)}-"
    unknown = logged_in.post(address, {
        "revision": "0", "received": "9", f"{extra}financier-search": "Ingen sådan stiftelse",
        f"{extra}type": "public_cash", f"{extra}amount": "50"})
    assert unknown.status_code == 200
    assert f'id="err-{extra}financier"' in unknown.content.decode()
    assert not report.financing.exists()
    saved = logged_in.post(address, {
        "revision": "0", "received": "9", f"{extra}financier-search": "Stiftelsen nummer 7",
        f"{extra}type": "public_cash", f"{extra}amount": "50"})
    assert saved.status_code == 302
    assert report.financing.get().financier.name == "Stiftelsen nummer 7"
