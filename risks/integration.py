"""What the risks app plugs into a project: its tab, its part of every frozen version, the
programme's rules that block submission, and the words for its audit actions."""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from projects import extensions
from projects.models import Project


def register() -> None:
    from risks import snapshot

    extensions.register_tab(extensions.ProjectTab(gettext_lazy("Risks"), "risks:register", 25))
    extensions.register_snapshot_part("risks", snapshot.build,
                                      "risks/partials/version_part.html",
                                      title=gettext_lazy("Risk analysis"))
    extensions.register_submission_check(submission_check, gettext_lazy("Risk analysis"),
                                         "risks:register")
    extensions.register_audit_actions({
        "risk:add": gettext_lazy("Added a risk"),
        "risk:change": gettext_lazy("Changed a risk"),
        "risk:review": gettext_lazy("Reviewed a risk"),
        "risk:remove": gettext_lazy("Removed a risk"),
        "risk:text": gettext_lazy("Saved the risk analysis text"),
        "risk:import": gettext_lazy("Imported risks from Excel"),
    })


def risk_problems(project: Project) -> list[str]:
    """What the programme's application form asks of the risk analysis and it lacks."""
    from risks.models import ProgrammeRiskRules, Risk, RiskRegister, RiskStatus

    rules = ProgrammeRiskRules.objects.filter(programme_id=project.programme_id).first()
    if rules is None:
        return []
    risks = list(Risk.objects.filter(project=project).exclude(status=RiskStatus.CLOSED))
    problems = []
    if rules.requires_analysis and not risks and not RiskRegister.objects.filter(
            project=project).exclude(text="").exists():
        problems.append(_("The programme asks for a risk analysis: add the risks, or describe "
                          "them in words."))
    if rules.requires_assessment:
        problems += [_("%(code)s %(title)s: likelihood and impact are not yet assessed.") % {
            "code": r.code, "title": r.title} for r in risks if r.value is None]
    if rules.requires_owner:
        problems += [_("%(code)s %(title)s: no owner.") % {"code": r.code, "title": r.title}
                     for r in risks if not r.owner]
    return problems


def submission_check(project: Project) -> dict[str, list[str]]:
    problems = risk_problems(project)
    return {_("Risk analysis"): problems} if problems else {}
