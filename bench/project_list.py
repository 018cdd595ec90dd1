"""How the project list and overview scale: time for 5 000 projects against 500, in one run.

    DEBUG=1 .venv/bin/python bench/project_list.py

Prints the ratios; with pagination and constant query counts the list should cost about
the same for both sizes (ratio near 1), not ten times as much.
"""

from harness import bench_world, best_of, scratch_database

from projects.models import Project, ProjectRole, RoleKind


def add_projects(programme, user, start, count):
    projects = Project.objects.bulk_create(
        Project(title=f"Projekt {n:05}", slug=f"p-{n}", programme=programme,
                summary="Regional utveckling " * 20)
        for n in range(start, start + count)
    )
    ProjectRole.objects.bulk_create(ProjectRole(project=p, user=user, role=RoleKind.VIEWER)
                                    for p in projects)


def main():
    with scratch_database():
        programme, user, client = bench_world()
        add_projects(programme, user, 0, 500)
        small = best_of(lambda: client.get("/projekt/"), repeats=20)
        add_projects(programme, user, 500, 4500)
        large = best_of(lambda: client.get("/projekt/"), repeats=20)
        searched = best_of(lambda: client.get("/projekt/?q=Projekt+0449"), repeats=20)
        print(f"project list, 500 projects:   {small[0] * 1000:7.1f} ms, {small[1]} queries")
        print(f"project list, 5000 projects:  {large[0] * 1000:7.1f} ms, {large[1]} queries")
        print(f"text search in 5000 projects: {searched[0] * 1000:7.1f} ms, "
              f"{searched[1]} queries")
        print(f"ratio 5000/500: {large[0] / small[0]:.2f} (queries {large[1]}/{small[1]})")


if __name__ == "__main__":
    main()
