from dataclasses import dataclass

from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from projects import selectors
from projects.access import project_for
from projects.forms import ApprovalForm, ChangeRequestForm, CommentForm
from projects.models import ProjectStatus
from projects.pages import project_context
from projects.sections import Section, sections_for


@dataclass(frozen=True)
class SectionStatus:
    section: Section
    missing: list
    state: object

    @property
    def complete(self) -> bool:
        return not self.missing


@login_required
def project_overview(request, slug):
    return render_overview(request, slug)


def render_overview(request, slug, status=200, **forms):
    _project, access = project_for(request.user, slug)
    document = selectors.application_with_rows(slug)
    project = document.project
    states = {state.section: state for state in document.section_states.all()}
    sections = [
        SectionStatus(section, section.missing(project), states.get(section.key))
        for section in sections_for(project)
    ]
    pending = access.lifecycle.pending_change_request
    pending_change = (project.change_requests.filter(pk=pending).first()
                      if pending is not None else None)
    return render(request, "projects/overview.html", project_context(
        project, access, "projects:overview",
        sections=sections,
        complete_count=sum(1 for s in sections if s.complete),
        status_changes=project.status_changes.select_related("actor"),
        roles=project.roles.select_related("user").order_by("role", "user__last_name"),
        pending_change=pending_change,
        comment_form=forms.get("comment_form") or CommentForm(),
        approval_form=forms.get("approval_form") or ApprovalForm(),
        change_form=forms.get("change_form") or ChangeRequestForm(),
        S=ProjectStatus,
    ), status=status)
