"""The project's lifecycle facts, answered in one place: is the application open, which change
request is under way, which change requests are in force.

Apps build their own abilities on these facts (`finance.access`, `plans.access`, ...) rather
than asking the project's status and change requests themselves.
"""

from dataclasses import dataclass

from projects.models import ChangeRequest, ChangeRequestStatus, Project, ProjectStatus

S = ProjectStatus
# The application itself can change: a draft, or one returned for completion.
EDITABLE_STATUSES = frozenset({S.DRAFT, S.RETURNED})
# Approved and not yet reported: the time of follow-up (outcome, status reports, reviews).
FOLLOW_UP_STATUSES = frozenset({S.APPROVED, S.RUNNING})
# The funding body has decided to fund the project.
FUNDED_STATUSES = frozenset({S.APPROVED, S.RUNNING, S.FINAL_REPORT_SUBMITTED, S.CLOSED})


@dataclass(frozen=True)
class Lifecycle:
    status: str
    open_change_request: int | None = None  # being written by the project
    submitted_change_request: int | None = None  # waiting for the funding body's decision
    approved_change_requests: frozenset[int] = frozenset()

    @property
    def application_is_open(self) -> bool:
        """The application can change: a draft, a returned one, or under an open change
        request."""
        return self.status in EDITABLE_STATUSES or self.open_change_request is not None

    @property
    def is_follow_up(self) -> bool:
        return self.status in FOLLOW_UP_STATUSES

    @property
    def is_funded(self) -> bool:
        return self.status in FUNDED_STATUSES

    @property
    def was_submitted(self) -> bool:
        """Sent to the funding body at least once; before that a draft is the applicant's."""
        return self.status != S.DRAFT

    @property
    def pending_change_request(self) -> int | None:
        return self.open_change_request or self.submitted_change_request

    def in_force(self, change_request_id: int | None) -> bool:
        """Whether something made under this change request (None: under none) counts: what a
        change request changes counts only once the funding body has approved it."""
        return change_request_id is None or change_request_id in self.approved_change_requests


def lifecycle_of(project: Project) -> Lifecycle:
    """The facts of one project: one query, or none when change requests are prefetched."""
    cache = getattr(project, "_prefetched_objects_cache", {})
    if "change_requests" in cache:
        requests = [(c.pk, c.status) for c in cache["change_requests"]]
    else:
        requests = list(ChangeRequest.objects.filter(project_id=project.pk)
                        .values_list("pk", "status"))
    by_status: dict[str, list[int]] = {}
    for pk, status in requests:
        by_status.setdefault(status, []).append(pk)
    return Lifecycle(
        status=project.status,
        open_change_request=next(iter(by_status.get(ChangeRequestStatus.OPEN, [])), None),
        submitted_change_request=next(iter(by_status.get(ChangeRequestStatus.SUBMITTED, [])),
                                      None),
        approved_change_requests=frozenset(by_status.get(ChangeRequestStatus.APPROVED, [])),
    )
