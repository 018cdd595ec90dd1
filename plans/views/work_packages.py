"""Editing one work package with its activities and deliverables: rows added, moved and
removed on the page (with HTMX, or by reloading without it) and saved as a whole under the
work package's revision."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from plans import periods, selectors
from plans.forms import WorkPackageForm
from plans.kept import plan_of
from plans.rules import Bounds
from plans.services.errors import EditConflict, InvalidInput
from plans.services.structure import remove_work_package, save_work_package
from plans.views.common import done, is_htmx, page, plan_for, posted_int
from projects.services.errors import ServiceError

TAB = "plans:plan"


def _package_view(plan, work_package_id: int):
    found = next((p for p in plan.work_packages if p.id == work_package_id), None)
    if found is None:
        raise Http404
    return found


@login_required
def add(request, slug):
    return _editor(request, slug, None)


@login_required
def edit(request, slug, work_package_id):
    return _editor(request, slug, work_package_id)


def _editor(request, slug, work_package_id):
    project, abilities = plan_for(request.user, slug, "can_edit_plan")
    plan = plan_of(project).plan
    saved = _package_view(plan, work_package_id) if work_package_id else None
    form = WorkPackageForm.of(saved, plan.resolution)
    revision = saved.revision if saved else 0
    conflict, focus, status, summary = None, "", 200, ""
    if request.method == "POST":
        form = WorkPackageForm.posted(request.POST)
        revision = posted_int(request)
        op = request.POST.get("op", "save")
        if op != "save":
            focus = form.apply(op)
        else:
            data = form.to_input(plan.resolution, Bounds.of(
                project.start_date, project.end_date, plan.resolution))
            try:
                if data is None:
                    raise InvalidInput({})
                made = save_work_package(project=project, actor=request.user, data=data,
                                         work_package_id=work_package_id,
                                         expected_revision=revision)
            except EditConflict as error:
                # Theirs is shown beside what this person typed; saving again replaces it.
                revision, status = error.obj.revision, 409
                plan = selectors.plan_view(project)
                conflict = _package_view(plan, work_package_id)
            except InvalidInput as error:
                form.show_errors(error.errors)
                status = 400
                summary = _("Nothing was saved. Correct the fields marked below; everything "
                            "you typed is still here.")
            except ServiceError as error:
                summary, status = str(error), 409
            else:
                messages.success(request, _("“%(title)s” has been saved.")
                                 % {"title": made.title})
                return done(request, "plans:plan", slug=slug)
    context = page(project, abilities, TAB, plan=plan, package=saved, form=form,
                   revision=revision, conflict=conflict, focus=focus, summary=summary,
                   example=periods.example(plan.resolution))
    if is_htmx(request) and request.method == "POST":
        # HTMX swaps only successful answers: the form comes back whole, with its messages.
        return render(request, "plans/partials/work_package_form.html", context)
    return render(request, "plans/work_package.html", context, status=status)


@login_required
@require_POST
def remove(request, slug, work_package_id):
    project, _abilities = plan_for(request.user, slug, "can_edit_plan")
    try:
        remove_work_package(project=project, actor=request.user,
                            work_package_id=work_package_id)
    except InvalidInput as error:
        messages.error(request, " ".join(error.errors.values()))
        return done(request, "plans:work_package", slug=slug, work_package_id=work_package_id)
    except ServiceError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("The work package has been removed."))
    return done(request, "plans:plan", slug=slug)
