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
        response.text = response.content.decode()
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
    for currency, rate in (("SEK", Decimal("9.0298")), ("NOK", Decimal("7.7934"))):
        CurrencyRule.objects.create(rules=rules, currency=currency, method="table")
        ExchangeRate.objects.create(currency=currency, per_currency="EUR", rate=rate,
                                    valid_from=date(2011, 1, 1), source="ECB 2011")
    return programme
