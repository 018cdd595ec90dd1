"""A submitted budget keeps the names it was submitted with: an administrator renaming a cost
category or its set, or adding a category, changes drafts only. The budget's pages (list,
grid, settings, versions) and the frozen application version read the same names."""

import pytest
from django.urls import reverse

from finance.models import BudgetVersion, CategoryKind, CostCategory, FinancingType
from finance.selectors import budget_figures
from finance.services.catalogue import save_category
from projects.services import workflow
from projects.services.applications import create_project
from tests.finance.conftest import category, fill
from tests.projects.helpers import complete_application

OLD, NEW = "Egen personal", "Personal i egen organisation"
NEW_FLAT = "Schablon för övriga kostnader"


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
def two_budgets(project, make_budget, manager, programme):
    """One budget of a submitted application and one of a draft, on the same set."""
    submitted = make_budget(name="Inlämnad")
    fill(submitted, {"egen-personal": [100000, 0, 0]},
         [("Region", FinancingType.PUBLIC_CASH, [115000, 0, 0])])
    complete_application(project)
    workflow.submit_application(project=project, actor=manager)
    other = create_project(actor=manager, title="Utkast", slug="utkast", programme=programme)
    draft = make_budget(name="Utkast", target=other)
    fill(draft, {"egen-personal": [100000, 0, 0]})
    return submitted, draft


def rename_in_the_catalogue(tvv_set, administrator):
    staff = category(tvv_set, "egen-personal")
    assert staff.name_sv == OLD
    staff.name_sv = NEW
    save_category(category=staff, actor=administrator)  # what the admin's inline rows call
    flat = category(tvv_set, "schablonkostnader")
    flat.name_sv = NEW_FLAT
    save_category(category=flat, actor=administrator)
    tvv_set.name = "Omdöpt uppsättning"
    tvv_set.save()
    save_category(category=CostCategory(category_set=tvv_set, code="ny", name_sv="Ny kategori",
                                        kind=CategoryKind.COST, position=99),
                  actor=administrator)


def pages_of(budget):
    slug = budget.project.slug
    return {name: reverse(name, args=[slug, *args]) for name, args in [
        ("finance:budget", [budget.pk]), ("finance:budget_version", [budget.pk, 1])]}


def test_a_submitted_budget_keeps_its_names_after_a_rename_and_a_draft_follows(
        client, two_budgets, tvv_set, administrator, manager):
    submitted, draft = two_budgets
    old_flat = category(tvv_set, "schablonkostnader").name_sv
    old_set = tvv_set.name
    rename_in_the_catalogue(tvv_set, administrator)
    client.force_login(manager)

    def page(name, budget, *args, query=""):
        return client.get(reverse(name, args=[budget.project.slug, *args]) + query
                          ).content.decode()

    for name, url in pages_of(submitted).items():
        text = client.get(url).content.decode()
        assert OLD in text and old_flat in text, name
        assert NEW not in text and NEW_FLAT not in text and "Ny kategori" not in text, name
    settings = page("finance:budget_settings", submitted, submitted.pk)
    assert old_flat in settings and NEW_FLAT not in settings
    listing = page("finance:budgets", submitted)
    assert old_set in listing and "Omdöpt uppsättning" not in listing
    version = page("projects:version", submitted, 1, query="?del=finance")  # its finance tab
    assert OLD in version and NEW not in version

    for name, url in pages_of(draft).items():
        text = client.get(url).content.decode()
        assert NEW in text and NEW_FLAT in text and "Ny kategori" in text, name
        assert OLD not in text, name
    assert NEW_FLAT in page("finance:budget_settings", draft, draft.pk)
    assert "Omdöpt uppsättning" in page("finance:budgets", draft)


def test_the_figures_of_a_submitted_budget_do_not_grow_a_category_added_since(
        two_budgets, tvv_set, administrator):
    submitted, draft = two_budgets
    before = [row.label for row in budget_figures(current(submitted)).rows]
    rename_in_the_catalogue(tvv_set, administrator)
    assert [row.label for row in budget_figures(current(submitted)).rows] == before
    assert "Ny kategori" in [row.label for row in budget_figures(current(draft)).rows]


def test_a_returned_application_shows_the_new_names_and_is_resubmitted_with_them(
        client, two_budgets, tvv_set, administrator, manager, personas, project):
    submitted, _ = two_budgets
    rename_in_the_catalogue(tvv_set, administrator)
    workflow.return_application(project=project, actor=personas["case_officer"],
                                comment="Komplettera")
    labels = [row.label for row in budget_figures(current(submitted)).rows]
    assert NEW in labels and OLD not in labels
    workflow.submit_application(project=project, actor=manager)
    labels = [row.label for row in budget_figures(current(submitted)).rows]
    assert NEW in labels and "Ny kategori" in labels
    client.force_login(manager)
    second = client.get(reverse("projects:version", args=[project.slug, 2]) + "?del=finance"
                        ).content.decode()
    assert NEW in second
