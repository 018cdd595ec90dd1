"""Every portfolio and dashboard URL, every persona. The portfolio is the funding body's: its
case officers and administrators see it; a case officer of another funding body sees their
own portfolio, with none of this one in it; everyone else is refused. The dashboard is for
those who steer, run, fund or decide the project."""

from datetime import date
from decimal import Decimal

import pytest
from django.urls import reverse

from portal.models import Organisation, OrganisationKind
from projects.models import Project
from reports.portfolio import lines
from reports.portfolio.models import (
    DecisionFacts,
    LedgerEntry,
    LedgerImport,
    PortfolioExport,
    PortfolioFinancier,
)
from tests.factories import past_submission
from tests.matrix import Case, url_names

ROLES = ["manager", "member", "steering", "financier", "viewer"]
STAFF = {"case_officer", "administrator"}
PERSONAS = ["anonymous", "outsider", "other_case_officer", *ROLES, "case_officer",
            "administrator"]  # a list: every test process must collect the same order
PORTFOLIO_READERS = STAFF | {"other_case_officer"}
DASHBOARD_READERS = {"manager", "member", "steering", "financier"} | STAFF

# Pages of the funding body: name -> (URL arguments, who may read)
PORTFOLIO_READS = {
    "portfolio:portfolio": ({}, PORTFOLIO_READERS),
    "portfolio:export": ({"kind": "xlsx"}, PORTFOLIO_READERS),
    "portfolio:suggestions": ({"field": "municipality"}, PORTFOLIO_READERS),
    "portfolio:report": ({}, PORTFOLIO_READERS),
    "portfolio:ledgers": ({}, PORTFOLIO_READERS),
    "portfolio:ledger_import": ({}, PORTFOLIO_READERS),
    "portfolio:classification": ({}, PORTFOLIO_READERS),
}
# Pages of a project: name -> (who may read, project status)
PROJECT_READS = {
    "portfolio:dashboard": (DASHBOARD_READERS, "running"),
    "portfolio:dashboard_pdf": (DASHBOARD_READERS, "running"),
    "portfolio:facts": (STAFF, "submitted"),
}
# A background export's pages: only the person who asked (the case officer here).
JOB_READS = ["portfolio:export_job", "portfolio:export_job_status",
             "portfolio:export_job_download"]
READS = {**PORTFOLIO_READS, **PROJECT_READS, **dict.fromkeys(JOB_READS)}
WRITES = [
    ("portfolio:facts", STAFF),
    ("portfolio:ledger_remove", STAFF),
    ("portfolio:ledger_import", PORTFOLIO_READERS),
    ("portfolio:classification", PORTFOLIO_READERS),  # a new classification of one's own
    ("portfolio:focus_area_add", STAFF),
    ("portfolio:focus_area_change", STAFF),
]


# For the portal-wide check (tests/matrix.py): the project pages as cases, the funding
# body's pages, which belong to no project, as covered here by their own tests.
CASES = [Case(name, frozenset(who), "get", {}, state)
         for name, (who, state) in PROJECT_READS.items()]
COVERED_ELSEWHERE = set(PORTFOLIO_READS) | set(JOB_READS) | {name for name, _who in WRITES}


def test_every_portfolio_url_is_in_the_matrix():
    ours = {name for name in url_names() if name.startswith("portfolio:")}
    assert ours == set(READS) | {name for name, _who in WRITES}


def _as(client, personas, persona):
    if persona != "anonymous":
        client.force_login(personas[persona])
    return client


@pytest.mark.parametrize("name", sorted(PORTFOLIO_READS))
@pytest.mark.parametrize("persona", PERSONAS)
def test_portfolio_pages(client, personas, project, name, persona):
    Project.objects.filter(pk=project.pk).update(granted_amount=Decimal(123456))
    past_submission(project)  # a draft is not in the portfolio until submitted
    lines.rebuild()  # the rows above were written past the services
    kwargs, who = PORTFOLIO_READS[name]
    response = _as(client, personas, persona).get(reverse(name, kwargs=kwargs))
    if persona == "anonymous":
        assert response.status_code == 302 and "/konto/logga-in/" in response["Location"]
    elif persona in who:
        assert response.status_code == 200
        if name == "portfolio:portfolio":
            shown = project.title in response.content.decode()
            assert shown == (persona != "other_case_officer")
    else:
        assert response.status_code == 403


