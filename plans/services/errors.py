from django.utils.translation import gettext as _

from projects.services.errors import ServiceError


class EditConflict(ServiceError):
    """Someone saved the same thing after this person opened it; nothing was written. `obj`
    is what is saved now, for the page to show beside what the person typed."""

    def __init__(self, obj):
        self.obj = obj
        super().__init__(_("Someone else saved this since you opened it."))


class InvalidInput(ServiceError):
    """What cannot be saved, keyed by where it was typed: a field (`title`), or a row and
    its column (`activities.2.start`, `activities.2.deliverables.0.due`)."""

    def __init__(self, errors: dict[str, str]):
        self.errors = errors
        super().__init__("; ".join(f"{k}: {v}" for k, v in errors.items()))


class RecordClosed(ServiceError):
    """The minutes are approved; the record no longer changes."""
