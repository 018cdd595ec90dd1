"""A person whose organisation co-finances a project sees it as a financier, with no role set
by hand: in lists, on its pages, through the API and in their own share. A draft stays its
writers' until first submitted, and a financier of another organisation sees nothing."""

from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone

from finance.models import BudgetVersion, FinancingSource, FinancingType, OutcomeStatus
from portal.models import Organisation, OrganisationKind
from projects.access import access_for, can_apply, visible_projects
from projects.models import ChangeRequest, ChangeRequestStatus, ProjectStatus, RoleKind
from tests.conftest import make_user
from tests.factories import past_submission
from tests.finance.conftest import fill, report_rows

pytestmark = pytest.mark.django_db
T = FinancingType


def organisation(name):
    return Organisation.objects.create(name=name, country="SE", kind=OrganisationKind.REGION)


@pytest.fixture
def region(db):
    return organisation("Region Västerbotten")


@pytest.fixture
def regional_officer(region):
    return make_user("regionen", organisation=region)


@pytest.fixture
def financed(budget, region):
    fill(budget, {"externa-tjanster": [300, 100, 0]},
         [("Kommunen", T.PUBLIC_CASH, [200, 100, 0]), (region, T.PUBLIC_CASH, [60, 40, 0])])
    return budget.project


def pages(project):
    return [reverse("projects:overview", args=[project.slug]),
            reverse("finance:budgets", args=[project.slug])]


def test_a_draft_stays_its_writers_even_for_the_financier_it_names(client, financed,
                                                                   regional_officer):
    client.force_login(regional_officer)
    assert [client.get(page).status_code for page in pages(financed)] == [404, 404]
    assert not visible_projects(regional_officer).exists()
    assert access_for(regional_officer, financed).role is None


def test_once_submitted_the_financier_reads_it_with_their_own_share(client, financed,
                                                                    regional_officer):
    past_submission(financed)
    client.force_login(regional_officer)
    assert [client.get(page).status_code for page in pages(financed)] == [200, 200]
    budget_page = client.get(reverse("finance:budgets", args=[financed.slug])).content.decode()
    assert "Andel för Region Västerbotten" in budget_page and "25,0\u00a0%" in budget_page
    access = access_for(regional_officer, financed)
    assert (access.role, access.can_download_reports, access.can_edit_application,
            access.can_see_history) == (RoleKind.FINANCIER, True, False, False)
    assert [p.slug for p in visible_projects(regional_officer)] == [financed.slug]
    listed = client.get(reverse("projects_api:list")).json()
    assert [row["slug"] for row in listed["results"]] == [financed.slug]
    assert client.get(reverse("projects:list")).context["page"].object_list[0].slug == "nis"
    # They read; they never write the budget nor apply.
    assert not can_apply(regional_officer)


def test_a_financier_of_another_organisation_sees_nothing(client, financed):
    past_submission(financed)
    stranger = make_user("grannregionen", organisation=organisation("Region Norrbotten"))
    client.force_login(stranger)
    assert [client.get(page).status_code for page in pages(financed)] == [404, 404]
    assert not visible_projects(stranger).exists()
    assert client.get(reverse("projects_api:list")).json()["count"] == 0


def test_a_role_set_by_hand_stays_what_it_is(financed, personas, region):
    member = personas["member"]
    member.organisation = region
    member.save()
    past_submission(financed)
    assert access_for(member, financed).role == RoleKind.MEMBER


def test_a_revision_counts_for_its_financiers_only_once_the_change_is_approved(
        financed, region, regional_officer):
    past_submission(financed, status=ProjectStatus.RUNNING)
    newcomer = organisation("Region Jämtland Härjedalen")
    newcomer_officer = make_user("jamtland", organisation=newcomer)
    change = ChangeRequest.objects.create(project=financed, reason="Ny finansiär",
                                          status=ChangeRequestStatus.SUBMITTED)
    first = BudgetVersion.objects.get(budget__project=financed)
    BudgetVersion.objects.filter(pk=first.pk).update(superseded_at=timezone.now())
    second = BudgetVersion.objects.create(budget=first.budget, number=2, change_request=change)
    FinancingSource.objects.create(version=second, financier=newcomer,
                                   financing_type=T.PUBLIC_CASH)
    # Waiting for the decision: the plan in force is still the first.
    assert access_for(newcomer_officer, financed).role is None
    assert access_for(regional_officer, financed).role == RoleKind.FINANCIER
    ChangeRequest.objects.filter(pk=change.pk).update(status=ChangeRequestStatus.APPROVED)
    # Approved: the revision is the plan, and the region is no longer in it.
    assert access_for(newcomer_officer, financed).role == RoleKind.FINANCIER
    assert access_for(regional_officer, financed).role is None
    assert list(visible_projects(regional_officer)) == []


def test_money_reported_as_received_counts_once_the_report_is_submitted(budget, regional_officer,
                                                                        region):
    fill(budget, {"externa-tjanster": [300, 100, 0]},
         [("Finansiering enligt beslut", T.PUBLIC_CASH, [300, 100, 0])])
    project = past_submission(budget.project, status=ProjectStatus.RUNNING)
    report = report_rows(budget)
    report.financing.create(financier=region, amount=Decimal(75), financing_type=T.PUBLIC_CASH)
    assert access_for(regional_officer, project).role is None  # still being written
    report.status = OutcomeStatus.SUBMITTED
    report.save(update_fields=["status"])
    assert access_for(regional_officer, project).role == RoleKind.FINANCIER
