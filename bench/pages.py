"""Every page kind of the portal, served by gunicorn on PostgreSQL with a generated
portfolio, timed against the trivial view (/healthz) served the same way in the same run.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench .venv/bin/python bench/pages.py \
        --generate 10000

Each page is requested for a small case (an ordinary project, a person with few projects) and
a large one (the project of Jems' stress size, a funding body's whole portfolio), interleaved
with the trivial view; the table gives medians as ratios to the trivial view's median, and the
query counts of one request of each (through Django's test client, since gunicorn cannot count
them). Project pages without further arguments are found in the URL configuration, so pages
added by any app join the benchmark by themselves. At the end: the peak memory of each
gunicorn worker.
"""

import argparse
import sys
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parent))
import serving  # noqa: E402

serving.configure_environment()
serving.setup_django()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.urls import URLPattern, URLResolver, get_resolver  # noqa: E402

from demo.portfolio import PREFIX  # noqa: E402
from demo.portfolio.stress import SLUG  # noqa: E402
from portal.models import StaffRole, User  # noqa: E402
from projects.models import Project, ProjectRole, ProjectStatus, RoleKind  # noqa: E402

SLOW = 2.0  # seconds: a page this slow is sampled fewer times
PROJECT_ROUTE = "projekt/<slug:slug>/"
# Pages that need more than the project's address, or are not project pages.
SKIPPED = {"projects:list", "projects:create", "finance:budget_create", "portfolio:facts"}


@dataclass
class Case:
    label: str
    path: str
    user: User
    times: list[float] = field(default_factory=list)
    queries: int | None = None
    status: int | None = None


@dataclass
class Page:
    name: str
    small: Case
    large: Case


def project_routes() -> list[tuple[str, str]]:
    """(name, route after the project prefix) of every project page without more arguments."""
    found = []

    def walk(patterns, namespace, prefix):
        for pattern in patterns:
            route = prefix + str(pattern.pattern)
            if isinstance(pattern, URLResolver):
                inner = namespace
                if pattern.namespace:
                    inner = f"{namespace}{pattern.namespace}:"
                walk(pattern.url_patterns, inner, route)
            elif isinstance(pattern, URLPattern) and pattern.name:
                name = f"{namespace}{pattern.name}"
                rest = route.split(PROJECT_ROUTE, 1)
                if len(rest) == 2 and "<" not in rest[1] and name not in SKIPPED:
                    found.append((name, rest[1]))
    walk(get_resolver().url_patterns, "", "")
    return found


def people():
    manager = User.objects.get(username=f"{PREFIX}-projektledare")
    stress = Project.objects.select_related("programme").get(slug=SLUG)
    small = (Project.objects.filter(slug__startswith=f"{PREFIX}-0",
                                    status=ProjectStatus.RUNNING).select_related("programme")
             .order_by("slug").first())
    small_manager = small.roles.get(role=RoleKind.MANAGER).user

    def officer(project):
        return (User.objects.filter(funding_body=project.programme.funding_body_id,
                                    staff_role=StaffRole.CASE_OFFICER).order_by("username")
                .first())

    bodies = (User.objects.filter(username__startswith=f"{PREFIX}-handlaggare-",
                                  username__endswith="-1").order_by("username"))
    by_size = sorted(bodies, key=lambda u: Project.objects.filter(
        programme__funding_body=u.funding_body_id).count())
    few = (ProjectRole.objects.filter(role=RoleKind.MANAGER, project__slug__startswith=PREFIX)
           .exclude(user=manager).values_list("user", flat=True).first())
    return {"manager": manager, "stress": stress, "small": small,
            "small_manager": small_manager,
            "small_officer": officer(small), "stress_officer": officer(stress),
            "large_body_officer": by_size[-1], "small_body_officer": by_size[0],
            "few_manager": User.objects.get(pk=few)}


