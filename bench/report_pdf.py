"""How the PDF engine scales: the final report of a project at Jems' stress size (20 work
packages × 20 activities, 3 budgets × 10 cost categories × 5 years with outcome, 100
indicators, 100 risks, 1 000 supported companies, all 13 sections written) against a
one-page document rendered by the same engine, in one run, beside the trivial view.

    DEBUG=1 .venv/bin/python bench/report_pdf.py
    DATABASE_URL=postgres://... DEBUG=1 .venv/bin/python bench/report_pdf.py

Prints the time of each (best of a few runs), their ratio, the page counts, and the peak
memory of each: the Python heap (tracemalloc) and the process's resident set (ru_maxrss,
which also counts Pango's and HarfBuzz's C allocations).
"""

import io
import resource
import time
import tracemalloc
from datetime import date
from decimal import Decimal

from harness import bench_world, best_of, scratch_database

from finance.models import CostCategory, CostCategorySet, ProgrammeRules
from finance.services.budgets import create_budget, save_costs
from finance.services.outcome import create_report, save_report, submit_report
from indicators.models import EmployeeCount, ProjectIndicator, SupportedCompany
from projects.models import Document, DocumentKind, Project, ProjectRole, RoleKind, SectionState
from reports.pdf import PrintDocument, render_pdf
from reports.report_print import report_print
from tests.plans.builders import build_meetings, build_plan, build_register

TEXT = ("Projektet har genomfört aktiviteterna enligt planen, med de avvikelser som tabellerna "
        "visar och som förklaras här. ") * 6


def build_project(programme, user) -> Document:
    # Written as the application is (a draft), then moved on to follow-up for its outcome.
    project = Project.objects.create(slug="stress", title="Stressprojekt", programme=programme,
                                     status="draft")
    ProjectRole.objects.create(project=project, user=user, role=RoleKind.MANAGER)
    build_plan(project, packages=20, activities=20)
    build_register(project, risks=100)
    build_meetings(project, meetings=20, actions=3)
    category_set = CostCategorySet.objects.get(slug="tillvaxtverket-2014-2020")
    ProgrammeRules.objects.get_or_create(programme=programme, category_set=category_set)
    categories = list(CostCategory.objects.filter(category_set=category_set, kind="cost",
                                                  flat_rate_percent__isnull=True)[:10])
    for number in range(3):
        budget = create_budget(project=project, actor=user, name=f"Budget {number + 1}",
                               currency="SEK", country="SE",
                               periods=[(str(y), date(y, 1, 1), date(y, 12, 31))
                                        for y in range(2019, 2024)])
        version = budget.versions.get()
        version.budget = budget
        periods = list(version.periods.order_by("position"))
        save_costs(version=version, actor=user, expected_revision=None,
                   amounts={(c.pk, p.pk): Decimal(100000 + 1000 * i + j)
                            for i, c in enumerate(categories) for j, p in enumerate(periods)})
    Project.objects.filter(pk=project.pk).update(status="running")
    project.refresh_from_db()
    for budget in project.budgets.all():
        report = create_report(budget=budget, actor=user, label="2019–2023",
                               period_start=date(2019, 1, 1), period_end=date(2023, 12, 31))
        save_report(report=report, actor=user, expected_revision=None, received=[],
                    costs={c.pk: Decimal(450000 + i) for i, c in enumerate(categories)})
        submit_report(report=report, actor=user)
    ProjectIndicator.objects.bulk_create(
        ProjectIndicator(project=project, position=n, name=f"Egen indikator {n + 1}",
                         unit="st", target=Decimal(100 + n)) for n in range(100))
    companies = SupportedCompany.objects.bulk_create(
        SupportedCompany(project=project, name=f"Företag {n + 1} AB") for n in range(1000))
    EmployeeCount.objects.bulk_create(
        EmployeeCount(company=c, measured_on=day, employees=Decimal(n % 40 + k))
        for n, c in enumerate(companies) for k, day in enumerate(
            (date(2019, 12, 31), date(2023, 10, 31))))
    document = Document.objects.create(project=project, kind=DocumentKind.FINAL_REPORT,
                                       number=1, status="draft", outline="slutrapport")
    from reports.outlines import outline_named

    for section in outline_named("slutrapport").sections:
        SectionState.objects.create(document=document, section=section["key"], content={
            f["name"]: TEXT for f in section["fields"]})
    return document


def one_page() -> bytes:
    return render_pdf("reports/pdf/base.html", {}, PrintDocument(
        title="Ett blad", project_title="Litet dokument", author="Bench"))


def final_report(document) -> bytes:
    job = report_print(document)
    return render_pdf(job.template, job.context, job.document)


def measured(action, repeats):
    tracemalloc.start()
    started = time.perf_counter()
    data = action()
    first = time.perf_counter() - started
    _size, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    best = min([first] + [best_of(action, repeats=1)[0] for _ in range(repeats - 1)])
    return data, best, peak, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def pages(data: bytes) -> int:
    import pypdf

    return len(pypdf.PdfReader(io.BytesIO(data)).pages)


def main():
    with scratch_database() as vendor:
        programme, user, client = bench_world()
        document = build_project(programme, user)
        trivial = best_of(lambda: client.get("/healthz"))[0]
        small, small_time, small_heap, small_rss = measured(one_page, 3)
        large, large_time, large_heap, large_rss = measured(lambda: final_report(document), 2)
        mb = 1024 * 1024
        print(f"database: {vendor}")
        print(f"{'':34}{'one page':>14}{'stress final report':>22}{'ratio':>8}")
        print(f"{'time (best)':34}{small_time:>13.2f}s{large_time:>21.2f}s"
              f"{large_time / small_time:>8.1f}")
        print(f"{'pages':34}{pages(small):>14}{pages(large):>22}")
        print(f"{'size':34}{len(small) / 1024:>12.0f}kB{len(large) / 1024:>20.0f}kB")
        print(f"{'peak Python heap (tracemalloc)':34}{small_heap / mb:>12.1f}MB"
              f"{large_heap / mb:>20.1f}MB")
        print(f"{'peak resident set after each':34}{small_rss / mb:>12.0f}MB"
              f"{large_rss / mb:>20.0f}MB")
        print(f"{'× trivial view (/healthz)':34}{small_time / trivial:>14.0f}"
              f"{large_time / trivial:>22.0f}")


if __name__ == "__main__":
    main()
