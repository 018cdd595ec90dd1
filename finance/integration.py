"""What finance plugs into a project: its tabs, its part of each frozen version, and the
hard rules that block submission."""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from finance import final_report, version_diff
from finance.amounts import plain
from portal.choices import choice_label
from projects import extensions
from projects.models import Project


def register() -> None:
    extensions.register_tab(extensions.ProjectTab(gettext_lazy("Budget"), "finance:budgets", 30))
    extensions.register_tab(extensions.ProjectTab(gettext_lazy("Outcome"), "finance:outcome", 40))
    extensions.register_snapshot_part("finance", snapshot,
                                      "finance/partials/version_part.html",
                                      title=gettext_lazy("Budget and financing"),
                                      view=in_catalogue_order)
    extensions.register_snapshot_diff("finance", version_diff.render)
    extensions.register_final_report_check(final_report.final_report_check)
    extensions.register_amount_actions({"budget:costs", "budget:financing", "outcome:save"})
    extensions.register_submission_check(submission_check, gettext_lazy("Budget and financing"),
                                         "finance:budgets")
    extensions.register_freeze_hook(freeze_rates)
    extensions.register_financier_scope(_financed_by_plan)
    extensions.register_financier_scope(_financed_by_outcome)
    extensions.register_audit_actions({
        "budget:create": gettext_lazy("Created a budget"),
        "budget:costs": gettext_lazy("Saved the budget's costs"),
        "budget:financing": gettext_lazy("Saved the financing plan"),
        "budget:settings": gettext_lazy("Changed the budget's periods and rates"),
        "budget:revise": gettext_lazy("Started a budget revision"),
        "outcome:create": gettext_lazy("Started an outcome report"),
        "outcome:save": gettext_lazy("Saved an outcome report"),
        "outcome:submit": gettext_lazy("Submitted an outcome report"),
        "budget:default_rate": gettext_lazy("The programme's flat rate changed"),
        **{f"admin:{name}": label for name, label in ADMIN_WORDS.items()},
        **{f"admin:{name}:delete": gettext_lazy("Removed from the finance catalogues")
           for name in ADMIN_WORDS},
    })


ADMIN_WORDS = {
    "costcategoryset": gettext_lazy("Changed a cost-category set"),
    "costcategory": gettext_lazy("Changed a cost category"),
    "programmerules": gettext_lazy("Changed a programme's finance rules"),
    "currencyrule": gettext_lazy("Changed a programme's currency rule"),
    "financingcap": gettext_lazy("Changed a programme's financing cap"),
    "exchangerate": gettext_lazy("Changed an exchange rate"),
}


def freeze_rates(document, kind: str) -> None:
    """When the application is frozen, store with each budget version the exchange rate
    applied and the totals at that rate. Submission (and resubmission after a return) fixes
    every current version's rate; later freezes (approval, a change request) fix only the
    revisions that have none yet, so an approved rate is never replaced."""
    from finance.conversion import application_is_open
    from finance.selectors import current_versions
    from finance.services.totals import refresh_totals
    from projects.models import DocumentKind, ProjectStatus

    project = document.project
    if document.kind != DocumentKind.APPLICATION or application_is_open(project):
        return
    versions = current_versions(project)
    if project.status != ProjectStatus.SUBMITTED:
        versions = [v for v in versions if v.rate_frozen_at is None]
    refresh_totals(versions, project, freeze=True, for_snapshot=True)


def _financed_by_plan(organisation_id: int):
    from finance.own_share import financed_by_plan

    return financed_by_plan(organisation_id)


def _financed_by_outcome(organisation_id: int):
    from finance.own_share import financed_by_outcome

    return financed_by_outcome(organisation_id)


def submission_check(project: Project) -> dict[str, list[str]]:
    from finance.summary import project_finance

    finance = project_finance(project)
    problems = [finding.message for finding in finance.hard]
    return {_("Budget and financing"): problems} if problems else {}


def snapshot(project: Project) -> dict:
    """Budgets, financing plans and the rates they were converted at, as plain data.

    Keyed by names rather than listed, so that comparing two versions lines up the same
    budget, cost category and financier even when rows were added in between.
    """
    from finance.summary import project_finance

    finance = project_finance(project, for_snapshot=True)
    budgets = {}
    for summary in finance.budgets:
        figures = summary.figures
        labels = {p.pk: p.label for p in figures.periods}
        budgets[summary.budget.name] = {
            "id": summary.budget.pk,
            "currency": summary.budget.currency,
            "version": figures.version.number,
            "periods": [p.label for p in figures.periods],
            "costs": {
                row.label: {
                    "category": row.category.code,
                    # The catalogue's sort order: a JSON object's keys come back from
                    # PostgreSQL in its own order, so the order is stored with each row.
                    "sort": row.category.position,
                    **({"percent": plain(row.percent)} if row.computed else {}),
                    "amounts": {labels[p]: plain(v) for p, v in row.cells.items() if v},
                    "total": plain(row.total)}
                for row in figures.rows if row.total or row.computed
            },
            "financing": {
                f"{row.source.name} ({choice_label(row.source, 'financing_type')})": {
                    "type": row.source.financing_type,
                    "preliminary": row.source.preliminary,
                    "amounts": {labels[p]: plain(v) for p, v in row.cells.items() if v},
                    "total": plain(row.total)}
                for row in figures.sources
            },
            "eligible_cost": plain(figures.eligible_total),
            "financing_total": plain(figures.financing_total),
            "conversion": summary.conversion.as_data(),
            "converted": {
                "eligible_cost": plain(summary.converted_eligible),
                "financing_total": plain(summary.converted_financing),
            },
        }
    return {
        "reporting_currency": finance.currency,
        "budgets": budgets,
        "joint": {"eligible_cost": plain(finance.joint_eligible),
                  "financing_total": plain(finance.joint_financing)},
    }


def in_catalogue_order(part: dict) -> dict:
    """A frozen finance part with each budget's cost categories in the catalogue's order.

    Versions frozen before the order was stored take it from the budget's category set, by
    code; a category no longer in it goes last."""
    from finance.models import CostCategory

    budgets = {}
    for name, budget in (part.get("budgets") or {}).items():
        costs = budget.get("costs") or {}
        missing = [row.get("category") for row in costs.values() if "sort" not in row]
        known: dict[str, int] = {}
        if missing and budget.get("id"):
            known = dict(CostCategory.objects.filter(
                category_set__budgets__pk=budget["id"], code__in=missing)
                .values_list("code", "position"))
        ordered = sorted(costs.items(), key=lambda item: (
            item[1].get("sort", known.get(item[1].get("category", ""), 1 << 30)), item[0]))
        budgets[name] = {**budget, "costs": dict(ordered)}
    return {**part, "budgets": budgets}
