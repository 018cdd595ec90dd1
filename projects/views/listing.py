from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from portal import stamps
from projects import selectors
from projects.access import can_apply
from projects.filters import ProjectFilter
from projects.forms import ProjectCreateForm
from projects.services.applications import create_project
from projects.services.errors import ServiceError

PAGE_SIZE = 50


@login_required
def project_list(request):
    projects, stamped = selectors.listed_projects(request.user)
    filterset = ProjectFilter(request.GET, queryset=projects)
    page = selectors.CardPaginator(filterset.qs, PAGE_SIZE, stamped=stamped,
                                   written=True).get_page(request.GET.get("sida"))
    query = request.GET.copy()
    query.pop("sida", None)
    return render(request, "projects/list.html", {
        "filter": filterset, "filters_html": filters_html(filterset, stamped), "page": page,
        "query": query.urlencode(), "can_apply": can_apply(request.user),
    })


def filters_html(filterset: ProjectFilter, stamped: stamps.Stamped | None) -> SafeString:
    """The filter fields as typed, with their errors: kept with the list where it is kept
    (its choices, the programmes, move the reference stamp the list is kept under)."""
    def written() -> str:
        return render_to_string("projects/partials/list_filters.html", {"form": filterset.form})
    if stamped is None:
        return mark_safe(written())  # noqa: S308 - written by an autoescaping template
    typed = tuple((name, tuple(filterset.data.getlist(name))) for name in filterset.form.fields)
    return stamped.kept_html("project-list-filters", (typed, get_language()), written)


class SuggestionQuery(forms.Form):
    """What was typed so far; too long or with control characters it suggests nothing."""

    municipality = forms.CharField(max_length=200, required=False)


@login_required
def municipality_suggestions(request):
    """Suggestions for the list's municipality filter as one types (HTMX)."""
    query = SuggestionQuery(request.GET)
    typed = query.cleaned_data["municipality"] if query.is_valid() else None
    return render(request, "projects/partials/municipality_options.html", {
        "municipalities": [] if typed is None else selectors.municipalities_named(typed),
    })


@login_required
def project_create(request):
    if not can_apply(request.user):
        raise PermissionDenied("can_apply")
    form = ProjectCreateForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            project = create_project(
                actor=request.user,
                title=form.cleaned_data["title"],
                slug=form.unique_slug(),
                programme=form.cleaned_data["programme"],
                owner=request.user.organisation,
            )
        except ServiceError as error:
            form.add_error("programme", str(error))
        else:
            messages.success(request, _("The application has been created. Fill it in a "
                                        "section at a time; every section is saved on its "
                                        "own."))
            return redirect(project)
    return render(request, "projects/create.html", {"form": form})
