"""The outcome tab's budgets: each approved budget's reports and its eligible cost so far
against the approved budget, rendered once per change of what they show and kept.

The cost so far is the latest report's table, worked out from every approved budget's cells
and every report's lines: about 45 ms for a project of Jems' size (3 budgets × 60 periods,
20 reports), on every visit. It changes only with the project's data (every change is
audited and moves its change stamp), the reference data and the language the statuses are
named in: kept under those (`portal.stamps.kept`). The form to start a report depends on the
person and is drawn beside each kept budget on every visit."""

from dataclasses import dataclass

from django.template.loader import render_to_string
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from finance import selectors
from finance.models import OutcomeReport
from finance.outcome import outcome_tables
from portal import stamps

SECTION_TEMPLATE = "finance/partials/outcome_section.html"


@dataclass(frozen=True)
class OutcomeSection:
    budget_id: int
    html: SafeString  # the budget's heading, its reports and its cost so far


def outcome_sections(project) -> tuple[OutcomeSection, ...]:
    return stamps.kept("finance-outcome", project.pk, (get_language(),),
                       lambda: rendered(project))


def rendered(project) -> tuple[OutcomeSection, ...]:
    approved = selectors.approved_versions(project)
    figures = selectors.figures_of_versions(list(approved.values()))
    reports: dict[int, list[OutcomeReport]] = {}
    for report in (OutcomeReport.objects.filter(budget__project=project)
                   .order_by("budget_id", "number")):
        reports.setdefault(report.budget_id, []).append(report)
    latest = outcome_tables([own[-1] for own in reports.values() if own[-1].budget_id
                             in approved], {b: figures[v.pk] for b, v in approved.items()})
    sections = []
    for budget_id, version in approved.items():
        own = reports.get(budget_id, [])
        html = render_to_string(SECTION_TEMPLATE, {"project": project, "section": {
            "budget": version.budget, "reports": own,
            "latest": latest.get(own[-1].pk) if own else None}})
        sections.append(OutcomeSection(budget_id, mark_safe(html)))  # noqa: S308 - our template
    return tuple(sections)
