"""Fifty API clients at once, each with its own key, against gunicorn on PostgreSQL: first
the trivial view (/healthz), then listing projects, then listing and writing mixed, where
groups of ten clients write the same application section at once, each with the revision it
read (If-Match), re-reading and trying again after a 409.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench .venv/bin/python bench/api_load.py

The database is migrated and given a fresh set of projects, people and keys on each run.
Prints requests per second, p50 and p95 latency, errors, conflicts and the ratio of each
phase's p95 to the trivial view's; then counts lost updates: every write the API confirmed
(200) must be in the section as saved, and its revision must equal the number of confirmed
writes. Traffic goes only to 127.0.0.1 and stops after the given time.
"""

import argparse
import asyncio
import json
import secrets
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import serving  # noqa: E402

serving.configure_environment()
serving.setup_django()

from django.core.management import call_command  # noqa: E402

from portal import api_tokens  # noqa: E402
from portal.models import Country, Organisation, OrganisationKind, User  # noqa: E402
from projects.models import ApplicationForm, Programme, ProjectRole, RoleKind  # noqa: E402
from projects.services.applications import create_project  # noqa: E402

SECTION = "background"


async def request(port: int, method: str, path: str, key: str, body: dict | None = None,
                  headers: dict | None = None) -> tuple[int, bytes]:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    payload = json.dumps(body).encode() if body is not None else b""
    lines = [f"{method} {path} HTTP/1.1", "Host: 127.0.0.1", f"Authorization: Bearer {key}",
             "Accept-Language: sv", "Connection: close", f"Content-Length: {len(payload)}"]
    if body is not None:
        lines.append("Content-Type: application/json")
    lines += [f"{name}: {value}" for name, value in (headers or {}).items()]
    writer.write(("\r\n".join(lines) + "\r\n\r\n").encode() + payload)
    await writer.drain()
    response = await reader.read()
    writer.close()
    head, _, content = response.partition(b"\r\n\r\n")
    return int(head.split(b" ", 2)[1]), content


class Tally:
    def __init__(self):
        self.latencies: list[float] = []
        self.errors: list[int] = []
        self.conflicts = 0
        self.confirmed: dict[str, list[str]] = {}

    def timed(self, started: float, status: int, ok=(200,)) -> None:
        if status in ok:
            self.latencies.append(time.perf_counter() - started)
        elif status == 409:
            self.latencies.append(time.perf_counter() - started)
            self.conflicts += 1
        else:
            self.errors.append(status)


async def send(tally: Tally, port, method, path, key, body=None, headers=None):
    started = time.perf_counter()
    try:
        status, content = await asyncio.wait_for(
            request(port, method, path, key, body, headers), timeout=60)
    except (TimeoutError, OSError, IndexError, ValueError):
        status, content = 0, b""
    tally.timed(started, status)
    return status, content


async def lister(port, path, key, until, tally):
    while time.monotonic() < until:
        await send(tally, port, "GET", path, key)


async def writer(port, slug, key, name, until, tally):
    """Reads the section, appends its own line at the revision read; lists in between."""
    address = f"/api/v1/projekt/{slug}/avsnitt/{SECTION}/"
    written = 0
    while time.monotonic() < until:
        await send(tally, port, "GET", "/api/v1/projekt/?page_size=20", key)
        status, content = await send(tally, port, "GET", address, key)
        if status != 200:
            continue
        section = json.loads(content)
        line = f"{name}-{written}"
        text = (section["fields"][SECTION] + "\n" + line).strip()
        status, _ = await send(tally, port, "PUT", address, key, {"fields": {SECTION: text}},
                               {"If-Match": f'"{section["revision"]}"'})
        if status == 200:
            tally.confirmed.setdefault(slug, []).append(line)
            written += 1


