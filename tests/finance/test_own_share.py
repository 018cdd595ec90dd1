"""A financier sees their own part of a project on the budget page: their lines, their share
of the financing in per cent, what they were asked for and what was reported as received."""

from decimal import Decimal

import pytest
from django.urls import reverse

from finance.models import FinancingType, OutcomeFinancing
from finance.own_share import own_share
from portal.models import Organisation, OrganisationKind
from tests.factories import past_submission
from tests.finance.conftest import fill, report_rows

pytestmark = pytest.mark.django_db


@pytest.fixture
def region(db):
    return Organisation.objects.create(name="Region Västerbotten", country="SE",
                                       kind=OrganisationKind.REGION)


def test_the_financier_sees_their_lines_share_and_received(client, project, budget, personas,
                                                           region, django_assert_max_num_queries):
    fill(budget, {"externa-tjanster": [300, 100, 0]},
         [("Kommunen", FinancingType.PUBLIC_CASH, [200, 100, 0]),
          (region, FinancingType.PUBLIC_CASH, [60, 40, 0])])
    report = report_rows(budget)
    OutcomeFinancing.objects.create(report=report, financier=region, amount=Decimal(75),
                                    financing_type=FinancingType.PUBLIC_CASH)
    with django_assert_max_num_queries(3):
        shares = own_share(project, region.pk)
    [share] = shares
    assert (share.asked, share.total_financing, share.percent, share.received) == (
        Decimal(100), Decimal(400), Decimal("25.0"), Decimal(75))
    assert [line.financing_type for line in share.lines] == [str(FinancingType.PUBLIC_CASH.label)]

    financier = personas["financier"]
    financier.organisation = region
    financier.save()
    past_submission(project)
    client.force_login(financier)
    page = client.get(reverse("finance:budgets", args=[project.slug])).content.decode()
    assert "Andel för Region Västerbotten" in page
    assert "25,0\u00a0%" in page and "75\u00a0kr" in page


def test_someone_whose_organisation_finances_nothing_sees_no_share(project, personas):
    assert own_share(project, None) == ()


def test_a_revision_awaiting_its_decision_does_not_change_the_share(project, budget, region):
    from django.utils import timezone

    from finance.models import BudgetVersion, FinancingAmount, FinancingSource
    from projects.models import ChangeRequest, ChangeRequestStatus, ProjectStatus

    fill(budget, {"externa-tjanster": [300, 100, 0]},
         [("Kommunen", FinancingType.PUBLIC_CASH, [200, 100, 0]),
          (region, FinancingType.PUBLIC_CASH, [60, 40, 0])])
    past_submission(project, status=ProjectStatus.RUNNING)
    change = ChangeRequest.objects.create(project=project, reason="Större regional andel",
                                          status=ChangeRequestStatus.SUBMITTED)
    first = BudgetVersion.objects.get(budget=budget)
    BudgetVersion.objects.filter(pk=first.pk).update(superseded_at=timezone.now())
    proposed = BudgetVersion.objects.create(budget=budget, number=2, change_request=change)
    line = FinancingSource.objects.create(version=proposed, financier=region,
                                          financing_type=FinancingType.PUBLIC_CASH)
    period = proposed.periods.create(position=1, label="2025")
    FinancingAmount.objects.create(source=line, period=period, amount=Decimal(400))
    [share] = own_share(project, region.pk)
    assert (share.asked, share.total_financing) == (Decimal(100), Decimal(400))
    ChangeRequest.objects.filter(pk=change.pk).update(status=ChangeRequestStatus.APPROVED)
    [share] = own_share(project, region.pk)
    assert (share.asked, share.total_financing) == (Decimal(400), Decimal(400))
