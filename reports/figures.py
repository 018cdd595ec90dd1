"""The figures a report shows beside its texts, read from the other apps' selectors and
frozen with the report as plain data (lists, so that their order survives the database):
budget against outcome, financing planned and received, indicators, participants, companies,
the activity plan, the risk register and the steering group's decisions."""

from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from django.utils.translation import gettext as _

from finance.amounts import ZERO
from finance.outcome import outcome_table
from finance.selectors import approved_versions, budget_figures, submitted_outcome_reports
from finance.summary import project_finance
from indicators.register_selectors import company_register, participant_summary
from plans.selectors import steering_view
from projects import extensions
from reports.printing import owner_name, period_text

if TYPE_CHECKING:
    from projects.models import Document, Project

FINANCE_FIGURES = {"costs", "period_costs", "financing", "joint"}


def amount(value: Decimal | None) -> str | None:
    """'16713030', '159.5': exact, without exponent or trailing zeros."""
    if value is None:
        return None
    text = format(Decimal(value), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def build(project: "Project", document: "Document", wanted: set[str]) -> dict:
    """The figures the outline's sections name, as they stand now."""
    figures: dict = {}
    if "overview" in wanted:
        figures["overview"] = overview(project, document)
    if wanted & FINANCE_FIGURES:
        figures["finance"] = finance(project, document)
    for part in ("indicators", "plan", "risks"):
        if part in wanted and part in extensions.snapshot_parts:
            figures[part] = extensions.snapshot_parts[part](project)
    # A status report reads the registers as at its period's end; the final report reads
    # everything recorded, counts taken after the project's last day included.
    as_at = _ending_by(document)
    if "participants" in wanted:
        figures["participants"] = participants(project, as_at)
    if "companies" in wanted:
        figures["companies"] = companies(project, as_at)
    if "decisions" in wanted:
        figures["decisions"] = decisions(project, as_at)
    return figures


def overview(project: "Project", document: "Document") -> dict:
    return {
        "title": project.title, "owner": owner_name(project),
        "programme": str(project.programme),
        "project_period": period_text(project.start_date, project.end_date),
        "report_period": period_text(document.period_start, document.period_end),
        "status": project.get_status_display(),
        "granted": amount(project.granted_amount),
        "currency": project.programme.reporting_currency,
    }


def _ending_by(document: "Document") -> date | None:
    return document.period_end if document.kind == "status_report" else None


def finance(project: "Project", document: "Document") -> dict:
    """Per budget: cost categories budget against outcome, and financing planned against
    received; the totals in the programme's currency when the budgets' currencies differ."""
    found = project_finance(project, for_snapshot=True)
    in_force = approved_versions(project)
    budgets = []
    joint_budget, joint_outcome, joint_known = ZERO, ZERO, True
    any_outcome = False  # no side has reported: the joint outcome is unknown, not 0
    for summary in found.budgets:
        budget = summary.budget
        approved = in_force.get(budget.pk)
        if approved is None:
            continue
        figures = budget_figures(approved)
        reports = submitted_outcome_reports(budget, ending_by=_ending_by(document))
        table = outcome_table(reports[-1], figures) if reports else None
        costs = table.costs if table else []
        cost_rows = [{
            "label": line.label, "kind": line.kind, "computed": line.computed,
            "budget": amount(line.approved), "previous": amount(line.previous),
            "this_period": amount(line.this_period), "outcome": amount(line.accumulated),
            "difference": amount(line.accumulated - line.approved),
            "remaining": amount(line.remaining)} for line in costs]
        if table is None:
            cost_rows = [{"label": row.label, "kind": row.kind, "computed": row.computed,
                          "budget": amount(row.total), "previous": None, "this_period": None,
                          "outcome": None, "difference": None, "remaining": None}
                         for row in figures.rows if row.total]
        total = table.cost_total if table else None
        financing = table.financing if table else []
        financing_rows = [{
            "label": line.label, "type": line.financing_type, "planned": amount(line.approved),
            "previous": amount(line.previous), "this_period": amount(line.this_period),
            "received": amount(line.accumulated),
            "difference": amount(line.accumulated - line.approved),
            "preliminary": line.preliminary} for line in financing]
        if table is None:
            financing_rows = [{"label": row.source.name, "type": row.source.financing_type,
                               "planned": amount(row.total), "previous": None,
                               "this_period": None, "received": None, "difference": None,
                               "preliminary": row.source.preliminary}
                              for row in figures.sources]
        outcome_total = total.accumulated if total else None
        received_total = table.financing_total.accumulated if table else None
        conversion = summary.conversion
        converted_budget = conversion.convert(figures.eligible_total)
        converted_outcome = (conversion.convert(outcome_total) if outcome_total is not None
                             else None)
        if converted_budget is None or (table and converted_outcome is None):
            joint_known = False
        else:
            joint_budget += converted_budget
            joint_outcome += converted_outcome or ZERO
            any_outcome = any_outcome or converted_outcome is not None
        budgets.append({
            "name": budget.name, "currency": budget.currency, "version": approved.number,
            "outcome_report": reports[-1].label if reports else "",
            "outcome_period": (period_text(reports[-1].period_start, reports[-1].period_end)
                               if reports else ""),
            "costs": cost_rows,
            "cost_total": {
                "budget": amount(figures.eligible_total),
                "previous": amount(total.previous) if total else None,
                "this_period": amount(total.this_period) if total else None,
                "outcome": amount(outcome_total),
                "difference": (amount(outcome_total - figures.eligible_total)
                               if outcome_total is not None else None),
                "remaining": amount(figures.eligible_total - outcome_total)
                if outcome_total is not None else None},
            "financing": financing_rows,
            "financing_total": {
                "planned": amount(figures.financing_total), "received": amount(received_total),
                "difference": (amount(received_total - figures.financing_total)
                               if received_total is not None else None)},
            "conversion": conversion.as_data(),
            "converted": {"budget": amount(converted_budget),
                          "outcome": amount(converted_outcome)},
        })
    return {
        "currency": found.currency, "budgets": budgets,
        "cross_currency": found.is_cross_currency,
        "joint": {"budget": amount(joint_budget),
                  "outcome": amount(joint_outcome) if any_outcome else None}
        if joint_known and budgets else None,
    }


def participants(project: "Project", as_at: date | None) -> dict:
    summary = participant_summary(project, as_at=as_at)
    return {
        "activities": summary.activities, "participants": summary.participants,
        "women": summary.women, "men": summary.men, "other": summary.other,
        "women_share": amount(summary.women_share),
        "by_type": [{"name": t.name, "stated": t.stated_count, "activities": t.activities,
                     "participants": t.participants, "women": t.women, "men": t.men,
                     "other": t.other} for t in summary.by_type],
    }


def companies(project: "Project", as_at: date | None) -> dict:
    register = company_register(project, as_at=as_at)
    labels = list(register.measurement_labels)
    return {
        "count": register.count, "first_label": labels[0] if labels else _("first count"),
        "latest_label": labels[-1] if labels else _("latest count"),
        "employees_first": amount(register.employees_first),
        "employees_latest": amount(register.employees_latest),
        "growth": amount(register.growth), "growth_percent": amount(register.growth_percent),
        "led_by_women": register.led_by_women, "led_by_men": register.led_by_men,
        # What the source document states beside what the counts give, where they differ.
        "stated_growth": amount(sum((c.stated_growth for c in register.companies
                                     if c.stated_growth is not None), Decimal(0)))
        if any(c.stated_growth is not None for c in register.companies) else None,
        "rows": [{"name": c.name, "municipality": c.municipality, "first": amount(c.first),
                  "latest": amount(c.latest), "growth": amount(c.growth),
                  "stated_growth": amount(c.stated_growth) if c.stated_difference else None,
                  "leadership": c.leadership_label} for c in register.companies],
    }


def decisions(project: "Project", as_at: date | None) -> list[dict]:
    meetings = steering_view(project, as_at=as_at).meetings
    return [{"held_on": f"{m.held_on:%Y-%m-%d}", "label": m.label,
             "decision_point": m.decision_point_title, "decisions": list(m.decisions)}
            for m in sorted(meetings, key=lambda m: m.held_on) if m.decisions]
