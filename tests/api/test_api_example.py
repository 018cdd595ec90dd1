"""The example client enters seed 003 through the API alone; the figures it reads back are
the ones the pages show."""

import importlib.util
from decimal import Decimal
from pathlib import Path

from django.conf import settings
from django.urls import reverse

from finance.summary import project_finance
from portal.formatting import money
from portal.models import AuditEntry
from projects.models import Project, ProjectStatus
from projects.selectors import application_versions
from tests.api.conftest import KeyClient, key_for


def example_client():
    path = Path(settings.BASE_DIR) / "docs" / "examples" / "cross_border_project.py"
    spec = importlib.util.spec_from_file_location("cross_border_project", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_example_client_enters_submits_and_gets_approved_kreativ_region(
        client, personas, interreg):
    example = example_client()
    manager, officer = personas["manager"], personas["case_officer"]
    result = example.enter_project(KeyClient(key_for(manager)), KeyClient(key_for(officer)),
                                   interreg.slug)

    project = Project.objects.get(slug=result["slug"])
    assert project.status == ProjectStatus.APPROVED
    assert result["approved"]["status"] == "approved"
    totals = result["budgets"]
    assert totals["Svensk projektbudget"]["cost"] == "9710000"
    assert totals["Svensk projektbudget"]["financing"] == "9710000"
    assert totals["Norsk prosjektbudsjett"]["cost"] == "5250000"
    assert totals["Norsk prosjektbudsjett"]["financing"] == "5250000"

    # The pages show the same figures: the joint total in the programme's currency, each
    # budget's total in its own, the granted amount the officer set from the joint total.
    finance = project_finance(project)
    assert result["reporting_currency"] == finance.currency == "EUR"
    joint = Decimal(result["joint"]["eligible_cost"])
    assert joint == finance.joint_eligible
    assert project.granted_amount == joint
    client.force_login(manager)
    page = client.get(reverse("finance:budgets", args=[project.slug])).content.decode()
    assert money(finance.joint_eligible, "EUR") in page
    assert money(Decimal("9710000")) in page and money(Decimal("5250000"), "NOK") in page

    # Everything was written by the API's user, and audited as such.
    authors = set(AuditEntry.objects.filter(project_id=project.pk)
                  .values_list("actor__username", flat=True))
    assert authors == {"manager", "case_officer"}
    # Submitting froze a version, approving another.
    assert [v.kind for v in application_versions(project)] == ["submitted", "approved"]
