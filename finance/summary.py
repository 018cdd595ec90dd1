"""Everything the budget page, the submission check and the frozen version need at once."""

from dataclasses import dataclass, field
from decimal import Decimal

from finance.amounts import ZERO
from finance.checks import Finding, check_budget, check_project_caps
from finance.conversion import Conversion, conversions_for, reporting_currency
from finance.figures import Figures
from finance.models import Budget, ProgrammeRules
from finance.selectors import budget_figures, categories_of, programme_rules, project_budgets
from projects.models import Project


class SplitsFindings:
    """Hard findings block submission; soft ones are warnings."""

    findings: list[Finding]

    @property
    def hard(self) -> list[Finding]:
        return [f for f in self.findings if f.is_hard]

    @property
    def soft(self) -> list[Finding]:
        return [f for f in self.findings if not f.is_hard]


@dataclass
class BudgetSummary(SplitsFindings):
    budget: Budget
    figures: Figures | None
    conversion: Conversion
    findings: list[Finding] = field(default_factory=list)

    @property
    def converted_eligible(self) -> Decimal | None:
        return self.conversion.convert(self.figures.eligible_total) if self.figures else None

    @property
    def converted_financing(self) -> Decimal | None:
        return self.conversion.convert(self.figures.financing_total) if self.figures else None


@dataclass
class ProjectFinance(SplitsFindings):
    project: Project
    rules: ProgrammeRules | None
    currency: str  # the programme's reporting currency
    budgets: list[BudgetSummary]
    project_findings: list[Finding]

    @property
    def findings(self) -> list[Finding]:
        return [f for b in self.budgets for f in b.findings] + self.project_findings

    @property
    def joint_available(self) -> bool:
        return bool(self.budgets) and all(b.conversion.available for b in self.budgets)

    @property
    def joint_eligible(self) -> Decimal | None:
        if not self.joint_available:
            return None
        return sum((b.converted_eligible or ZERO for b in self.budgets), ZERO)

    @property
    def joint_financing(self) -> Decimal | None:
        if not self.joint_available:
            return None
        return sum((b.converted_financing or ZERO for b in self.budgets), ZERO)

    @property
    def is_cross_currency(self) -> bool:
        return any(b.budget.currency != self.currency for b in self.budgets)


def project_finance(project: Project, *, for_snapshot: bool = False) -> ProjectFinance:
    rules = programme_rules(project)
    budgets = [b for b in project_budgets(project) if b.current is not None]
    conversions = conversions_for(project, budgets, rules, for_snapshot=for_snapshot)
    categories_by_set: dict[int, list] = {}
    summaries = []
    for budget in budgets:
        if budget.category_set_id not in categories_by_set:
            categories_by_set[budget.category_set_id] = categories_of(budget)
        figures = budget_figures(budget.current,
                                 categories=categories_by_set[budget.category_set_id])
        summaries.append(BudgetSummary(budget, figures, conversions[budget.pk],
                                       check_budget(figures, rules)))
    project_findings = check_project_caps(
        [s.figures for s in summaries], conversions, rules, reporting_currency(project))
    return ProjectFinance(project, rules, reporting_currency(project), summaries,
                          project_findings)
