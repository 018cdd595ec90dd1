"""Clients of the API as systems use it: with a key, sending and reading JSON."""

import json
from datetime import date
from decimal import Decimal

import pytest
from django.test import Client

from portal import api_tokens
from projects.models import ApplicationForm, Programme


class KeyClient:
    """The Django test client with a bearer key and JSON bodies, answering like `requests`
    (`status_code`, `json()`, `text`), so the example client runs on it unchanged."""

    def __init__(self, key: str | None = None):
        self.client = Client()
        self.headers = {"HTTP_AUTHORIZATION": f"Bearer {key}"} if key else {}

    def _send(self, method, path, json_body=None, headers=None, params=None):
        extra = dict(self.headers)
        for name, value in (headers or {}).items():
            extra["HTTP_" + name.upper().replace("-", "_")] = value
        if method == "get":
            response = self.client.get(path, params or {}, **extra)
        else:
            response = getattr(self.client, method)(
                path, json.dumps(json_body if json_body is not None else {}),
                content_type="application/json", **extra)
        if response.streaming:  # a file: read once, kept as `body`
            response.body = b"".join(response.streaming_content)
        else:
            response.body = response.content
            response.text = response.content.decode(errors="replace")
        return response

    def get(self, path, params=None, headers=None):
        return self._send("get", path, headers=headers, params=params)

    def post(self, path, json=None, headers=None):
        return self._send("post", path, json, headers)

    def put(self, path, json=None, headers=None):
        return self._send("put", path, json, headers)

    def delete(self, path, headers=None):
        return self._send("delete", path, None, headers)


def key_for(user, can_write: bool = True) -> str:
    _token, plaintext = api_tokens.create_token(user=user, name="Test", can_write=can_write)
    return plaintext


@pytest.fixture
def as_persona(personas):
    def client(name: str, can_write: bool = True) -> KeyClient:
        return KeyClient(key_for(personas[name], can_write))
    return client


@pytest.fixture
def interreg(funding_body, shipped_cost_category_sets):
    """Interreg Sverige-Norge as its administrator sets it up: the programme, its cost
    categories and currency rules, and the exchange rates of 2011."""
    from finance.models import (
        CostCategorySet,
        CurrencyRule,
        ExchangeRate,
        ProgrammeRules,
        Severity,
    )

    programme = Programme.objects.create(
        name="Interreg IV A Sverige-Norge", slug="interreg-sverige-norge",
        funding_body=funding_body, country="SE", application_form=ApplicationForm.INTERREG,
        reporting_currency="EUR")
    rules = ProgrammeRules.objects.create(
        programme=programme, period_balance=Severity.SOFT,
        category_set=CostCategorySet.objects.get(slug="interreg-iv-a-sverige-norge"))
    from portal.models import Organisation

    for name, country in (("Region Dalarna", "SE"), ("Hedmark Fylkeskommune", "NO")):
        Organisation.objects.create(name=name, kind="region", country=country)
    for currency, rate in (("SEK", Decimal("9.0298")), ("NOK", Decimal("7.7934"))):
        CurrencyRule.objects.create(rules=rules, currency=currency, method="table")
        ExchangeRate.objects.create(currency=currency, per_currency="EUR", rate=rate,
                                    valid_from=date(2011, 1, 1), source="ECB 2011")
    return programme


@pytest.fixture
def api_world(project, personas, shipped_cost_category_sets):
    """The shared draft project with something behind every API address: a budget, a plan
    with a work package, a meeting with an action, a risk, indicators, a reporting period,
    participation records and a company. Returns the ids the addresses take."""
    from finance.models import CostCategorySet, ProgrammeRules
    from finance.services.budgets import create_budget
    from tests.indicators.builders import build as build_indicators
    from tests.plans.builders import build_meetings, build_plan, build_register

    ProgrammeRules.objects.get_or_create(programme=project.programme, defaults={
        "category_set": CostCategorySet.objects.get(slug="tillvaxtverket-2014-2020")})
    budget = create_budget(project=project, actor=personas["manager"], name="Svensk budget",
                           currency="SEK", country="SE",
                           periods=[(str(y), date(y, 1, 1), date(y, 12, 31))
                                    for y in (2019, 2020)])
    package = build_plan(project, packages=1, activities=2)[0]
    meeting = build_meetings(project, meetings=1, actions=1)[0]
    risk = build_register(project, risks=1)[0]
    build_indicators(project, indicators=5, periods=2, companies=1, records=1)
    from finance.models import ExchangeRate
    from indicators.models import (
        ParticipationRecord,
        ProjectIndicator,
        ReportingPeriod,
        StatedFigure,
        SupportedCompany,
    )
    from projects.models import Document, DocumentKind, ReportStatus
    from reports.outlines import outline_for

    report = Document.objects.create(
        project=project, kind=DocumentKind.STATUS_REPORT, number=1,
        period_start=date(2019, 1, 1), period_end=date(2019, 6, 30), status=ReportStatus.DRAFT,
        outline=outline_for(project, DocumentKind.STATUS_REPORT).slug,
        created_by=personas["manager"])
    figure = StatedFigure.objects.create(project=project, measure="companies", value=3,
                                         source="Lägesrapport 1")
    rate = ExchangeRate.objects.create(currency="SEK", per_currency="NOK", rate=Decimal("1.1"),
                                       valid_from=date(2019, 1, 1), source="Test")
    jobs = _failed_jobs(project, personas)
    return {**jobs,
        "kind": "lagesrapport", "key": "overview", "figure_id": figure.pk, "rate_id": rate.pk,
        "status_report": report.pk,
        "slug": project.slug, "budget_id": budget.pk, "work_package_id": package.pk,
        "meeting_id": meeting.pk, "action_id": meeting.actions.first().pk, "risk_id": risk.pk,
        "indicator_id": ProjectIndicator.objects.filter(project=project).first().pk,
        "period_id": ReportingPeriod.objects.filter(project=project).first().pk,
        "record_id": ParticipationRecord.objects.filter(project=project).first().pk,
        "company_id": SupportedCompany.objects.filter(project=project).first().pk,
        "user_id": personas["viewer"].pk, "number": 1, "report_id": 0,
        "programme_slug": project.programme.slug,
    }


def _failed_jobs(project, personas) -> dict:
    """Work of the task worker that failed, so that it can be asked for again (a printed
    document of the project, and a case officer's export of reports and of the portfolio),
    and a grant ledger of the project's funding body."""
    from reports.models import ExportJob, RenderJob
    from reports.portfolio.models import PortfolioExport

    officer = personas["case_officer"]
    printed = RenderJob.objects.create(requested_by=personas["manager"], project=project,
                                       document="application", status="failed",
                                       error="Stopped")
    exported = ExportJob.objects.create(requested_by=officer, document="application",
                                        programme=project.programme, status="failed",
                                        error="Stopped")
    portfolio = PortfolioExport.objects.create(requested_by=officer, kind="csv",
                                               funding_body=project.programme.funding_body,
                                               status="failed", error="Stopped")
    from reports.portfolio.models import LedgerImport

    ledger = LedgerImport.objects.create(funding_body=project.programme.funding_body,
                                         year=2017, file_name="liggare.csv")
    return {"print_id": printed.pk, "export_id": exported.pk,
            "portfolio_export_id": portfolio.pk, "ledger_id": ledger.pk}
