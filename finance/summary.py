"""Everything the budget page, the submission check and the frozen version need at once,
as read models: the figures, rate and findings of every budget, in a number of queries that
does not grow with the number of budgets."""

from dataclasses import dataclass
from decimal import Decimal
from typing import cast

from finance.amounts import ZERO
from finance.checks import Finding, check_budget, check_project_caps
from finance.conversion import Conversion, application_is_open, conversions_for
from finance.conversion import reporting_currency as reporting_currency_of
from finance.figures import Figures
from finance.models import Budget, BudgetVersion, ProgrammeRules
from finance.selectors import UNREAD, current_versions, figures_of_versions, programme_rules
from projects.models import Project


class SplitsFindings:
    """Hard findings block submission; soft ones are warnings."""

    @property
    def findings(self) -> tuple[Finding, ...]:  # pragma: no cover - defined by subclasses
        raise NotImplementedError

    @property
    def hard(self) -> list[Finding]:
        return [f for f in self.findings if f.is_hard]

    @property
    def soft(self) -> list[Finding]:
        return [f for f in self.findings if not f.is_hard]


@dataclass(frozen=True)
class BudgetSummary(SplitsFindings):
    """One budget's current version: its figures, the rate it converts at, its findings."""

    version: BudgetVersion
    figures: Figures
    conversion: Conversion
    own_findings: tuple[Finding, ...] = ()

    @property
    def budget(self) -> Budget:
        return self.version.budget

    @property
    def findings(self) -> tuple[Finding, ...]:
        return self.own_findings

    @property
    def converted_eligible(self) -> Decimal | None:
        return self.conversion.convert(self.figures.eligible_total)

    @property
    def converted_financing(self) -> Decimal | None:
        return self.conversion.convert(self.figures.financing_total)


@dataclass(frozen=True)
class ProjectFinance(SplitsFindings):
    project: Project
    rules: ProgrammeRules | None
    currency: str  # the programme's reporting currency
    budgets: tuple[BudgetSummary, ...]
    project_findings: tuple[Finding, ...]

    @property
    def findings(self) -> tuple[Finding, ...]:
        return (*(f for b in self.budgets for f in b.findings), *self.project_findings)

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


def project_finance(project: Project, *, for_snapshot: bool = False,
                    rules: ProgrammeRules | None | object = UNREAD) -> ProjectFinance:
    """`rules`: the programme's rules when the caller has read them (they may be none)."""
    rules = programme_rules(project) if rules is UNREAD else cast("ProgrammeRules | None", rules)
    versions = current_versions(project)
    conversions = conversions_for(project, versions, rules, for_snapshot=for_snapshot,
                                  is_open=application_is_open(project))
    figures = figures_of_versions(versions)
    summaries = tuple(
        BudgetSummary(version, figures[version.pk], conversions[version.budget_id],
                      tuple(check_budget(figures[version.pk], rules)))
        for version in versions)
    currency = reporting_currency_of(project)
    project_findings = check_project_caps(
        [s.figures for s in summaries], conversions, rules, currency)
    return ProjectFinance(project, rules, currency, summaries, tuple(project_findings))
