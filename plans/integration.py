"""What the plans app plugs into a project: its tabs, its part of every frozen version, the
rules that block submission, and the words for its audit actions."""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext_lazy

from portal import navigation
from projects import extensions
from projects.models import Project


def register() -> None:
    from plans import snapshot

    extensions.register_tab(extensions.ProjectTab(gettext_lazy("Plan"), "plans:plan", 20))
    extensions.register_tab(extensions.ProjectTab(gettext_lazy("Steering group"),
                                                  "plans:meetings", 60))
    extensions.register_snapshot_part("plan", snapshot.build, "plans/partials/version_part.html",
                                      title=gettext_lazy("Time and activity plan"))
    extensions.register_submission_check(submission_check, gettext_lazy("Time and activity plan"),
                                         "plans:plan")
    # A context of its own: Django's admin already says "My actions" of its change log.
    navigation.register_menu_link(navigation.MenuLink(
        pgettext_lazy("follow-up", "My actions"), "plans:my_actions", 20))
    extensions.register_audit_actions({
        "plan:work_package_add": gettext_lazy("Added a work package"),
        "plan:work_package": gettext_lazy("Changed a work package"),
        "plan:work_package_remove": gettext_lazy("Removed a work package"),
        "plan:order": gettext_lazy("Reordered the work packages"),
        "plan:settings": gettext_lazy("Changed the plan's settings"),
        "plan:milestones": gettext_lazy("Saved the milestones and decision points"),
        "plan:milestone_reached": gettext_lazy("Marked milestones reached"),
        "plan:progress": gettext_lazy("Reported activity statuses"),
        "meeting:add": gettext_lazy("Recorded a steering-group meeting"),
        "meeting:change": gettext_lazy("Changed a steering-group meeting"),
        "meeting:approve": gettext_lazy("Approved the minutes"),
        "meeting:action": gettext_lazy("Followed up an action"),
    })


def plan_problems(project: Project, plan=None) -> list[str]:
    """What stops the plan from going in with the application: rows that no longer fit the
    project's period, and what the programme's form asks for and the plan lacks. `plan`:
    the plan as already read (plans.readmodels.PlanView), to read it once per page."""
    from plans.models import ProgrammePlanRules
    from plans.selectors import plan_view

    plan = plan or plan_view(project)
    problems = [_("%(number)s %(title)s: %(reason)s") % {
        "number": a.number, "title": a.title, "reason": a.conflict} for a in plan.conflicts]
    problems += [_("%(number)s %(title)s, deliverable “%(deliverable)s”: %(reason)s") % {
        "number": a.number, "title": a.title, "deliverable": d.title, "reason": d.problem}
        for a in plan.activities for d in a.deliverables if d.problem]
    problems += [_("%(kind)s “%(title)s”: %(reason)s") % {
        "kind": m.kind_label, "title": m.title, "reason": m.problem}
        for m in plan.milestones if m.problem]
    rules = ProgrammePlanRules.objects.filter(programme_id=project.programme_id).first()
    if rules is None:
        return problems
    if rules.requires_plan and not plan.activities:
        problems.append(_("The programme asks for a time and activity plan: add work "
                          "packages with activities."))
    if rules.requires_responsible:
        problems += [_("%(number)s %(title)s: say who is responsible.") % {
            "number": a.number, "title": a.title}
            for a in plan.activities if not a.responsible]
    if rules.requires_milestone and not plan.milestones:
        problems.append(_("The programme asks for at least one milestone or decision point."))
    return problems


def submission_check(project: Project) -> dict[str, list[str]]:
    problems = plan_problems(project)
    return {_("Time and activity plan"): problems} if problems else {}
