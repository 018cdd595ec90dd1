"""The query plans of the project list on PostgreSQL: EXPLAIN ANALYZE of the count and of
page 1, for the case officer of the largest funding body and for a project manager, plain,
searched and filtered. Run it at 500, 5 000 and 10 000 generated projects and compare.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench .venv/bin/python bench/explain.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import serving  # noqa: E402

serving.configure_environment()
serving.setup_django()

from django.db import connection  # noqa: E402
from django.http import QueryDict  # noqa: E402

from demo.portfolio import PREFIX  # noqa: E402
from portal.models import StaffRole, User  # noqa: E402
from projects import selectors  # noqa: E402
from projects.filters import ProjectFilter  # noqa: E402
from projects.models import Project  # noqa: E402
from projects.views.listing import PAGE_SIZE  # noqa: E402


def plan(queryset, label: str, verbose: bool, count: bool = False) -> None:
    sql, params = queryset.query.sql_with_params()
    if count:  # as Paginator.count asks it
        sql = f"SELECT COUNT(*) FROM ({sql}) counted"
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN (ANALYZE, BUFFERS) {sql}", params)
        lines = [row[0] for row in cursor.fetchall()]
    total = next((line for line in lines if line.startswith("Execution Time")), "")
    print(f"{label:58} {total}")
    if verbose:
        print("\n".join("    " + line for line in lines))


def main():
    verbose = "-v" in sys.argv
    officers = User.objects.filter(staff_role=StaffRole.CASE_OFFICER)
    officer = max(officers, key=lambda u: Project.objects.filter(
        programme__funding_body=u.funding_body_id).count())
    manager = User.objects.get(username=f"{PREFIX}-projektledare")
    total = Project.objects.count()
    print(f"{total} projects; PostgreSQL plans of the project list")
    for user in (officer, manager):
        for query in ("", "q=samverkan", "q=besöksnäring+inlandet", "status=running",
                      "status=running&year=2020"):
            filterset = ProjectFilter(QueryDict(query),
                                      queryset=selectors.project_list(user))
            rows = selectors.project_cards(filterset.qs)
            label = f"{user.username} {query or '(all)'}"
            plan(filterset.qs.order_by().values("pk"), f"{label}: count", verbose, count=True)
            plan(rows[:PAGE_SIZE], f"{label}: page 1", verbose)


if __name__ == "__main__":
    main()