def pages(who) -> list[Page]:
    small, stress = who["small"], who["stress"]
    budget_small = small.budgets.order_by("position").first()
    budget_large = stress.budgets.order_by("position").first()
    report_small = budget_small.outcome_reports.order_by("number").first()
    report_large = stress.budgets.first().outcome_reports.order_by("number").first()
    manager = who["manager"]

    def both(name, route, user_small=who["small_manager"], user_large=manager,
             large_route=None):
        return Page(name, Case("small", f"/projekt/{small.slug}/{route}", user_small),
                    Case("large", f"/projekt/{stress.slug}/{large_route or route}", user_large))

    found = [
        Page("project list page 1, case officer",
             Case("small body", "/projekt/", who["small_body_officer"]),
             Case("large body", "/projekt/", who["large_body_officer"])),
        Page("project list page 1, manager", Case("few", "/projekt/", who["few_manager"]),
             Case("more", "/projekt/", manager)),
        Page("project list page 60, case officer",
             Case("small body", "/projekt/?sida=10", who["small_body_officer"]),
             Case("large body", "/projekt/?sida=60", who["large_body_officer"])),
        Page("project list, text search",
             Case("a title", "/projekt/?" + urlencode({"q": small.title}),
                  who["small_body_officer"]),
             Case("common word", "/projekt/?q=samverkan", who["large_body_officer"])),
        Page("project list, filters",
             Case("status", "/projekt/?status=running", who["small_body_officer"]),
             Case("status, year", "/projekt/?status=running&year=2020",
                  who["large_body_officer"])),
        Page("portfolio page 1",
             Case("small body", "/portfolj/", who["small_body_officer"]),
             Case("large body", "/portfolj/", who["large_body_officer"])),
        Page("portfolio, filtered and sorted",
             Case("small body", "/portfolj/?status=running&sort=-amount",
                  who["small_body_officer"]),
             Case("large body", "/portfolj/?status=running&year=2020&sort=-amount",
                  who["large_body_officer"])),
        Page("portfolio, text search",
             Case("small body", "/portfolj/?q=samverkan", who["small_body_officer"]),
             Case("large body", "/portfolj/?q=samverkan", who["large_body_officer"])),
        Page("portfolio totals (API)",
             Case("small body", "/api/v1/portfolj/summor/", who["small_body_officer"]),
             Case("large body", "/api/v1/portfolj/summor/", who["large_body_officer"])),
        # Filters that leave close to background.BACKGROUND_ROWS rows: the most made in the
        # request (about 45 of the generated portfolio's).
        Page("portfolio xlsx export, filtered (made in the request)",
             Case("small body", "/portfolj/export.xlsx?year=2020", who["small_body_officer"]),
             Case("large body", "/portfolj/export.xlsx?status=closed&year=2020",
                  who["large_body_officer"])),
        Page("portfolio xlsx export",
             Case("small body", "/portfolj/export.xlsx", who["small_body_officer"]),
             Case("large body", "/portfolj/export.xlsx", who["large_body_officer"])),
        Page("API list, case officer",
             Case("small body", "/api/v1/projekt/", who["small_body_officer"]),
             Case("large body", "/api/v1/projekt/", who["large_body_officer"])),
        Page("API list, text search",
             Case("small body", "/api/v1/projekt/?q=samverkan", who["small_body_officer"]),
             Case("large body", "/api/v1/projekt/?q=samverkan", who["large_body_officer"])),
        Page("API detail", Case("small", f"/api/v1/projekt/{small.slug}/",
                                who["small_manager"]),
             Case("large", f"/api/v1/projekt/{stress.slug}/", manager)),
    ]
    for name, route in project_routes():
        if name.endswith("_api:detail"):
            continue
        if name.startswith(tuple(f"{app}_api:" for app in ("projects", "finance", "indicators",
                                                            "plans", "risks", "reports"))):
            found.append(Page(name, Case("small", f"/api/v1/projekt/{small.slug}/{route}",
                                         who["small_manager"]),
                              Case("large", f"/api/v1/projekt/{stress.slug}/{route}", manager)))
        else:
            found.append(both(name, route))
    found += [
        both("section Organisation, manager", "avsnitt/organisation/"),
        both("section Organisation, case officer", "avsnitt/organisation/",
             who["small_officer"], who["stress_officer"]),
        both("section Goals, manager", "avsnitt/goals/"),
        both("version 1", "versioner/1/"),
        *(both(f"version 1, part {part}", f"versioner/1/?del={part}")
          for part in ("finance", "plan", "risks", "indicators")),
        both("versions diff (v1 against now)", "versioner/jamfor/?fran=1&till=nu"),
        both("budget (cost grid), manager", f"budget/{budget_small.pk}/",
             large_route=f"budget/{budget_large.pk}/"),
        both("financing grid, manager", f"budget/{budget_small.pk}/finansiering/",
             large_route=f"budget/{budget_large.pk}/finansiering/"),
        both("financing grid, case officer", f"budget/{budget_small.pk}/finansiering/",
             who["small_officer"], who["stress_officer"],
             large_route=f"budget/{budget_large.pk}/finansiering/"),
        both("split between municipalities", f"budget/{budget_small.pk}/fordelning/",
             large_route=f"budget/{budget_large.pk}/fordelning/"),
        both("budget versions", f"budget/{budget_small.pk}/versioner/",
             large_route=f"budget/{budget_large.pk}/versioner/"),
        both("xlsx export", f"budget/{budget_small.pk}/excel/",
             large_route=f"budget/{budget_large.pk}/excel/"),
        both("outcome report", f"utfall/{report_small.pk}/",
             large_route=f"utfall/{report_large.pk}/"),
        Page("API budget", Case("small", f"/api/v1/projekt/{small.slug}/budgetar/"
                                f"{budget_small.pk}/", who["small_manager"]),
             Case("large", f"/api/v1/projekt/{stress.slug}/budgetar/{budget_large.pk}/",
                  manager)),
    ]
    return found


