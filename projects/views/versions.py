from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, render
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from portal import stamps
from projects import extensions, selectors
from projects.access import project_for
from projects.application import APPLICATION
from projects.comparisons import kept_comparison, side
from projects.documents.compare import compare
from projects.documents.versions import opened
from projects.pages import project_context
from projects.views.parts import frozen_tab, part_tabs

# A large project's versions can differ in thousands of values; a page shows this many, so
# the page costs the same however large the versions are.
DIFFERENCES_PER_PAGE = 200


@login_required
def version_list(request, slug):
    project, access = project_for(request.user, slug)
    versions = selectors.application_versions(project).defer("content")
    return render(request, "projects/versions.html", project_context(
        project, access, "projects:versions", versions=versions,
    ))


@login_required
def version_detail(request, slug, number):
    project, access = project_for(request.user, slug)
    version = get_object_or_404(  # the content is read only when a tab is not kept
        selectors.application_versions(project).select_related("document").defer("content"),
        number=number)
    # The names of its parts, for the tabs: kept as its tabs are, since opening the content
    # (a quarter of a megabyte of JSON for a large application) cost most of a kept visit.
    tabs = part_tabs(request, frozen_tab(version, ":parts", lambda: list(
        opened(version).get("parts", {}))))
    shown = tabs.shown
    return render(request, "projects/version.html", project_context(
        project, access, "projects:versions", version=version, part_pages=tabs,
        content=mark_safe(frozen_tab(  # noqa: S308 - our template, autoescaped
            version, shown, lambda: _frozen_content(version, shown, request))),
    ))


def _frozen_content(version, shown: str, request) -> str:
    content = opened(version)
    parts = content.get("parts", {})
    return render_to_string("projects/partials/frozen_content.html", {
        "number": version.number,
        "sections": content.get("sections", {}) if not shown else {},
        "parts": [(extensions.snapshot_templates[shown],
                   extensions.shown_part(shown, parts[shown]))] if shown else []}, request)


@login_required
def version_compare(request, slug):
    """Compare two frozen versions, or a frozen version with the application as it is now."""
    project, access = project_for(request.user, slug)
    versions = list(selectors.application_versions(project).select_related("document")
                    .defer("content"))  # read only for the sides compared, when not kept
    by_number = {str(v.number): v for v in versions}
    old = by_number.get(request.GET.get("fran")) or (versions[-2] if len(versions) > 1 else None)
    new = by_number.get(request.GET.get("till", "nu"))
    query = request.GET.copy()
    query.pop("sida", None)
    asked, query_text = request.GET.get("sida"), query.urlencode()
    # The differences written as markup, a page at a time: the comparison of a large
    # project's version with now holds thousands, each with its words marked.
    html = stamps.kept_html("version-comparison-page", project.pk,
                            (side(old), side(new), get_language(), asked, query_text),
                            lambda: _comparison_page(project, old, new, asked, query_text))
    return render(request, "projects/compare.html", project_context(
        project, access, "projects:versions", versions=versions, old=old, new=new,
        comparison_html=html))


def _comparison_page(project, old, new, asked, query_text: str) -> str:
    found, drawn = kept_comparison("version-comparison", project, old, new, _page_comparison,
                                   get_language())
    page = Paginator(found, DIFFERENCES_PER_PAGE).get_page(asked)
    return render_to_string("projects/partials/comparison_body.html", {
        "differences": [(APPLICATION.describe_path(d.path), d) for d in page], "page": page,
        "query": query_text, "part_differences": drawn})


def _page_comparison(old_content: dict, new_content: dict) -> tuple[list, list[str]]:
    """The changed fields, less the parts that draw their own comparison, and those drawn."""
    drawn = tuple(f"parts › {name} › " for name in extensions.snapshot_diffs)
    return (compare(old_content, new_content, leave_out=drawn),
            part_differences(old_content, new_content))


def part_differences(old_content: dict, new_content: dict) -> list[str]:
    """What each part with its own reader-facing comparison says changed (finance: the
    budget's changed cells), in the order the parts were registered."""
    old_parts, new_parts = old_content.get("parts", {}), new_content.get("parts", {})
    shown = []
    for name, render_part in extensions.snapshot_diffs.items():
        if name not in old_parts and name not in new_parts:
            continue
        html = render_part(old_parts.get(name) or {}, new_parts.get(name) or {})
        if html:
            shown.append(html)
    return shown
