from finance.models.budget import Budget, BudgetLine, BudgetPeriod, BudgetVersion, FlatRate
from finance.models.catalogue import CostCategory, CostCategorySet
from finance.models.choices import (
    IN_KIND_TYPES,
    TYPED_KINDS,
    CapBasis,
    CategoryKind,
    ConversionMethod,
    Currency,
    FinancingType,
    OutcomeStatus,
    Severity,
)
from finance.models.financing import FinancingAmount, FinancingSource
from finance.models.outcome import OutcomeCost, OutcomeFinancing, OutcomeReport
from finance.models.rules import CurrencyRule, ExchangeRate, FinancingCap, ProgrammeRules

__all__ = [
    "IN_KIND_TYPES", "TYPED_KINDS", "Budget", "BudgetLine", "BudgetPeriod", "BudgetVersion",
    "CapBasis", "CategoryKind", "ConversionMethod", "CostCategory", "CostCategorySet",
    "Currency", "CurrencyRule", "ExchangeRate", "FinancingAmount", "FinancingCap",
    "FinancingSource", "FinancingType", "FlatRate", "OutcomeCost", "OutcomeFinancing",
    "OutcomeReport", "OutcomeStatus", "ProgrammeRules", "Severity",
]
