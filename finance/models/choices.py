"""The fixed vocabularies of the finance app, each backed by a CheckConstraint where used."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Currency(models.TextChoices):
    SEK = "SEK", "SEK"
    NOK = "NOK", "NOK"
    EUR = "EUR", "EUR"


class CategoryKind(models.TextChoices):
    COST = "cost", _("Cost")
    IN_KIND = "in_kind", _("In-kind contribution valued as cost")
    FLAT_RATE = "flat_rate", _("Flat rate, computed from its base")
    INCOME = "income", _("Project income, reduces the eligible cost")
    UNALLOCATED = "unallocated", _("Not broken down by cost category")


# Categories whose amounts people type; flat rates are always computed.
TYPED_KINDS = {CategoryKind.COST, CategoryKind.IN_KIND, CategoryKind.INCOME,
               CategoryKind.UNALLOCATED}


class FinancingType(models.TextChoices):
    PUBLIC_CASH = "public_cash", _("Public cash")
    PRIVATE_CASH = "private_cash", _("Private cash")
    PUBLIC_IN_KIND = "public_in_kind", _("Public in-kind contribution")
    PRIVATE_IN_KIND = "private_in_kind", _("Private in-kind contribution")
    EU_FUND = "eu_fund", _("EU fund (ERDF)")
    NORWEGIAN_IR = "norwegian_ir", _("Norwegian IR funds")


IN_KIND_TYPES = {FinancingType.PUBLIC_IN_KIND, FinancingType.PRIVATE_IN_KIND}


class Severity(models.TextChoices):
    HARD = "hard", _("Blocks submission")
    SOFT = "soft", _("Warning only")


class CapBasis(models.TextChoices):
    PROJECT = "project", _("Eligible cost of the whole project, in the programme currency")
    BUDGET = "budget", _("Eligible cost of each budget, in its own currency")


class ConversionMethod(models.TextChoices):
    FIXED = "fixed", _("Fixed programme rate")
    TABLE = "table", _("Dated rate table")


class OutcomeStatus(models.TextChoices):
    DRAFT = "draft", _("Being written")
    SUBMITTED = "submitted", _("Submitted")