async def run_phase(tasks, seconds: float, tally: Tally) -> dict:
    started = time.monotonic()
    await asyncio.gather(*tasks)
    elapsed = time.monotonic() - started
    answered = len(tally.latencies)
    return {"requests": answered, "rate": answered / elapsed,
            "p50": serving.percentile(tally.latencies, 0.5),
            "p95": serving.percentile(tally.latencies, 0.95), "errors": len(tally.errors),
            "conflicts": tally.conflicts}


def world(clients: int, groups: int):
    """`groups` draft projects; per client a team member of one of them with a key."""
    run = secrets.token_hex(3)
    body = Organisation.objects.create(name=f"Bench {run}", kind=OrganisationKind.FUNDING_BODY,
                                       country=Country.SWEDEN)
    programme = Programme.objects.create(name=f"API bench {run}", slug=f"api-bench-{run}",
                                         funding_body=body, country=Country.SWEDEN,
                                         application_form=ApplicationForm.SWEDISH)
    manager = User.objects.create_user(f"api-bench-{run}")
    projects = [create_project(actor=manager, title=f"API-last {run} {n}",
                               slug=f"api-last-{run}-{n}", programme=programme)
                for n in range(groups)]
    people = []
    for n in range(clients):
        user = User.objects.create_user(f"api-bench-{run}-{n}")
        project = projects[n % groups]
        ProjectRole.objects.create(project=project, user=user, role=RoleKind.MEMBER)
        _token, key = api_tokens.create_token(user=user, name="Last", can_write=True)
        people.append((f"c{n}", project.slug, key))
    return projects, people


def lost_updates(projects, confirmed: dict[str, list[str]]) -> tuple[int, int, bool]:
    from projects.application import application_of

    lost = writes = 0
    revisions_agree = True
    for project in projects:
        project.refresh_from_db()
        saved = set(project.background.splitlines())
        lines = confirmed.get(project.slug, [])
        writes += len(lines)
        lost += sum(1 for line in lines if line not in saved)
        state = application_of(project).section_states.get(section=SECTION)
        revisions_agree &= state.revision == len(lines)
    return writes, lost, revisions_agree


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--writers-per-project", type=int, default=10)
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--port", type=int, default=8792)
    args = parser.parse_args()
    call_command("migrate", verbosity=0)
    projects, people = world(args.clients, max(1, args.clients // args.writers_per_project))
    phases = []
    with serving.gunicorn(args.port, args.workers):
        for label in ("/healthz", "list /api/v1/projekt/", "list and write a section"):
            tally = Tally()
            until = time.monotonic() + args.seconds
            if label == "/healthz":
                tasks = [lister(args.port, "/healthz", key, until, tally) for _, _, key in people]
            elif label.startswith("list /api"):
                tasks = [lister(args.port, "/api/v1/projekt/", key, until, tally)
                         for _, _, key in people]
            else:
                tasks = [writer(args.port, slug, key, name, until, tally)
                         for name, slug, key in people]
            phases.append((label, asyncio.run(run_phase(tasks, args.seconds, tally)), tally))
    writes, lost, revisions_agree = lost_updates(projects, phases[-1][2].confirmed)
    trivial = phases[0][1]["p95"]
    print(f"\n{args.clients} API clients, one key each, {args.seconds:.0f} s per phase, "
          f"{args.workers} gunicorn workers, {len(projects)} projects written by "
          f"{args.writers_per_project} clients each\n")
    print("| phase | requests/s | p50 | p95 | p95 × trivial | errors | 409 conflicts |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for label, row, _tally in phases:
        print(f"| {label} | {row['rate']:.0f} | {row['p50'] * 1000:.0f} ms | "
              f"{row['p95'] * 1000:.0f} ms | {row['p95'] / trivial:.1f} × | {row['errors']} | "
              f"{row['conflicts']} |")
    print(f"\nConfirmed writes: {writes}; lost updates: {lost}; section revisions equal the "
          f"confirmed writes: {'yes' if revisions_agree else 'NO'}")
    errors = sum(row["errors"] for _, row, _ in phases)
    return 1 if lost or errors or not revisions_agree else 0


if __name__ == "__main__":
    sys.exit(main())
