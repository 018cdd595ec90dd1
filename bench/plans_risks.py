"""How the plan and the risk register scale: the plan page, its Gantt chart and the register
at Jems' stress size (20 work packages × 20 activities over 60 months, 100 risks) against a
2 × 2 plan and 5 risks, timed in the same run beside the trivial view (/healthz).

    DEBUG=1 .venv/bin/python bench/plans_risks.py
    DATABASE_URL=postgres://... DEBUG=1 .venv/bin/python bench/plans_risks.py

The stress plan has 100 times the activities. Query counts stay the same; the time grows with
what has to be drawn (every activity is a bar in the chart and a row in the table).
"""

from harness import bench_world, best_of, scratch_database

from plans.gantt import gantt_chart
from plans.selectors import plan_view
from projects.models import Project, ProjectRole, RoleKind
from risks.heatmap import heat_map
from risks.selectors import register_view
from tests.plans.builders import build_meetings, build_plan, build_register

SIZES = [("2 × 2, 5 risks", 2, 2, 5), ("20 × 20, 100 risks", 20, 20, 100)]


def measure(client, project):
    slug = project.slug
    return {
        "trivial view (/healthz)": best_of(lambda: client.get("/healthz")),
        "plan read model": best_of(lambda: plan_view(project)),
        "Gantt layout": best_of(lambda: gantt_chart(plan_view(project))),
        "plan page": best_of(lambda: client.get(f"/projekt/{slug}/plan/")),
        "plan page as at a day": best_of(
            lambda: client.get(f"/projekt/{slug}/plan/?per=2021-06-30")),
        "Gantt chart (SVG)": best_of(lambda: client.get(f"/projekt/{slug}/plan/gantt.svg")),
        "plan API": best_of(lambda: client.get(f"/api/v1/projekt/{slug}/plan/")),
        "register read model": best_of(lambda: register_view(project)),
        "heat map layout": best_of(lambda: heat_map(register_view(project).risks)),
        "register page": best_of(lambda: client.get(f"/projekt/{slug}/risker/")),
        "register page, filtered": best_of(
            lambda: client.get(f"/projekt/{slug}/risker/?status=open&sort=title")),
        "register API": best_of(lambda: client.get(f"/api/v1/projekt/{slug}/risker/")),
        "steering group page": best_of(lambda: client.get(f"/projekt/{slug}/styrgrupp/")),
    }


def main():
    with scratch_database() as vendor:
        programme, user, client = bench_world()
        results = {}
        for label, packages, activities, risks in SIZES:
            project = Project.objects.create(slug=f"b{packages}", title="Bench",
                                             programme=programme)
            ProjectRole.objects.create(project=project, user=user, role=RoleKind.MANAGER)
            build_plan(project, packages=packages, activities=activities)
            build_register(project, risks=risks)
            build_meetings(project, meetings=packages, actions=3)
            results[label] = measure(client, project)
        (small_label, small), (large_label, large) = results.items()
        trivial = small["trivial view (/healthz)"][0]
        print(f"database: {vendor}; {small_label} against {large_label} (60 months)")
        print(f"{'':26}{small_label:>22}{large_label:>24}{'ratio':>8}{'× trivial':>11}")
        for name in small:
            (t1, q1), (t2, q2) = small[name], large[name]
            print(f"{name:26}{t1 * 1000:12.1f} ms {q1:3} q{t2 * 1000:14.1f} ms {q2:3} q"
                  f"{t2 / t1:8.1f}{t2 / trivial:11.1f}")


if __name__ == "__main__":
    main()
