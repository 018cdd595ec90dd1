from django.utils.translation import gettext as _

from projects.services.errors import ServiceError


class BudgetLocked(ServiceError):
    """The budget version may not change in the project's present state."""


class EditConflict(ServiceError):
    """Someone saved the same part of the budget after this person opened it."""

    def __init__(self, version, part: str):
        self.version = version
        self.part = part  # "costs", "financing" or "outcome"
        super().__init__(_("Someone else saved this since you opened it."))


class InvalidInput(ServiceError):
    """Amounts that cannot be stored, keyed by where they are (e.g. a grid cell's name)."""

    def __init__(self, errors: dict[str, str]):
        self.errors = errors
        super().__init__("; ".join(f"{k}: {v}" for k, v in errors.items()))
