"""What the indicators app plugs into a project: its tab, its part of every frozen version,
the programme's rule that blocks submission, and the words for its audit actions."""

from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from projects import extensions
from projects.models import Project

SCHEMA = 1  # the version template shows every schema ever frozen


def register() -> None:
    extensions.register_tab(extensions.ProjectTab(
        gettext_lazy("Indicators"), "indicators:overview", 45))
    extensions.register_snapshot_part("indicators", snapshot,
                                      "indicators/partials/version_part.html",
                                      title=gettext_lazy("Indicators"))
    extensions.register_submission_check(submission_check, gettext_lazy("Indicators"),
                                         "indicators:overview")
    extensions.register_audit_actions({
        "indicator:add": gettext_lazy("Added an indicator"),
        "indicator:change": gettext_lazy("Changed an indicator"),
        "indicator:remove": gettext_lazy("Removed an indicator"),
        "indicator:outcome": gettext_lazy("Reported indicator outcomes"),
        "indicator:period": gettext_lazy("Added a reporting period"),
        "indicator:period_remove": gettext_lazy("Removed a reporting period"),
        "indicator:stated": gettext_lazy("Added a stated figure"),
        "indicator:stated_remove": gettext_lazy("Removed a stated figure"),
        "participants:type": gettext_lazy("Added an activity type"),
        "participants:add": gettext_lazy("Added participation records"),
        "participants:change": gettext_lazy("Changed a participation record"),
        "participants:remove": gettext_lazy("Removed a participation record"),
        "participants:names": gettext_lazy("Changed participants' names"),
        "participants:names_removed": gettext_lazy("Removed participants' names on request"),
        "companies:add": gettext_lazy("Added supported companies"),
        "companies:change": gettext_lazy("Changed a supported company"),
        "companies:remove": gettext_lazy("Removed a supported company"),
    })


def submission_check(project: Project) -> dict[str, list[str]]:
    from indicators.models import ProgrammeIndicatorRules, ProjectIndicator

    rules = ProgrammeIndicatorRules.objects.filter(programme_id=project.programme_id).first()
    if rules is None:
        return {}
    indicators = ProjectIndicator.objects.filter(project=project)
    problems = []
    if rules.requires_target and not indicators.filter(target__isnull=False).exists():
        problems.append(_("The programme asks for at least one indicator with a target."))
    if rules.only_catalogue and indicators.filter(catalogue__isnull=True).exists():
        problems.append(_("The programme takes only indicators from its catalogue; remove the "
                          "project's own indicators."))
    return {_("Indicators"): problems} if problems else {}


def language_of(project: Project) -> str:
    """A frozen version reads the same whoever froze it: in the programme's language."""
    return "nb" if project.programme.country == "NO" else "sv"


def snapshot(project: Project) -> dict:
    """Indicators, targets and outcomes as plain data, keyed by code (or the own indicator's
    name) so that comparing versions lines up the same indicator. The registers are kept as
    totals only: a frozen version is kept for ten years and must not hold personal data."""
    from indicators.api import plain
    from indicators.register_selectors import company_register, participant_summary
    from indicators.selectors import progress, reporting_periods

    with translation.override(language_of(project)):
        found = progress(project)
        indicators = {}
        for item in found.indicators:
            key = item.code or item.name
            indicators[key] = {
                "name": item.name, "unit": item.unit, "kind": item.kind_label,
                "counting": item.counting_label, "source": item.rule_label,
                "goal": item.goal, "benefit_area": item.benefit_area,
                "baseline": plain(item.baseline), "baseline_year": item.baseline_year,
                "target": plain(item.target), "target_women": plain(item.target_women),
                "target_men": plain(item.target_men), "outcome": plain(item.accumulated),
                "women": plain(item.women), "men": plain(item.men),
                "percent": plain(item.percent), "status": item.status_label,
                "periods": {p.label: {"value": plain(p.value), "women": plain(p.women),
                                      "men": plain(p.men)}
                            for p in item.periods if p.value is not None},
                "stated": [{"what": s.measure_label, "stated": plain(s.stated),
                            "computed": plain(s.computed), "source": s.source}
                           for s in item.stated],
            }
        part = {"schema": SCHEMA, "language": language_of(project),
                "periods": [{"label": p.label, "start": p.start.isoformat(),
                             "end": p.end.isoformat(), "final": p.is_final}
                            for p in reporting_periods(project)],
                "indicators": indicators, "off_track_rule": found.off_track_rule}
        people = participant_summary(project)
        if people.activities:
            part["participants"] = {"activities": people.activities,
                                    "participants": people.participants,
                                    "women": people.women, "men": people.men,
                                    "other": people.other}
        companies = company_register(project, rows=slice(0, 0))  # the totals alone
        if companies.count:
            part["companies"] = {"count": companies.count,
                                 "employees_first": plain(companies.employees_first),
                                 "employees_latest": plain(companies.employees_latest),
                                 "growth": plain(companies.growth)}
    return part
