"""The portal served as production serves it: gunicorn, DEBUG off, static files hashed and
compressed by WhiteNoise, behind a proxy that ends TLS; its database connections bounded and
healthy after the database dropped them."""

import http.client
import os
import re
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from django.db import connection

ROOT = Path(__file__).resolve().parent.parent
GUNICORN = Path(sys.executable).with_name("gunicorn")
WORKERS, THREADS = 2, 4

pytestmark = pytest.mark.django_db(transaction=True)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def database_url() -> str:
    settings = connection.settings_dict
    if connection.vendor == "postgresql":
        user = settings["USER"] or "postgres"
        return f"postgres://{user}@{settings['HOST']}:{settings['PORT']}/{settings['NAME']}"
    return f"sqlite:///{settings['NAME']}"


@pytest.fixture(scope="module")
def collected_static(tmp_path_factory):
    """`collectstatic` as the deployment guide runs it, into a folder of this test's own."""
    static_root = tmp_path_factory.mktemp("static")
    environment = {**os.environ, "DEBUG": "0", "STATIC_HASHED": "1",
                   "STATIC_ROOT": str(static_root)}
    subprocess.run([sys.executable, "manage.py", "collectstatic", "--no-input"], cwd=ROOT,
                   env=environment, check=True, capture_output=True, timeout=300)
    return static_root


SERVER_APP_NAME = "portal-test-gunicorn"


@pytest.fixture
def server(collected_static):
    port = free_port()
    environment = {
        "PATH": os.environ["PATH"], "DEBUG": "0", "SECRET_KEY": os.environ["SECRET_KEY"],
        "ALLOWED_HOSTS": "127.0.0.1", "DATABASE_URL": database_url(), "EMAIL_URL": "console://",
        "STATIC_ROOT": str(collected_static), "STATIC_HASHED": "1",
        "SECURE_PROXY_SSL_HEADER": "X-Forwarded-Proto: https",
        # libpq names the server's connections, so they are counted apart from the test's.
        "PGAPPNAME": SERVER_APP_NAME,
    }
    process = subprocess.Popen(
        [str(GUNICORN), "portal.wsgi:application", "--bind", f"127.0.0.1:{port}",
         "--workers", str(WORKERS), "--threads", str(THREADS), "--log-level", "warning"],
        cwd=ROOT, env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while fetch(port, "/healthz", proxied=False)[0] != 200:
            if time.monotonic() > deadline or process.poll() is not None:
                raise RuntimeError("gunicorn did not start: " + process.stderr.read().decode())
            time.sleep(0.2)
        yield port
    finally:
        process.terminate()
        process.wait(timeout=30)


def fetch(port: int, path: str, proxied: bool = True, **headers) -> tuple[int, dict, bytes]:
    """One GET as the proxy passes it on (or as a load balancer's health check makes it)."""
    try:
        client = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        sent = {"Host": "127.0.0.1", "Accept-Language": "sv", **headers}
        if proxied:
            sent["X-Forwarded-Proto"] = "https"
        client.request("GET", path, headers=sent)
        response = client.getresponse()
        body = response.read()
        client.close()
    except OSError:
        return 0, {}, b""
    return response.status, {k.lower(): v for k, v in response.getheaders()}, body


def test_gunicorn_serves_a_page_its_css_and_htmx_with_debug_off(server):
    status, headers, body = fetch(server, "/konto/logga-in/")
    assert status == 200
    assert "max-age=31536000" in headers["strict-transport-security"]
    assert re.fullmatch(r"[A-Za-z0-9._:-]{8,128}", headers["x-request-id"])
    html = body.decode()
    css = re.search(r'href="(/static/css/portal\.[0-9a-f]{12}\.css)"', html)
    htmx = re.search(r'src="(/static/vendor/htmx/htmx\.min\.[0-9a-f]{12}\.js)"', html)
    assert css and htmx, "the page names its static files by their content"
    for path, kind in ((css[1], "text/css"), (htmx[1], "javascript")):
        status, headers, content = fetch(server, path, **{"Accept-Encoding": "gzip"})
        assert status == 200 and kind in headers["content-type"]
        assert headers.get("content-encoding") == "gzip"
        assert "immutable" in headers["cache-control"]
        assert content
    # Plain HTTP from outside the proxy is sent to HTTPS; the load balancer's check is not.
    status, headers, _body = fetch(server, "/konto/logga-in/", proxied=False)
    assert status == 301 and headers["location"].startswith("https://")
    assert fetch(server, "/healthz", proxied=False)[0] == 200



def test_a_burst_of_requests_keeps_connections_bounded_and_survives_dropped_ones(
        server, personas, client):
    if connection.vendor != "postgresql":
        pytest.skip("connection counts are PostgreSQL's")
    client.force_login(personas["manager"])
    cookie = f"sessionid={client.cookies['sessionid'].value}"
    name = connection.settings_dict["NAME"]

    def server_connections() -> int:
        with connection.cursor() as cursor:
            cursor.execute("SELECT count(*) FROM pg_stat_activity WHERE datname = %s "
                           "AND application_name = %s", [name, SERVER_APP_NAME])
            return cursor.fetchone()[0]

    statuses: list[int] = []

    def burst(n: int) -> None:
        threads = [threading.Thread(target=lambda: statuses.append(
            fetch(server, "/projekt/", Cookie=cookie)[0])) for _ in range(n)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=120)

    for _round in range(3):
        burst(30)
    assert statuses == [200] * 90
    # One connection per worker thread at most, however many requests came.
    assert server_connections() <= WORKERS * THREADS

    # The database drops every connection (a restart, a failover): the next requests
    # reconnect instead of failing on a dead connection.
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                       "WHERE datname = %s AND pid <> pg_backend_pid()", [name])
    statuses.clear()
    burst(16)
    assert statuses == [200] * 16


WORKER_START = """
import gc, runpy, portal.wsgi
runpy.run_path("gunicorn.conf.py")["post_worker_init"](None)
from django.template import engines
loader = engines["django"].engine.template_loaders[0]
print(gc.get_freeze_count(), "projects/overview.html" in loader.get_template_cache)
"""


def test_a_worker_compiles_its_templates_and_freezes_them_before_its_first_page():
    """No visitor pays for compiling a page's templates in a new worker (gunicorn calls the
    hook of the gunicorn.conf.py it finds where it starts), and a full garbage collection
    walks only what pages made, not what the start loaded."""
    found = subprocess.run(
        [sys.executable, "-c", WORKER_START], capture_output=True, text=True, check=True,
        cwd=ROOT, env={**os.environ, "DEBUG": "0", "ALLOWED_HOSTS": "127.0.0.1",
                       "DJANGO_SETTINGS_MODULE": "portal.settings"})
    frozen, compiled = found.stdout.split()[-2:]
    assert int(frozen) > 50_000
    assert compiled == "True"
