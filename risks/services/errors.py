from django.utils.translation import gettext as _

from projects.services.errors import ServiceError


class EditConflict(ServiceError):
    """Someone saved the same risk after this person opened it; nothing was written. `obj`
    is the risk as saved now."""

    def __init__(self, obj):
        self.obj = obj
        super().__init__(_("Someone else saved this since you opened it."))


class InvalidInput(ServiceError):
    """What cannot be saved, keyed by field (`likelihood`) or by row and column of an import
    (`rows.3.likelihood`)."""

    def __init__(self, errors: dict[str, str]):
        self.errors = errors
        super().__init__("; ".join(f"{k}: {v}" for k, v in errors.items()))
