from dataclasses import dataclass

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.safestring import SafeString
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from portal import stamps
from projects import extensions, selectors
from projects.access import project_for
from projects.checklist import kept_checklist
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
    project, access = project_for(request.user, slug)
    stamped = stamps.of_project(project.pk)  # one read of the stamps for all kept parts
    pending = access.lifecycle.pending_change_request
    pending_change = (project.change_requests.filter(pk=pending).first()
                      if pending is not None else None)
    return render(request, "projects/overview.html", project_context(
        project, access, "projects:overview",
        application_html=application_card(project, access, stamped),
        record_html=record(project, stamped),
        pending_change=pending_change,
        comment_form=forms.get("comment_form") or CommentForm(),
        approval_form=forms.get("approval_form") or ApprovalForm(),
        change_form=forms.get("change_form") or ChangeRequestForm(),
        final_report_problems=(final_report_problems(project, stamped)
                               if access.can_submit and project.status == ProjectStatus.RUNNING
                               else {}),
        idle_note=idle_note(project, access, pending_change),
        S=ProjectStatus,
    ), status=status)


def application_card(project, access, stamped: stamps.Stamped) -> SafeString:
    """The sections and checks with what each lacks, and who saved each section when: kept
    per change of the project, language and whether the person may edit. A section saved
    unchanged moves no stamp but its saver and time, so its revision is in the key too."""
    document = selectors.application_of_project(project, section_states=False)
    revisions = tuple(document.section_states.order_by("section")
                      .values_list("section", "revision"))

    def written() -> str:
        found = kept_checklist(project, stamped)
        states = {state.section: state
                  for state in document.section_states.select_related("saved_by")}
        sections = [SectionStatus(section, found.gaps[section.key], states.get(section.key))
                    for section in sections_for(project)]
        return render_to_string("projects/partials/overview_application.html", {
            "project": project, "access": access, "sections": sections,
            "checks": found.checks, "checklist_length": len(sections) + len(found.checks),
            "complete_count": (sum(1 for s in sections if s.complete)
                               + sum(1 for c in found.checks if c.complete)),
        })
    return stamped.kept_html("overview-application", (
        get_language(), timezone.localdate(), access.can_edit_application, revisions), written)


def record(project, stamped: stamps.Stamped) -> SafeString:
    """The decisions with their comments (Markdown) and the team, written once per change
    of the project (every step and every change of the team is audited and moves its
    change stamp) and language, and kept (`portal.stamps`)."""
    return stamped.kept_html(
        "overview-record", (get_language(),),
        lambda: render_to_string("projects/partials/overview_record.html", {
            "status_changes": project.status_changes.select_related("actor"),
            "roles": project.roles.select_related("user").order_by("role", "user__last_name"),
        }))


def final_report_problems(project, stamped: stamps.Stamped) -> dict[str, list[str]]:
    """What stops the final report (outcome reports still being written), worked out once
    per change of the project: every report's step is audited and moves its stamp."""
    return stamped.kept("overview-final-report", (get_language(),),
                        lambda: extensions.final_report_problems(project))


def idle_note(project, access, pending_change) -> str:
    """What the person can do next when the step is not theirs: said, not an empty box."""
    S = ProjectStatus
    status = project.status
    if access.can_submit and (access.application_is_open or status == S.RUNNING
                              or access.can_request_change):
        return ""
    if access.can_review and (status in (S.SUBMITTED, S.APPROVED, S.FINAL_REPORT_SUBMITTED)
                              or pending_change and pending_change.status == "submitted"):
        return ""
    if access.application_is_open:
        if access.can_edit_application:
            return _("You can edit the sections; the project manager submits the application.")
        if access.can_review:
            return _("The applicant is still writing. You decide once it is submitted.")
        return _("The application is being written. You can read it as it stands.")
    if status == S.SUBMITTED or pending_change and pending_change.status == "submitted":
        return _("The funding body is reviewing it. You will see its decision here.")
    if status in (S.APPROVED, S.RUNNING):
        return _("The project is under way. Follow it in the tabs above.")
    if status == S.FINAL_REPORT_SUBMITTED:
        return _("The final report is with the funding body.")
    return _("Nothing more to do: the project is %(status)s.") % {
        "status": project.get_status_display().lower()}
