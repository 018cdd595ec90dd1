"""Serving the portal the way production does, for benchmarks: gunicorn with DEBUG off and a
generated secret key, on the database named by DATABASE_URL (PostgreSQL for numbers worth
quoting), plus logged-in sessions and a plain HTTP client.

Import this module before Django is set up: it fixes the environment that both this process
and the gunicorn workers read, so sessions made here are valid there.
"""

import http.client
import os
import secrets
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GUNICORN = Path(sys.executable).with_name("gunicorn")


def configure_environment() -> None:
    os.environ["DEBUG"] = "0"
    if len(os.environ.get("SECRET_KEY", "")) < 50:
        os.environ["SECRET_KEY"] = secrets.token_urlsafe(64)
    os.environ["ALLOWED_HOSTS"] = "127.0.0.1,localhost,testserver"
    # Served over plain HTTP on this machine: production's redirect to HTTPS would answer
    # every page with a redirect. Everything else stays as production has it.
    os.environ["SECURE_SSL_REDIRECT"] = "0"
    # Several workers share kept pages as docs/deploy.md has production do.
    os.environ.setdefault("CACHE_BACKEND", "redis")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")
    sys.path.insert(0, str(ROOT))
    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        print("Note: DATABASE_URL names no PostgreSQL database; the numbers are SQLite's.",
              file=sys.stderr)


def setup_django() -> None:
    import django
    from django.test.utils import setup_test_environment

    django.setup()
    setup_test_environment()  # the test client, for query counts


@contextmanager
def gunicorn(port: int, workers: int = 4):
    """The portal served on 127.0.0.1:port until the block ends."""
    process = subprocess.Popen(
        [str(GUNICORN), "portal.wsgi:application", "--bind", f"127.0.0.1:{port}",
         "--workers", str(workers), "--timeout", "600", "--backlog", "256",
         "--log-level", "warning"],
        cwd=ROOT, env=os.environ.copy())
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if get(port, "/healthz")[0] == 200:
                    break
            except OSError:
                pass
            if time.monotonic() > deadline or process.poll() is not None:
                raise RuntimeError("gunicorn did not start")
            time.sleep(0.2)
        yield process
    finally:
        process.terminate()
        process.wait(timeout=30)


def get(port: int, path: str, cookie: str = "") -> tuple[int, float, int]:
    """Status, seconds and bytes of one GET on a new connection."""
    started = time.perf_counter()
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
    headers = {"Accept-Language": "sv", "Host": "127.0.0.1"}
    if cookie:
        headers["Cookie"] = cookie
    connection.request("GET", path, headers=headers)
    response = connection.getresponse()
    body = response.read()
    connection.close()
    return response.status, time.perf_counter() - started, len(body)


def session_cookie(user) -> str:
    """A Cookie header of a new logged-in session of the user, stored in the database."""
    from django.conf import settings
    from django.test import Client

    client = Client()
    client.force_login(user)
    return f"{settings.SESSION_COOKIE_NAME}={client.cookies[settings.SESSION_COOKIE_NAME].value}"


def worker_pids(master: int) -> list[int]:
    pids = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == master:
                pids.append(int(entry.name))
    return pids


def peak_memory_mb(pid: int) -> float:
    """The process's peak resident set size (VmHWM), in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def median(values: list[float]) -> float:
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else 0.0
