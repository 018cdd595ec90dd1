class ServiceError(Exception):
    """A rule of the domain said no; the message is shown to the person as it stands."""


class TransitionNotAllowed(ServiceError):
    pass


class ApplicationIncomplete(ServiceError):
    def __init__(self, gaps: dict[str, list[str]]):
        self.gaps = gaps
        super().__init__("; ".join(f"{heading}: {', '.join(map(str, items))}"
                                   for heading, items in gaps.items()))


class SectionConflict(ServiceError):
    """Someone else saved the section since this person opened it."""

    def __init__(self, state):
        self.state = state
        super().__init__("section changed since it was opened")


class NotAllowed(ServiceError):
    """The person may not do this to this project, whatever its state."""


class DocumentClosed(ServiceError):
    """The document cannot change in its present state (submitted, approved, ...)."""
