"""Fifty people at once: concurrent clients, each with its own logged-in session, request the
project list page and then the API list for a fixed time, against gunicorn on PostgreSQL;
the trivial view (/healthz) under the same load gives the comparison.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench .venv/bin/python bench/load.py

Prints requests per second, p50 and p95 latency and errors per phase, the ratio of each
page's p95 to the trivial view's, and the peak memory of every gunicorn worker. The clients
send traffic only to 127.0.0.1 and stop after the given time.
"""

import argparse
import asyncio
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import serving  # noqa: E402

serving.configure_environment()
serving.setup_django()

from portal.models import StaffRole, User  # noqa: E402
from projects.models import Project  # noqa: E402


async def one_request(port: int, path: str, cookie: str) -> int:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write((f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: {cookie}\r\n"
                  "Accept-Language: sv\r\nConnection: close\r\n\r\n").encode())
    await writer.drain()
    status_line = await reader.readline()
    await reader.read()  # until the server closes
    writer.close()
    return int(status_line.split()[1])


async def client(port, path, cookie, until, latencies, errors):
    while time.monotonic() < until:
        started = time.perf_counter()
        try:
            status = await asyncio.wait_for(one_request(port, path, cookie), timeout=60)
        except (TimeoutError, OSError, IndexError, ValueError):
            status = 0
        if status == 200:
            latencies.append(time.perf_counter() - started)
        else:
            errors.append(status)


async def phase(port: int, path: str, cookies: list[str], seconds: float) -> dict:
    latencies, errors = [], []
    until = time.monotonic() + seconds
    started = time.monotonic()
    await asyncio.gather(*(client(port, path, cookie, until, latencies, errors)
                           for cookie in cookies))
    elapsed = time.monotonic() - started
    return {"path": path, "requests": len(latencies), "rate": len(latencies) / elapsed,
            "p50": serving.percentile(latencies, 0.5), "p95": serving.percentile(latencies, 0.95),
            "errors": len(errors)}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--port", type=int, default=8791)
    parser.add_argument("--user", default="", help="user name (default: the case officer of "
                        "the largest funding body)")
    args = parser.parse_args()
    if args.user:
        user = User.objects.get(username=args.user)
    else:
        officers = User.objects.filter(staff_role=StaffRole.CASE_OFFICER)
        user = max(officers, key=lambda u: Project.objects.filter(
            programme__funding_body=u.funding_body_id).count())
    cookies = [serving.session_cookie(user) for _ in range(args.clients)]
    visible = Project.objects.filter(programme__funding_body=user.funding_body_id).count()
    results = []
    with serving.gunicorn(args.port, args.workers) as server:
        for path in ("/healthz", "/projekt/", "/api/v1/projekt/"):
            results.append(asyncio.run(phase(args.port, path, cookies, args.seconds)))
        memory = [serving.peak_memory_mb(pid) for pid in serving.worker_pids(server.pid)]
    trivial = results[0]["p95"]
    print(f"\n{args.clients} clients for {args.seconds:.0f} s each, {args.workers} gunicorn "
          f"workers, as {user.username} ({visible} projects visible)\n")
    print("| address | requests/s | p50 | p95 | p95 × trivial | errors |")
    print("|---|---:|---:|---:|---:|---:|")
    for row in results:
        print(f"| {row['path']} | {row['rate']:.0f} | {row['p50'] * 1000:.0f} ms | "
              f"{row['p95'] * 1000:.0f} ms | {row['p95'] / trivial:.1f} × | {row['errors']} |")
    print("\nPeak memory of the gunicorn workers (VmHWM): "
          + ", ".join(f"{mb:.0f} MB" for mb in sorted(memory)))


if __name__ == "__main__":
    main()