@pytest.mark.parametrize("field", ["municipality", "financier"])
@pytest.mark.parametrize("persona", PERSONAS)
def test_the_filters_suggestions_come_from_the_readers_own_portfolio(
        client, personas, project, field, persona):
    """A case officer of another funding body is answered from their own portfolio: none of
    this one's municipalities or financiers."""
    place = Organisation.objects.create(name="Ösmo kommun", kind=OrganisationKind.MUNICIPALITY,
                                        country="SE", municipality_code="0192")
    DecisionFacts.objects.create(project=project, municipality=place)
    Project.objects.filter(pk=project.pk).update(granted_amount=Decimal(1000))
    past_submission(project)
    lines.rebuild()
    if field == "financier":  # the financiers' rows as the financing plan would give them
        PortfolioFinancier.objects.create(funding_body=project.programme.funding_body,
                                          project=project, financier=place)
    response = _as(client, personas, persona).get(
        reverse("portfolio:suggestions", args=[field]), {f"{field}-search": "Ösmo"})
    if persona == "anonymous":
        assert response.status_code == 302 and "/konto/logga-in/" in response["Location"]
    elif persona in PORTFOLIO_READERS:
        assert response.status_code == 200
        assert ("Ösmo kommun" in response.content.decode()) == (persona in STAFF)
    else:
        assert response.status_code == 403


def test_a_suggestion_field_that_does_not_exist_is_not_found(client, personas):
    response = _as(client, personas, "case_officer").get(
        reverse("portfolio:suggestions", args=["programme"]))
    assert response.status_code == 404


@pytest.mark.parametrize("name", sorted(PROJECT_READS))
@pytest.mark.parametrize("persona", PERSONAS)
def test_project_pages(client, personas, project, name, persona):
    who, status = PROJECT_READS[name]
    Project.objects.filter(pk=project.pk).update(status=status)
    response = _as(client, personas, persona).get(reverse(name, args=[project.slug]))
    if persona == "anonymous":
        assert response.status_code == 302
    elif persona in ("outsider", "other_case_officer"):
        assert response.status_code == 404
    elif persona in who and name == "portfolio:dashboard_pdf":  # printed by the worker
        assert response.status_code == 302 and "/rapporter/utskrift/" in response["Location"]
    elif persona in who:
        assert response.status_code == 200
    else:
        assert response.status_code == 403


@pytest.mark.parametrize("persona", PERSONAS)
def test_facts_are_set_by_the_funding_bodys_staff(client, personas, project, persona):
    Project.objects.filter(pk=project.pk).update(status="submitted")
    response = _as(client, personas, persona).post(
        reverse("portfolio:facts", args=[project.slug]),
        {"revision": "0", "leadership": "woman", "decided_on": "2026-01-15"})
    saved = project.__class__.objects.filter(pk=project.pk,
                                             portfolio_facts__leadership="woman").exists()
    assert saved == (persona in STAFF)
    if persona in STAFF:
        assert response.status_code == 302


@pytest.mark.parametrize("persona", PERSONAS)
def test_a_ledger_is_removed_only_by_its_funding_bodys_staff(client, personas, funding_body,
                                                             persona):
    ledger = LedgerImport.objects.create(funding_body=funding_body, year=2017, file_name="x")
    LedgerEntry.objects.create(ledger=ledger, funding_body=funding_body, row_number=2,
                               name="A", decided_on=date(2017, 1, 1), year=2017,
                               granted_amount=Decimal(1))
    response = _as(client, personas, persona).post(
        reverse("portfolio:ledger_remove", args=[ledger.pk]))
    assert LedgerImport.objects.filter(pk=ledger.pk).exists() == (persona not in STAFF)
    if persona == "other_case_officer":
        assert response.status_code == 404
    elif persona not in STAFF | {"anonymous"}:
        assert response.status_code == 403


@pytest.mark.parametrize("persona", PERSONAS)
def test_only_case_officers_post_a_ledger(client, personas, funding_body, persona):
    response = _as(client, personas, persona).post(reverse("portfolio:ledger_import"),
                                                   {"payload": "x"})
    if persona in PORTFOLIO_READERS:
        assert response.status_code == 302  # back to the form: the preview is not valid
    elif persona == "anonymous":
        assert "/konto/logga-in/" in response["Location"]
    else:
        assert response.status_code == 403


@pytest.mark.parametrize("name", JOB_READS)
@pytest.mark.parametrize("persona", PERSONAS)
def test_a_background_export_is_seen_only_by_who_asked(client, personas, funding_body, name,
                                                       persona, tmp_path, settings):
    settings.EXPORT_ROOT = tmp_path
    job = PortfolioExport.objects.create(requested_by=personas["case_officer"],
                                         funding_body=funding_body, kind="csv", status="done",
                                         file_name="portfolio-x.csv", file_size=3)
    (tmp_path / "portfolio-x.csv").write_bytes(b"a;b")
    response = _as(client, personas, persona).get(reverse(name, args=[job.pk]))
    if persona == "anonymous":
        assert response.status_code == 302 and "/konto/logga-in/" in response["Location"]
    elif persona == "case_officer":
        assert response.status_code == 200
    elif persona in PORTFOLIO_READERS:
        assert response.status_code == 404  # another person's export does not exist
    else:
        assert response.status_code == 403
