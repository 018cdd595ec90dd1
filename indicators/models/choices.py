"""The fixed vocabularies of indicators, each backed by a check constraint on its model."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class IndicatorKind(models.TextChoices):
    OUTPUT = "output", _("Output indicator")
    RESULT = "result", _("Result indicator")


class Counting(models.TextChoices):
    """How the values of several periods add up to the project's outcome."""

    ONCE = "once", _("Counted once per project")  # companies: each one once, whatever the period
    SUMMED = "summed", _("Summed over the periods")  # participations, events
    PER_PERIOD = "per_period", _("Measured per period")  # a level: the latest value stands


class CatalogueSource(models.TextChoices):
    """Where a catalogue indicator comes from: the regulation or programme that defines it."""

    EU_2021 = "eu_2021_2027", _("EU common indicator 2021–2027")
    EU_2014 = "eu_2014_2020", _("EU common indicator 2014–2020")
    NATIONAL = "national", _("National indicator")


class PortfolioMeasure(models.TextChoices):
    """What a funding body adds up across its portfolio. One headline per measure and
    project: when a project has several indicators of the same measure the largest counts,
    so no job or company is counted twice."""

    NONE = "", _("Not added up across projects")
    JOBS = "jobs", _("New jobs")
    ENTERPRISES = "enterprises", _("Enterprises supported")
    PARTICIPANTS = "participants", _("Participants")


class Source(models.TextChoices):
    TYPED = "typed", _("Typed per period")
    REGISTER = "register", _("Computed from a register")


class RegisterRule(models.TextChoices):
    """The named rules by which an indicator is computed from the project's registers."""

    PARTICIPANTS = "participants", _("Participants in the participant register")
    ACTIVITIES = "activities", _("Activities in the participant register")
    COMPANIES = "companies", _("Companies in the company register counted towards it")
    EMPLOYMENT_GROWTH = "employment_growth", _(
        "Growth in employees of the companies counted towards it")


class Leadership(models.TextChoices):
    UNKNOWN = "", _("Not stated")
    WOMAN = "woman", _("Led by a woman")
    MAN = "man", _("Led by a man")
    SHARED = "shared", _("Shared leadership")


class SizeClass(models.TextChoices):
    UNKNOWN = "", _("Not stated")
    MICRO = "micro", _("Micro enterprise")
    SMALL = "small", _("Small enterprise")
    MEDIUM = "medium", _("Medium-sized enterprise")
    LARGE = "large", _("Large enterprise")


class SupportKind(models.TextChoices):
    UNKNOWN = "", _("Not stated")
    GRANT = "grant", _("Grant")
    FINANCIAL_INSTRUMENT = "financial_instrument", _("Financial instrument (loan, guarantee)")
    NON_FINANCIAL = "non_financial", _("Non-financial support (advice, training, coaching)")


class StatedMeasure(models.TextChoices):
    """What a stated figure states: an indicator's outcome or a register's total."""

    OUTCOME = "outcome", pgettext_lazy("indicator", "Outcome")
    OUTCOME_WOMEN = "outcome_women", _("Outcome, women")
    OUTCOME_MEN = "outcome_men", _("Outcome, men")
    PARTICIPANTS = "participants", _("Participants")
    PARTICIPANTS_WOMEN = "participants_women", _("Participants, women")
    EMPLOYEES_FIRST = "employees_first", _("Employees at the first measurement")
    EMPLOYEES_LATEST = "employees_latest", _("Employees at the latest measurement")
    EMPLOYEE_GROWTH = "employee_growth", _("Growth in employees")
    COMPANIES = "companies", _("Companies in the register")


INDICATOR_MEASURES = {StatedMeasure.OUTCOME, StatedMeasure.OUTCOME_WOMEN,
                      StatedMeasure.OUTCOME_MEN}


class Register(models.TextChoices):
    PARTICIPANTS = "participants", _("Participant register")
    COMPANIES = "companies", _("Company register")
