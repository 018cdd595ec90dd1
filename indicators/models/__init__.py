from indicators.models.catalogue import CatalogueIndicator, ProgrammeIndicatorRules
from indicators.models.choices import (
    INDICATOR_MEASURES,
    CatalogueSource,
    Counting,
    IndicatorKind,
    Leadership,
    PortfolioMeasure,
    Register,
    RegisterRule,
    SizeClass,
    Source,
    StatedMeasure,
    SupportKind,
)
from indicators.models.project import (
    IndicatorOutcome,
    ProjectIndicator,
    ReportingPeriod,
    StatedFigure,
)
from indicators.models.registers import (
    ActivityType,
    EmployeeCount,
    ParticipantName,
    ParticipationRecord,
    RegisterState,
    SupportedCompany,
)

__all__ = [
    "INDICATOR_MEASURES",
    "ActivityType", "CatalogueIndicator", "CatalogueSource", "Counting", "EmployeeCount",
    "IndicatorKind", "IndicatorOutcome", "Leadership", "ParticipantName", "ParticipationRecord",
    "PortfolioMeasure", "ProgrammeIndicatorRules", "ProjectIndicator", "Register",
    "RegisterRule", "RegisterState", "ReportingPeriod", "SizeClass", "Source", "StatedFigure",
    "StatedMeasure", "SupportKind", "SupportedCompany",
]
