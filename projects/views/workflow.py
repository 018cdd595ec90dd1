"""Workflow buttons. Each POST calls one named service; the service checks state and right."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from portal import stamps
from projects import extensions
from projects.access import project_for
from projects.application import with_rows
from projects.checklist import submission_checks
from projects.forms import ApprovalForm, ChangeRequestForm, CommentForm
from projects.pages import project_context
from projects.sections import sections_for
from projects.services import workflow
from projects.services.errors import ApplicationIncomplete, ServiceError
from projects.snapshot import build_part, build_sections
from projects.views.overview import render_overview
from projects.views.parts import PartTabs, part_tabs


@login_required
def submit(request, slug):
    """GET shows what is missing, section by section; POST submits."""
    project, access = project_for(request.user, slug)
    if request.method == "POST":
        access.require("can_submit")
        try:
            if access.change_request_open:
                workflow.submit_change_request(project=project, actor=request.user)
                messages.success(request, _("The change request has been submitted."))
            else:
                version = workflow.submit_application(project=project, actor=request.user)
                messages.success(request, _("The application has been submitted as version "
                                            "%(number)d.") % {"number": version.number})
            return redirect(project)
        except ApplicationIncomplete:
            messages.error(request, _("The application is not complete yet."))
        except ServiceError as error:
            messages.error(request, str(error))
    tabs = part_tabs(request, extensions.snapshot_parts)
    # Checking and building the application read all of it (every budget cell, the whole
    # plan): done once per change of the project, the day and the language, and kept; the
    # form that submits is drawn for each person, and submitting checks afresh.
    problems, preview = stamps.kept(
        "submission-review", project.pk, (get_language(), timezone.localdate(), tabs.shown),
        lambda: reviewed(project, tabs))
    return render(request, "projects/submit.html", project_context(
        project, access, "projects:overview", problems=problems,
        preview_html=mark_safe(preview)))  # noqa: S308 - our template, autoescaped


def reviewed(project, tabs: PartTabs) -> tuple[list, str]:
    """What stops the submission, as text, and the preview of the tab asked for, written."""
    review = submission_review(project, tabs)
    problems = [(str(heading), url, [str(problem) for problem in missing])
                for heading, url, missing in review.pop("problems")]
    return problems, render_to_string("projects/partials/submission_preview.html",
                                      {"project": project, **review})


def submission_review(project, tabs: PartTabs) -> dict:
    """Every problem that stops the submission, each linked to the page where it is fixed,
    and the part of the application the tab asks for as it will be frozen (in the reader's
    language, to be read): only that part is built."""
    shown = tabs.shown
    # Read once with every row list: the sections tab shows the rows with their
    # organisations' names, the other tabs only need the rows to count what is missing.
    current = with_rows(project, organisations=not shown)
    problems = [
        (section.title, reverse("projects:section", args=[project.slug, section.key]), missing)
        for section in sections_for(current) if (missing := section.missing(current))
    ] + [(check.label, check.url, check.missing)
         for check in submission_checks(current) if check.missing]
    return {
        "problems": problems,
        "part_pages": tabs,
        "sections": {} if shown else build_sections(current),
        "parts": [(extensions.snapshot_templates[shown], build_part(current, shown))]
        if shown else [],
    }


REVIEW, MANAGER = "can_review", "can_submit"

# action in the URL: (who may, form, service, message when done)
TRANSITIONS = {
    "return": (REVIEW, CommentForm, lambda p, u, d: workflow.return_application(
        project=p, actor=u, comment=d["comment"]), gettext_lazy("The application was returned.")),
    "approve": (REVIEW, ApprovalForm, lambda p, u, d: workflow.approve_application(
        project=p, actor=u, granted_amount=d["granted_amount"], comment=d["comment"]),
        gettext_lazy("The application was approved.")),
    "reject": (REVIEW, CommentForm, lambda p, u, d: workflow.reject_application(
        project=p, actor=u, comment=d["comment"]), gettext_lazy("The application was rejected.")),
    "start": (REVIEW, CommentForm, lambda p, u, d: workflow.start_project(project=p, actor=u),
              gettext_lazy("The project is now running.")),
    "final-report": (MANAGER, CommentForm, lambda p, u, d: workflow.submit_final_report(
        project=p, actor=u), gettext_lazy("The final report was submitted.")),
    "return-final-report": (REVIEW, CommentForm, lambda p, u, d: workflow.return_final_report(
        project=p, actor=u, comment=d["comment"]), gettext_lazy("The final report was returned.")),
    "close": (REVIEW, CommentForm, lambda p, u, d: workflow.close_project(
        project=p, actor=u, comment=d["comment"]), gettext_lazy("The project was closed.")),
    "approve-change": (REVIEW, CommentForm, lambda p, u, d: workflow.decide_change_request(
        project=p, actor=u, approve=True, comment=d["comment"]),
        gettext_lazy("The change was approved.")),
    "return-change": (REVIEW, CommentForm, lambda p, u, d: workflow.decide_change_request(
        project=p, actor=u, approve=False, comment=d["comment"]),
        gettext_lazy("The change request was returned.")),
}


@login_required
@require_POST
def transition(request, slug, action):
    if action not in TRANSITIONS:
        raise Http404
    ability, form_class, run, done = TRANSITIONS[action]
    project, _access = project_for(request.user, slug, ability)
    form = form_class(request.POST)
    if not form.is_valid():
        # Shown again where it was typed, with the message beside the field.
        forms = {"approval_form": form} if action == "approve" else {"comment_form": form}
        return render_overview(request, slug, status=400, **forms)
    try:
        run(project, request.user, form.cleaned_data)
    except ServiceError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, str(done))
    return redirect(project)


@login_required
@require_POST
def change_request(request, slug):
    project, _access = project_for(request.user, slug, "can_submit")
    form = ChangeRequestForm(request.POST)
    if form.is_valid():
        try:
            workflow.open_change_request(
                project=project, actor=request.user, reason=form.cleaned_data["reason"]
            )
        except ServiceError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, _("The application is open for changes. Submit the "
                                        "change request when you are done."))
    else:
        messages.error(request, _("Say what should change and why."))
    return redirect(project)