def count_queries(case: Case) -> None:
    client = Client(HTTP_ACCEPT_LANGUAGE="sv")
    client.force_login(case.user)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(case.path)
    case.status = response.status_code
    case.queries = len(captured.captured_queries)


def measure(port: int, found: list[Page], rounds: int) -> list[float]:
    cookies = {}
    trivial = []
    cases = [case for page in found for case in (page.small, page.large) if case.status == 200]
    for case in cases:
        if case.user.pk not in cookies:
            cookies[case.user.pk] = serving.session_cookie(case.user)
    for number in range(rounds):
        for case in cases:
            if number >= 3 and case.times and min(case.times) > SLOW:
                continue
            trivial.append(serving.get(port, "/healthz")[1])
            status, seconds, _size = serving.get(port, case.path, cookies[case.user.pk])
            if status != 200:
                raise RuntimeError(f"{case.path} answered {status} through gunicorn")
            case.times.append(seconds)
    return trivial


def print_table(found: list[Page], trivial: float, total: int, stress: Project) -> None:
    print(f"\n{total} generated projects; trivial view (/healthz) median "
          f"{trivial * 1000:.2f} ms; large = {stress.slug} (Jems' stress size) or the "
          "largest funding body.\n")
    print("| page | small: median | × trivial | large: median | × trivial | queries "
          "small → large |")
    print("|---|---:|---:|---:|---:|---|")
    misses = 0
    for page in found:
        cells = []
        for case in (page.small, page.large):
            if case.status != 200:
                cells += [f"({case.status})", ""]
                continue
            value = serving.median(case.times)
            ratio = value / trivial
            misses += ratio > 10
            cells += [f"{value * 1000:.1f} ms", f"{ratio:,.1f} ×".replace(",", " ")]
        queries = f"{page.small.queries} → {page.large.queries}"
        print(f"| {page.name} | {' | '.join(cells)} | {queries} |")
    within = sum(1 for p in found for c in (p.small, p.large) if c.status == 200) - misses
    print(f"\n{within} of {within + misses} measurements within 10 × the trivial view.")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--generate", type=int, default=0, metavar="N",
                        help="generate the portfolio up to N projects first")
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--port", type=int, default=8790)
    parser.add_argument("--only", default="", help="only pages whose name contains this "
                        "(or one of these, separated by commas)")
    args = parser.parse_args()
    if args.generate:
        call_command("generate_portfolio", projects=args.generate)
    who = people()
    wanted = args.only.split(",")
    found = [p for p in pages(who) if any(word in p.name for word in wanted)]
    for page in found:
        for case in (page.small, page.large):
            count_queries(case)
    total = Project.objects.filter(slug__startswith=f"{PREFIX}-").count()
    with serving.gunicorn(args.port, args.workers) as server:
        trivial = measure(args.port, found, args.rounds)
        workers = serving.worker_pids(server.pid)
        memory = {pid: serving.peak_memory_mb(pid) for pid in workers}
    print_table(found, serving.median(trivial), total, who["stress"])
    print("Peak memory of the gunicorn workers (VmHWM): "
          + ", ".join(f"{mb:.0f} MB" for mb in sorted(memory.values())))


if __name__ == "__main__":
    main()
