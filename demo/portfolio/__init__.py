"""A generated portfolio for measuring the portal at a funding body's scale: thousands of
projects over several programmes and funding bodies, and one project at Jems' stress size.

`generate(count)` adds the projects that are missing up to `count` (so 500, then 5 000, then
10 000 grows the same portfolio) and the stress project if it is not there. Bulk inserts write
the many projects; the services write the stress project, where the rules matter.
"""

import random
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from django.db import connection, transaction
from django.db.models import ProtectedError

from demo.portfolio import (
    bulk,
    bulk_finance,
    bulk_indicators,
    bulk_plans,
    bulk_portfolio,
    freeze,
    stress,
    world,
)
from demo.portfolio.world import PASSWORD, PREFIX
from portal.models import AuditEntry
from projects.models import DocumentVersion, Project
from reports.portfolio import lines as portfolio_lines

__all__ = ["PASSWORD", "PREFIX", "Generated", "generate", "remove"]
CHUNK = 1000


@dataclass
class Generated:
    added: int
    total: int
    stress_slug: str
    manager: str
    case_officer: str
    seconds: float


def generate(count: int, *, seed: int = 2026, with_stress: bool = True,
             stress_size: stress.Size = stress.JEMS,
             report: Callable[[str], None] = lambda line: None) -> Generated:
    started = time.monotonic()
    rng = random.Random(seed)
    with transaction.atomic():
        surroundings = world.build(rng)
    existing = Project.objects.filter(slug__startswith=f"{PREFIX}-0").count()
    for first in range(existing, count, CHUNK):
        numbers = range(first, min(first + CHUNK, count))
        chunk_rng = random.Random(seed * 100_003 + first)
        with transaction.atomic():
            planned = bulk.plan_projects(chunk_rng, surroundings, numbers)
            bulk.write_projects(chunk_rng, surroundings, planned)
            bulk_finance.write_finance(chunk_rng, surroundings, planned)
            bulk_indicators.write_indicators(chunk_rng, planned)
            freeze.freeze_versions(planned)
        report(f"{numbers.stop} projects ({time.monotonic() - started:.0f} s)")
    with transaction.atomic():
        if bulk_portfolio.write_portfolio_facts(random.Random(seed + 7)):
            report(f"portfolio facts and lights ({time.monotonic() - started:.0f} s)")
    if with_stress:
        with transaction.atomic():
            if stress.write_stress_project(rng, surroundings, stress_size):
                report(f"stress project {stress.SLUG} ({time.monotonic() - started:.0f} s)")
            large = Project.objects.filter(slug=stress.SLUG).first()
            if large is not None and bulk_plans.write_plan_and_register(
                    large, packages=stress_size.work_packages,
                    activities=stress_size.activities, risks=stress_size.risks):
                report(f"plan and register of {stress.SLUG} ({time.monotonic() - started:.0f} s)")
    # Written in bulk, past the services: the portfolio's lines are written again at the end.
    report(f"{portfolio_lines.rebuild()} portfolio lines ({time.monotonic() - started:.0f} s)")
    if connection.vendor == "postgresql":
        # Fresh statistics and visibility map: planned on an empty table's statistics, the
        # list reads thousands of rows from the table where an index-only scan reads the
        # index, until autovacuum happens to come by. VACUUM cannot run in a transaction.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE" if connection.in_atomic_block else "VACUUM ANALYZE")
    return Generated(added=max(count - existing, 0),
                     total=Project.objects.filter(slug__startswith=f"{PREFIX}-").count(),
                     stress_slug=stress.SLUG, manager=surroundings.manager.username,
                     case_officer=world.case_officer_username(1),
                     seconds=time.monotonic() - started)


def remove() -> int:
    """Deletes every generated project (frozen versions too, which nothing else may delete);
    organisations, programmes and people stay for the next run."""
    doomed = Project.objects.filter(slug__startswith=f"{PREFIX}-")
    removed = 0
    with transaction.atomic():
        DocumentVersion.objects.filter(document__project__in=doomed)._raw_delete("default")
        pks = list(doomed.values_list("pk", flat=True))
        for start in range(0, len(pks), CHUNK):
            removed += len(pks[start:start + CHUNK])
            _delete_projects(pks[start:start + CHUNK])
    return removed


def _delete_projects(pks: list[int]) -> None:
    """Rows that protect others from the cascade (outcome reported in a period, a financier's
    budget lines...) go first, whichever app they belong to."""
    for _attempt in range(20):
        try:
            with transaction.atomic():
                AuditEntry.objects.filter(project_id__in=pks).delete()
                Project.objects.filter(pk__in=pks).delete()
            return
        except ProtectedError as error:
            protecting = defaultdict(set)
            for row in error.protected_objects:
                protecting[type(row)].add(row.pk)
            for model, ids in protecting.items():
                _delete_rows(model, ids)
    raise RuntimeError("The generated projects could not be deleted.")


def _delete_rows(model, ids) -> None:
    for _attempt in range(20):
        try:
            with transaction.atomic():
                model.objects.filter(pk__in=ids).delete()
            return
        except ProtectedError as error:
            protecting = defaultdict(set)
            for row in error.protected_objects:
                protecting[type(row)].add(row.pk)
            for other, other_ids in protecting.items():
                _delete_rows(other, other_ids)
