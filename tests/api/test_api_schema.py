"""The API fuzzed from its own OpenAPI schema (schemathesis, in-process): whatever a client
sends, no server error, no answer the schema does not describe and no request the schema
forbids accepted. A manager and a case officer each send a bounded number of examples to
every operation, at real objects of one project built once for the whole run."""

import json

import pytest
import schemathesis
from django.core import signals
from django.db import close_old_connections
from drf_spectacular.generators import SchemaGenerator
from drf_spectacular.renderers import OpenApiJsonRenderer
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from schemathesis.specs.openapi.checks import positive_data_acceptance

from portal.wsgi import application
from tests.api.conftest import key_for

EXAMPLES_PER_OPERATION = 4
# A read takes few parameters, so few examples reach all of them; a PDF is rendered whole in
# the request and one example shows it answers within its schema.
EXAMPLES_PER_READ = 2
EXAMPLES_PER_PDF = 1


def examples_for(operation) -> int:
    if operation.path.endswith(".pdf"):
        return EXAMPLES_PER_PDF
    return EXAMPLES_PER_READ if operation.method.lower() == "get" else EXAMPLES_PER_OPERATION
PERSONAS = ("manager", "case_officer")


def api_schema():
    raw = SchemaGenerator().get_schema(request=None, public=True)
    loaded = schemathesis.openapi.from_dict(json.loads(OpenApiJsonRenderer().render(raw)))
    loaded.app = application
    return loaded


@pytest.fixture
def keep_the_test_connection():
    """Served through the WSGI handler, a request would close the database connection when it
    ends, and with it the test's transaction; Django's own test client holds it open the same
    way."""
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


def fuzz(operation, world: dict, key: str) -> None:
    @given(case=operation.as_strategy())
    @hypothesis_settings(max_examples=examples_for(operation), deadline=None, derandomize=True,
                         database=None, suppress_health_check=list(HealthCheck))
    def run(case):
        # Real objects behind the addresses, so that bodies reach the services' rules.
        for name in case.path_parameters or {}:
            if name in world:
                case.path_parameters[name] = world[name]
        # Every check but "a request the schema allows succeeds": the services' own rules (a
        # period inside the project, a state that allows the step) refuse such requests with
        # 400 or 409, as they must.
        case.call_and_validate(headers={"Authorization": f"Bearer {key}"},
                               excluded_checks=[positive_data_acceptance])

    run()


def test_no_request_breaks_the_api(api_world, personas, settings, keep_the_test_connection):
    settings.ALLOWED_HOSTS = ["localhost", "testserver"]
    keys = {name: key_for(personas[name]) for name in PERSONAS}
    operations = [result.ok() for result in api_schema().get_all_operations()]
    assert len(operations) > 80
    failures = []
    for operation in operations:
        for persona, key in keys.items():
            try:
                fuzz(operation, api_world, key)
            except (Exception, BaseExceptionGroup) as error:  # noqa: BLE001 - all reported
                failures.append(f"{persona} {operation.method.upper()} {operation.path}:\n"
                                f"{error}")
    assert not failures, "\n\n".join(failures)
