"""How the PDF engine scales: the final report of a project at Jems' stress size (20 work
packages × 20 activities, 3 budgets × 10 cost categories × 5 years with outcome, 100
indicators, 100 risks, 1 000 supported companies, all 13 sections written) against a
one-page document rendered by the same engine, in one run, beside the trivial view.

    DEBUG=1 .venv/bin/python bench/report_pdf.py
    DATABASE_URL=postgres://... DEBUG=1 .venv/bin/python bench/report_pdf.py

Prints the time of each (best of a few runs, as wall-clock time and as the processor time
of the printing process, which other work on a shared machine disturbs less), their ratio, the
page counts, the time of each step (HTML from the template, WeasyPrint's layout, writing the
PDF), and the peak memory of each: the Python heap (tracemalloc) and the resident set.

Every print runs in a process of its own, forked after the data is built and one page
printed (so each starts warm, as a worker that has printed before): its resident set is the
peak of that print (with the Django process it was forked from), not of building a thousand
companies, and tracemalloc, whose own bookkeeping would count, is on only in a separate run
that measures the heap.

What limits it: the amount printed, not the number of pages. The stress report is 68 pages
(the company register 20 pages of 50 rows, the plan table 18, the risk register 10, the Gantt
chart 6), 88 before the registers were set compactly, and it took the same processor time
either way: WeasyPrint matches some 17 000 elements against the stylesheets, breaks every
cell's lines through Pango and draws every row whatever page it lands on. Laying out is about
two thirds of it (the tables most), writing a third; the Gantt chart's 14 SVGs cost 1-2 s of
the writing (WeasyPrint lays out an SVG text letter by letter: 1 900 texts, 13 000 layouts),
and an SVG embedded as an image is drawn by the same code (measured: no gain). The one-page
document takes 0.04 s, so the ratio stays near 300 unless the report prints less; tables laid
out fixed (widths from their header) instead of measured cell by cell on every page removed
what grew faster than the content.
"""

import io
import os
import pickle
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
from reports.pdf import PrintDocument, laid_out, pdf_options, render_html
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


def one_page() -> tuple[str, dict, PrintDocument]:
    return "reports/pdf/base.html", {}, PrintDocument(
        title="Ett blad", project_title="Litet dokument", author="Bench")


def final_report(document) -> tuple[str, dict, PrintDocument]:
    job = report_print(document)
    return job.template, job.context, job.document


def steps(template, context, print_document) -> dict:
    """One print, step by step, in this process: seconds of each step and the PDF."""
    clock = time.process_time()
    html = render_html(template, context, print_document)
    html_done = time.process_time()
    options = pdf_options()
    pages_laid_out = laid_out(html, **options)
    layout_done = time.process_time()
    data = pages_laid_out.write_pdf(**options)
    return {"data": data, "html": html_done - clock, "layout": layout_done - html_done,
            "write": time.process_time() - layout_done}


def in_child(action):
    """`action()` in a forked process: its result, wall and processor time, peak RSS."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: print, report, leave without running the parent's cleanup
        os.close(read)
        started, clock = time.perf_counter(), time.process_time()
        result = action()
        measured = {"result": result, "wall": time.perf_counter() - started,
                    "cpu": time.process_time() - clock,
                    "rss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024}
        with os.fdopen(write, "wb") as out:
            pickle.dump(measured, out)
        os._exit(0)
    os.close(write)
    with os.fdopen(read, "rb") as source:
        measured = pickle.load(source)
    os.waitpid(pid, 0)
    return measured


def heap_peak(action) -> int:
    def traced():
        tracemalloc.start()
        action()
        return tracemalloc.get_traced_memory()[1]

    return in_child(traced)["result"]


def measured(job, repeats):
    """The best of `repeats` prints of `job` (each in its own process) and its heap peak."""
    runs = [in_child(lambda: steps(*job)) for _ in range(repeats)]
    best = min(runs, key=lambda run: run["cpu"])
    return {**best, "wall": min(run["wall"] for run in runs),
            "rss": max(run["rss"] for run in runs), "heap": heap_peak(lambda: steps(*job))}


def pages(data: bytes) -> int:
    import pypdf

    return len(pypdf.PdfReader(io.BytesIO(data)).pages)


def main():
    with scratch_database() as vendor:
        programme, user, client = bench_world()
        document = build_project(programme, user)
        trivial = best_of(lambda: client.get("/healthz"))[0]
        # Printed once here first, so that every forked print starts as a worker that has
        # printed before does: fonts found, stylesheets parsed, the base template compiled.
        steps(*one_page())
        small = measured(one_page(), 5)
        large = measured(final_report(document), 2)
        mb = 1024 * 1024

        def row(label, a, b, ratio=True, unit="s", scale=1.0, digits=2):
            line = f"{label:34}{a / scale:>13.{digits}f}{unit}{b / scale:>21.{digits}f}{unit}"
            print(line + (f"{b / a:>8.1f}" if ratio else ""))

        print(f"database: {vendor}")
        print(f"{'':34}{'one page':>14}{'stress final report':>22}{'ratio':>8}")
        row("time (best, wall clock)", small["wall"], large["wall"])
        row("time (best, processor)", small["cpu"], large["cpu"])
        for step in ("html", "layout", "write"):
            row(f"  of which {step}", small["result"][step], large["result"][step], ratio=False)
        print(f"{'pages':34}{pages(small['result']['data']):>14}"
              f"{pages(large['result']['data']):>22}")
        row("size", len(small["result"]["data"]), len(large["result"]["data"]), ratio=False,
            unit="kB", scale=1024, digits=0)
        row("peak Python heap (tracemalloc)", small["heap"], large["heap"], ratio=False,
            unit="MB", scale=mb, digits=1)
        row("peak resident set of the print", small["rss"], large["rss"], ratio=False,
            unit="MB", scale=mb, digits=0)
        print(f"{'× trivial view (/healthz)':34}{small['wall'] / trivial:>14.0f}"
              f"{large['wall'] / trivial:>22.0f}")


if __name__ == "__main__":
    main()
