from django.utils.translation import gettext as _

from projects.services.errors import ServiceError


class EditConflict(ServiceError):
    """Someone saved the same thing after this person opened it. `current` is what is saved
    now, for the page to show beside what the person typed."""

    def __init__(self, obj, current=None):
        self.obj = obj
        self.current = current
        super().__init__(_("Someone else saved this since you opened it."))


class InvalidInput(ServiceError):
    """What cannot be saved, keyed by where it is (a field, or a row and column)."""

    def __init__(self, errors: dict[str, str]):
        self.errors = errors
        super().__init__("; ".join(f"{k}: {v}" for k, v in errors.items()))
