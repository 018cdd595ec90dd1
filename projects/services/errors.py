from collections.abc import Mapping, Sequence


class ServiceError(Exception):
    """A rule of the domain said no; the message is shown to the person as it stands."""


class TransitionNotAllowed(ServiceError):
    pass


class ApplicationIncomplete(ServiceError):
    def __init__(self, gaps: Mapping[str, Sequence[object]]):
        # In words of the language in force where the step was refused.
        self.gaps: dict[str, list[str]] = {str(heading): [str(item) for item in items]
                                           for heading, items in gaps.items()}
        super().__init__("; ".join(f"{heading}: {', '.join(items)}"
                                   for heading, items in self.gaps.items()))


class SectionConflict(ServiceError):
    """Someone else saved the section since this person opened it."""

    def __init__(self, state):
        self.state = state
        super().__init__("section changed since it was opened")


class NotAllowed(ServiceError):
    """The person may not do this to this project, whatever its state."""


class DocumentClosed(ServiceError):
    """The document cannot change in its present state (submitted, approved, ...)."""
