from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, render

from projects import extensions
from projects.access import project_for
from projects.selectors import project_with_application
from projects.snapshot import build_snapshot, compare, describe_path
from projects.views.common import project_context


@login_required
def version_list(request, slug):
    project, access = project_for(request.user, slug)
    versions = project.versions.select_related("created_by").defer("content")
    return render(request, "projects/versions.html", project_context(
        project, access, "projects:versions", versions=versions,
    ))


@login_required
def version_detail(request, slug, number):
    project, access = project_for(request.user, slug)
    version = get_object_or_404(project.versions.select_related("created_by"), number=number)
    parts = version.content.get("parts", {})
    return render(request, "projects/version.html", project_context(
        project, access, "projects:versions", version=version,
        sections=version.content.get("sections", {}),
        parts=[(extensions.snapshot_templates[name], data) for name, data in parts.items()
               if name in extensions.snapshot_templates],
    ))


@login_required
def version_compare(request, slug):
    """Compare two frozen versions, or a frozen version with the application as it is now."""
    project, access = project_for(request.user, slug)
    versions = list(project.versions.select_related("created_by"))
    by_number = {str(v.number): v for v in versions}
    old = by_number.get(request.GET.get("fran")) or (versions[-2] if len(versions) > 1 else None)
    new_key = request.GET.get("till", "nu")
    new = by_number.get(new_key)
    old_content = old.content if old else {}
    new_content = new.content if new else build_snapshot(project_with_application(slug))
    differences = [(describe_path(d.path), d) for d in compare(old_content, new_content)]
    return render(request, "projects/compare.html", project_context(
        project, access, "projects:versions",
        versions=versions, old=old, new=new, differences=differences,
    ))
